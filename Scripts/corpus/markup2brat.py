#!/usr/bin/env python3
"""Convert a claimline authoring file (inline markup) into brat standoff gold.

Usage:
    markup2brat.py [--outdir DIR] [--check] FILE.mk ...

For each FILE.mk (named <id>.mk) writes <id>.txt, <id>.ann and <id>.meta.json
into DIR (default: the parent of the folder holding FILE.mk, so that
Corpora/dev/markup/x.mk produces Corpora/dev/x.txt). With --check nothing is
written: the command exits 1 if any produced file differs from the one on disk.

The markup is described in Corpora/GUIDE.md ("Authoring markup"). In short:

    date: 2014-04-14
    source: blog
    translator: TheMaghrebiNote
    ---
    ⟦Omar Ould Hamaha⟧{PER per.omar_ould_hamaha #h1} is ⟦alive⟧{Claim alive subject=#h1}

Offsets in the .ann are Unicode scalar offsets of the produced .txt (Python
str indices). brat cannot store a newline or tab in the text column of a T
line, so there each newline, carriage return or tab is written as one space;
the offsets still delimit the exact text.
"""

import argparse
import datetime
import json
import os
import re
import sys

OPEN, CLOSE = "\u27e6", "\u27e7"  # ⟦ ⟧
ENTITY_TYPES = ("PER", "ORG", "LOC")
LABELS = ENTITY_TYPES + ("TIMEX3", "Quote", "Cue", "Claim")
TIMEX_TYPES = ("DATE", "TIME", "DURATION", "SET")
PREDICATES = (
    "alive", "killed", "captured", "wounded", "attacked", "arrested", "released",
    "defected", "joined", "merged", "claims_responsibility", "threatens",
    "announces", "denies", "confirms", "withdrew", "controls",
)
HEADER_KEYS = ("date", "source", "translator")

ID_RE = re.compile(r"^(per|org|loc)\.[a-z0-9_]+$")
HANDLE_RE = re.compile(r"^#[A-Za-z0-9_]+$")
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_TIME_OF_DAY = r"(T(\d{2}(:\d{2}(:\d{2})?)?|MO|AF|EV|NI|DT))"
_DATE_VALUE = (
    r"(\d{4}|\d{3}X|\d{2}XX|XXXX)"
    r"(-(\d{2}|XX)(-(\d{2}|XX))?|-W(\d{2}|XX)(-(WE|\d))?|-(Q[1-4]|H[12]|SP|SU|FA|WI|QX|HX))?"
)
TIMEX_VALUE_RE = {
    "DATE": re.compile(r"^(%s|PAST_REF|PRESENT_REF|FUTURE_REF)$" % _DATE_VALUE),
    "TIME": re.compile(r"^(%s%s?|%s|PRESENT_REF)$" % (_DATE_VALUE, _TIME_OF_DAY, _TIME_OF_DAY)),
    "DURATION": re.compile(r"^P(\d+|X)?(Y|M|W|D|DE|CE|Q|H)?(T(\d+|X)(H|M|S))?$|^P(\d+|X)(Y|M|W|D|DE|CE|Q)(\d+|X)?(M|D)?$"),
    "SET": re.compile(r"^(P\d*(Y|M|W|D)|PT\d*(H|M)|%s%s?)$" % (_DATE_VALUE, _TIME_OF_DAY)),
}
BRAT_UNSAFE = str.maketrans({"\n": " ", "\r": " ", "\t": " "})


class MarkupError(Exception):
    pass


class Span:
    """One annotated span: label, [start, end) in the produced text, parsed args."""

    def __init__(self, label, start, end, args, where):
        self.label, self.start, self.end = label, start, end
        self.args, self.where = args, where
        self.tid = None


class Position:
    """Maps an index of the markup source to file:line:column (1-based)."""

    def __init__(self, path, source, first_line):
        self.path, self.source, self.first_line = path, source, first_line

    def __call__(self, index):
        line = self.first_line + self.source.count("\n", 0, index)
        col = index - (self.source.rfind("\n", 0, index) + 1) + 1
        return "%s:%d:%d" % (self.path, line, col)


