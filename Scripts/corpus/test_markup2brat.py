#!/usr/bin/env python3
"""Tests of the markup converter: python3 Scripts/corpus/test_markup2brat.py"""

import os
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import markup2brat  # noqa: E402

HEADER = "date: 2014-04-14\nsource: test\n---\n"


def convert(body):
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "doc.mk")
        with open(path, "w", encoding="utf-8", newline="") as handle:
            handle.write(HEADER + body)
        return markup2brat.convert(path)


def error_of(body):
    try:
        convert(body)
    except markup2brat.MarkupError as error:
        return str(error).split(": ", 1)
    raise AssertionError("no error for %r" % body)


class ConverterTests(unittest.TestCase):
    def test_text_keeps_every_character_but_the_markup(self):
        out = convert("“⟦Mr. ⟦Hamaha⟧{PER per.omar_ould_hamaha}⟧{Quote #q direct}”\u00a0x")
        self.assertEqual(out[".txt"], "“Mr. Hamaha”\u00a0x")

    def test_every_span_text_equals_the_text_slice(self):
        out = convert("a ⟦Omar⟧{PER per.omar_ould_hamaha #h} was ⟦killed⟧{Claim killed negated subject=#h} "
                      "on ⟦Friday⟧{TIMEX3 DATE 2014-04-11 #t}")
        text = out[".txt"]
        for line in out[".ann"].splitlines():
            if line.startswith("T"):
                _, head, surface = line.split("\t")
                _, start, end = head.split(" ")
                self.assertEqual(text[int(start):int(end)], surface)

    def test_claim_event_carries_arguments_and_attributes(self):
        ann = convert("⟦Omar⟧{PER per.omar_ould_hamaha #h} was ⟦killed⟧{Claim killed negated subject=#h}")[".ann"]
        self.assertIn("E1\tClaim:T2 Subject:T1", ann)
        self.assertIn("Predicate E1 killed", ann)
        self.assertIn("Polarity E1 negated", ann)
        self.assertIn("N1\tReference T1 claimline:per.omar_ould_hamaha\t", ann)

    def test_quote_relations_link_cue_and_speaker(self):
        ann = convert('"⟦Hi⟧{Quote #q direct}," ⟦said⟧{Cue q=#q} ⟦AQIM⟧{ORG org.aqim speaks=#q}')[".ann"]
        self.assertIn("R1\tCue Arg1:T1 Arg2:T2", ann)
        self.assertIn("R2\tSpeaker Arg1:T1 Arg2:T3", ann)
        self.assertIn("Direct T1", ann)

    def test_newline_in_a_quote_is_written_as_a_space(self):
        out = convert("⟦one\ntwo⟧{Quote #q}")
        self.assertIn("\tone two\n", out[".ann"])
        self.assertEqual(out[".txt"], "one\ntwo")

    def test_errors_name_line_and_column(self):
        where, message = error_of("x\nab ⟦c⟧{PER Per.x}")
        self.assertTrue(where.endswith("doc.mk:5:4"), where)
        self.assertIn("bad entity id", message)

    def test_rejected_input(self):
        for body, expected in [("⟦a", "never closed"), ("a⟧{PER -}", "without a matching"),
                               ("⟦a⟧{FOO}", "unknown label"), ("⟦a⟧{Claim died}", "predicate"),
                               ("⟦a⟧{TIMEX3 DATE 2014-13}", "TIMEX3 DATE value"),
                               ("⟦a⟧{Cue q=#nope}", "names no handle"),
                               ("⟦a ⟧{PER -}", "whitespace"),
                               ("⟦a⟧{PER - #h} ⟦b⟧{PER - #h}", "already defined"),
                               ("⟦a⟧{LOC per.x}", "does not fit")]:
            self.assertIn(expected, error_of(body)[1], body)


if __name__ == "__main__":
    unittest.main()
