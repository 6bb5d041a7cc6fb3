#!/usr/bin/env python3
"""Counts PolNeAR attributions that claimline misses, by kind, to learn what to add to the
claims tables: the cue words of missed gold quotes, the direct/indirect/mixed split of the
misses, and the cue words of predicted quotes that match nothing (false alarms).
Prints counts only, never document text beyond single cue words.

usage: misses.py PRED.jsonl [POLNEAR_DIR]
"""
import collections
import json
import os
import sys


def load(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def main():
    pred_path = sys.argv[1]
    data = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(__file__), "../../../shared/polnear-dev")
    docs = {d["id"]: d["text"] for d in load(os.path.join(data, "polnear-dev.docs.jsonl"))}
    gold = {g["id"]: g["quotes"] for g in load(os.path.join(data, "polnear-dev.gold.jsonl"))}
    pred = {p["id"]: p.get("quotes", []) for p in load(pred_path)}
    missed_cues, missed_kind, false_cues = collections.Counter(), collections.Counter(), collections.Counter()
    for doc_id, quotes in gold.items():
        text = docs[doc_id]
        predicted = [((q["start"], q["end"]), q.get("cue")) for q in pred.get(doc_id, [])]
        for g in quotes:
            content = (g["content"]["start"], g["content"]["end"])
            if not any(overlaps(content, p) for p, _ in predicted):
                cue = g.get("cue")
                word = text[cue["start"]:cue["end"]].lower() if cue else "(none)"
                missed_cues[word] += 1
                kind = {True: "direct", False: "indirect", None: "mixed"}.get(g.get("direct"), "other")
                missed_kind[kind] += 1
        for span, cue in predicted:
            if not any(overlaps(span, (g["content"]["start"], g["content"]["end"])) for g in quotes):
                false_cues[text[cue["start"]:cue["end"]].lower() if cue else "(none)"] += 1
    print("missed by kind:", dict(missed_kind))
    print("missed cues:", missed_cues.most_common(40))
    print("false alarms by cue:", false_cues.most_common(25))


if __name__ == "__main__":
    main()