def split_header(path, raw):
    meta, lines, offset = {}, raw.split("\n"), 0
    for number, line in enumerate(lines, 1):
        offset += len(line) + 1
        if line == "---":
            return meta, raw[offset:], number + 1
        key, sep, value = line.partition(":")
        key, value = key.strip(), value.strip()
        if not sep or key not in HEADER_KEYS:
            raise MarkupError("%s:%d:1: header line must be one of %s as 'key: value', "
                              "ended by '---'" % (path, number, ", ".join(HEADER_KEYS)))
        if key in meta:
            raise MarkupError("%s:%d:1: header key '%s' given twice" % (path, number, key))
        meta[key] = value
    raise MarkupError("%s:1:1: no '---' line ends the header" % path)


def parse_body(body, where):
    """Stack parser: returns (plain text, [Span]) or raises MarkupError."""
    out, spans, stack, i = [], [], [], 0
    length = 0
    while i < len(body):
        ch = body[i]
        if ch == OPEN:
            stack.append((length, i))
            i += 1
        elif ch == CLOSE:
            if not stack:
                raise MarkupError("%s: '%s' without a matching '%s'" % (where(i), CLOSE, OPEN))
            start, open_at = stack.pop()
            if i + 1 >= len(body) or body[i + 1] != "{":
                raise MarkupError("%s: '%s' must be followed by '{LABEL args}'" % (where(i), CLOSE))
            close_brace = body.find("}", i + 2)
            newline = body.find("\n", i + 2)
            if close_brace < 0 or (0 <= newline < close_brace):
                raise MarkupError("%s: unterminated '{' after '%s'" % (where(i + 1), CLOSE))
            words = body[i + 2:close_brace].split()
            if not words:
                raise MarkupError("%s: empty label" % where(i + 1))
            spans.append(Span(words[0], start, length, words[1:], where(open_at)))
            i = close_brace + 1
        else:
            out.append(ch)
            length += 1
            i += 1
    if stack:
        raise MarkupError("%s: '%s' never closed" % (where(stack[-1][1]), OPEN))
    return "".join(out), spans


def parse_args(span):
    """Checks the label's arguments; fills span.handle/kind fields."""
    label, args, where = span.label, list(span.args), span.where
    span.handle, span.refs, span.flags, span.value = None, {}, set(), None
    if label not in LABELS:
        raise MarkupError("%s: unknown label '%s' (known: %s)" % (where, label, " ".join(LABELS)))
    positional = []
    for arg in args:
        if arg.startswith("#"):
            if not HANDLE_RE.match(arg):
                raise MarkupError("%s: bad handle '%s'" % (where, arg))
            if span.handle:
                raise MarkupError("%s: two handles on one span" % where)
            span.handle = arg
        elif "=" in arg:
            key, _, value = arg.partition("=")
            refs = value.split(",")
            if key in span.refs or not all(HANDLE_RE.match(r) for r in refs):
                raise MarkupError("%s: bad reference argument '%s'" % (where, arg))
            span.refs[key] = refs
        else:
            positional.append(arg)
    allowed = {"PER": {"speaks"}, "ORG": {"speaks"}, "LOC": {"speaks"}, "TIMEX3": set(),
               "Quote": set(), "Cue": {"q"}, "Claim": {"speaker", "subject", "time"}}[label]
    for key in span.refs:
        if key not in allowed:
            raise MarkupError("%s: %s takes no '%s=' argument" % (where, label, key))
    for key in ("speaker", "subject", "time"):
        if len(span.refs.get(key, [])) > 1:
            raise MarkupError("%s: '%s=' takes one handle" % (where, key))
    check_positional(span, positional)


def check_positional(span, positional):
    label, where = span.label, span.where
    if label in ENTITY_TYPES:
        if len(positional) != 1:
            raise MarkupError("%s: %s needs exactly one canonical id (or '-')" % (where, label))
        entity = positional[0]
        if entity != "-" and not ID_RE.match(entity):
            raise MarkupError("%s: bad entity id '%s'" % (where, entity))
        if entity != "-" and entity.split(".")[0] != label.lower():
            raise MarkupError("%s: id '%s' does not fit type %s" % (where, entity, label))
        span.value = None if entity == "-" else entity
    elif label == "TIMEX3":
        if len(positional) != 2 or positional[0] not in TIMEX_TYPES:
            raise MarkupError("%s: TIMEX3 needs a type (%s) and a value"
                              % (where, "|".join(TIMEX_TYPES)))
        kind, value = positional
        if not TIMEX_VALUE_RE[kind].match(value) or not calendar_ok(value):
            raise MarkupError("%s: '%s' is not a TIMEX3 %s value" % (where, value, kind))
        span.flags.add(kind)
        span.value = value
    elif label == "Quote":
        if positional not in ([], ["direct"]):
            raise MarkupError("%s: Quote takes only 'direct'" % where)
        span.flags.update(positional)
    elif label == "Cue":
        if positional or "q" not in span.refs:
            raise MarkupError("%s: Cue takes exactly 'q=#quote'" % where)
    elif label == "Claim":
        if not positional or positional[0] not in PREDICATES:
            raise MarkupError("%s: Claim needs a predicate first (%s)"
                              % (where, " ".join(PREDICATES)))
        if positional[1:] not in ([], ["negated"]):
            raise MarkupError("%s: Claim takes only a predicate and 'negated'" % where)
        span.value = positional[0]
        span.flags.update(positional[1:])


def calendar_ok(value):
    """Rejects months, days and weeks out of range in a TIMEX3 value."""
    month = re.match(r"^[\dX]{4}-(\d{2})(-(\d{2}))?", value)
    if month and not (1 <= int(month.group(1)) <= 12):
        return False
    if month and month.group(3) and value[:4].isdigit():
        try:
            datetime.date(int(value[:4]), int(month.group(1)), int(month.group(3)))
        except ValueError:
            return False
    elif month and month.group(3) and not (1 <= int(month.group(3)) <= 31):
        return False
    week = re.match(r"^[\dX]{4}-W(\d{2})", value)
    return not (week and not (1 <= int(week.group(1)) <= 53))


def resolve(spans, text):
    """Checks spans and handle references; returns handle -> Span."""
    handles = {}
    for span in spans:
        if span.start == span.end:
            raise MarkupError("%s: empty span" % span.where)
        surface = text[span.start:span.end]
        if surface != surface.strip():
            raise MarkupError("%s: span starts or ends with whitespace: %r" % (span.where, surface))
        if "\n" in surface and span.label != "Quote":
            raise MarkupError("%s: only a Quote may run over a line break" % span.where)
        if span.handle:
            if span.handle in handles:
                raise MarkupError("%s: handle %s already defined at %s"
                                  % (span.where, span.handle, handles[span.handle].where))
            handles[span.handle] = span
    expect = {"speaks": ("Quote",), "q": ("Quote",), "speaker": ENTITY_TYPES,
              "subject": ENTITY_TYPES, "time": ("TIMEX3",)}
    for span in spans:
        for key, refs in span.refs.items():
            for ref in refs:
                target = handles.get(ref)
                if target is None:
                    raise MarkupError("%s: %s=%s names no handle" % (span.where, key, ref))
                if target.label not in expect[key]:
                    raise MarkupError("%s: %s=%s is a %s, not %s"
                                      % (span.where, key, ref, target.label, "/".join(expect[key])))
    return handles


def to_brat(spans, text, handles):
    """Returns the .ann text."""
    ordered = sorted(spans, key=lambda s: (s.start, -s.end))
    lines, notes, attrs, norms, rels, events = [], [], [], [], [], []
    for number, span in enumerate(ordered, 1):
        span.tid = "T%d" % number
        surface = text[span.start:span.end].translate(BRAT_UNSAFE)
        lines.append("%s\t%s %d %d\t%s" % (span.tid, span.label, span.start, span.end, surface))
    for span in ordered:
        if span.label in ENTITY_TYPES and span.value:
            norms.append("Reference %s claimline:%s\t%s" % (span.tid, span.value, canonical_name(span.value)))
        elif span.label == "TIMEX3":
            attrs.append("TimexType %s %s" % (span.tid, next(iter(span.flags))))
            notes.append("AnnotatorNotes %s\t%s" % (span.tid, span.value))
        elif span.label == "Quote" and "direct" in span.flags:
            attrs.append("Direct %s" % span.tid)
    for span in ordered:
        if span.label == "Cue":
            for ref in span.refs["q"]:
                rels.append("Cue Arg1:%s Arg2:%s" % (handles[ref].tid, span.tid))
    for span in ordered:
        for ref in span.refs.get("speaks", []):
            rels.append("Speaker Arg1:%s Arg2:%s" % (handles[ref].tid, span.tid))
    rels.sort(key=lambda r: int(r.split()[1][6:]))
    for span in ordered:
        if span.label != "Claim":
            continue
        eid = "E%d" % (len(events) + 1)
        parts = ["Claim:%s" % span.tid]
        for key, role in (("speaker", "Speaker"), ("subject", "Subject"), ("time", "Time")):
            if key in span.refs:
                parts.append("%s:%s" % (role, handles[span.refs[key][0]].tid))
        events.append("%s\t%s" % (eid, " ".join(parts)))
        attrs.append("Predicate %s %s" % (eid, span.value))
        if "negated" in span.flags:
            attrs.append("Polarity %s negated" % eid)
    lines += events
    lines += ["R%d\t%s" % (n, r) for n, r in enumerate(rels, 1)]
    lines += ["A%d\t%s" % (n, a) for n, a in enumerate(attrs, 1)]
    lines += ["N%d\t%s" % (n, r) for n, r in enumerate(norms, 1)]
    lines += ["#%d\t%s" % (n, r) for n, r in enumerate(notes, 1)]
    return "\n".join(lines) + "\n" if lines else ""


CANONICAL_NAMES = {
    "org.aqim": "Al-Qaeda in the Islamic Maghreb",
    "org.mujao": "MUJAO",
    "org.mnla": "MNLA",
    "org.jnim": "Jama'at Nusrat al-Islam wal-Muslimin",
    "org.ani": "Agence Nouakchott d'Information",
    "org.afp": "Agence France-Presse",
    "org.minusma": "MINUSMA",
    "org.al_mourabitoun": "Al-Mourabitoun",
    "org.al_shabaab": "al-Shabaab",
    "org.al_qaeda": "al-Qaeda",
    "org.al_andalus": "Al-Andalus",
    "org.the_maghrebi_note": "TheMaghrebiNote",
    "per.jean_yves_le_drian": "Jean-Yves Le Drian",
    "per.abu_assem_al_muhajir": "Abu Assem al-Muhajir",
    "per.iyad_ag_ghaly": "Iyad Ag Ghaly",
    "per.adnan_abu_walid_al_sahrawi": "Adnan Abu Walid al-Sahrawi",
    "per.abu_bakr_al_baghdadi": "Abu Bakr al-Baghdadi",
}


def canonical_name(entity):
    """Display name for an N line: a known name, else the id's words capitalised."""
    if entity in CANONICAL_NAMES:
        return CANONICAL_NAMES[entity]
    words = entity.split(".", 1)[1].split("_")
    return " ".join(word.capitalize() for word in words)


def convert(path):
    """Returns {suffix: content} for one markup file."""
    with open(path, encoding="utf-8", newline="") as handle:
        raw = handle.read()
    if raw.startswith("\ufeff"):
        raise MarkupError("%s:1:1: remove the byte order mark" % path)
    meta, body, first_line = split_header(path, raw)
    if not DATE_RE.match(meta.get("date", "")):
        raise MarkupError("%s:1:1: header needs 'date: YYYY-MM-DD'" % path)
    if not meta.get("source"):
        raise MarkupError("%s:1:1: header needs 'source: ...'" % path)
    text, spans = parse_body(body, Position(path, body, first_line))
    for span in spans:
        parse_args(span)
    handles = resolve(spans, text)
    record = {"date": meta["date"], "source": meta["source"],
              "translator": meta.get("translator") or None}
    return {
        ".txt": text,
        ".ann": to_brat(spans, text, handles),
        ".meta.json": json.dumps(record, ensure_ascii=False, indent=2) + "\n",
    }


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="+", help="markup files (<id>.mk)")
    parser.add_argument("--outdir", help="output folder (default: parent of the markup folder)")
    parser.add_argument("--check", action="store_true",
                        help="write nothing; exit 1 if an output on disk is missing or stale")
    options = parser.parse_args(argv)
    failed = stale = 0
    for path in options.files:
        doc_id = os.path.basename(path)
        if not doc_id.endswith(".mk"):
            print("%s:1:1: markup files must be named <id>.mk" % path, file=sys.stderr)
            failed += 1
            continue
        doc_id = doc_id[:-3]
        outdir = options.outdir or os.path.dirname(os.path.dirname(os.path.abspath(path)))
        try:
            outputs = convert(path)
        except (MarkupError, OSError, UnicodeDecodeError) as error:
            print(error, file=sys.stderr)
            failed += 1
            continue
        for suffix, content in outputs.items():
            target = os.path.join(outdir, doc_id + suffix)
            if options.check:
                current = None
                if os.path.exists(target):
                    with open(target, encoding="utf-8", newline="") as handle:
                        current = handle.read()
                if current != content:
                    print("%s: stale or missing (regenerate from %s)" % (target, path), file=sys.stderr)
                    stale += 1
            else:
                with open(target, "w", encoding="utf-8", newline="") as handle:
                    handle.write(content)
    return 1 if failed or stale else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
