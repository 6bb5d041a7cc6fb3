#!/usr/bin/env python3
"""Checks brat gold files independently of the markup they came from.

Usage: verify_ann.py CORPUS_DIR ...
For every <id>.ann: each T span lies inside <id>.txt and its text column equals
txt[start:end] (newline, carriage return and tab written as a space); every E, R, A,
N and # line refers to an existing annotation; types, attributes and values are those
of Corpora/annotation.conf; <id>.meta.json has a YYYY-MM-DD date. Exit 1 on any error.
"""

import glob
import json
import os
import re
import sys

TEXT_TYPES = {"PER", "ORG", "LOC", "TIMEX3", "Quote", "Cue", "Claim"}
ATTRIBUTES = {"TimexType": {"DATE", "TIME", "DURATION", "SET"}, "Direct": None,
              "Predicate": {"alive", "killed", "captured", "wounded", "attacked", "arrested",
                            "released", "defected", "joined", "merged", "claims_responsibility",
                            "threatens", "announces", "denies", "confirms", "withdrew",
                            "controls"},
              "Polarity": {"negated"}}
UNSAFE = str.maketrans({"\n": " ", "\r": " ", "\t": " "})


def verify(ann_path):
    errors = []
    with open(ann_path[:-4] + ".txt", encoding="utf-8", newline="") as handle:
        text = handle.read()
    with open(ann_path[:-4] + ".meta.json", encoding="utf-8") as handle:
        meta = json.load(handle)
    if not re.match(r"^\d{4}-\d{2}-\d{2}$", meta.get("date") or ""):
        errors.append("meta.json: no YYYY-MM-DD date")
    kinds = {}
    with open(ann_path, encoding="utf-8") as handle:
        lines = handle.read().split("\n")
    for number, line in enumerate(lines, 1):
        if not line:
            continue
        where = "%s:%d" % (ann_path, number)
        fields = line.split("\t")
        key = fields[0]
        if key[0] == "T":
            label, start, end = fields[1].split(" ")
            start, end = int(start), int(end)
            if label not in TEXT_TYPES or not 0 <= start < end <= len(text):
                errors.append("%s: bad span or type" % where)
            elif text[start:end].translate(UNSAFE) != fields[2]:
                errors.append("%s: text column differs from txt[%d:%d]" % (where, start, end))
            kinds[key] = label
        elif key[0] == "E":
            parts = dict(part.split(":") for part in fields[1].split(" "))
            if kinds.get(parts.get("Claim")) != "Claim":
                errors.append("%s: trigger is not a Claim span" % where)
            for role, target in parts.items():
                wanted = {"Claim"} if role == "Claim" else (
                    {"TIMEX3"} if role == "Time" else {"PER", "ORG", "LOC"})
                if role not in ("Claim", "Speaker", "Subject", "Time") or kinds.get(target) not in wanted:
                    errors.append("%s: bad argument %s:%s" % (where, role, target))
            kinds[key] = "Claim-event"
        elif key[0] == "R":
            name, arg1, arg2 = fields[1].split(" ")
            want2 = {"Cue"} if name == "Cue" else {"PER", "ORG", "LOC"}
            if name not in ("Cue", "Speaker") or kinds.get(arg1[5:]) != "Quote" or kinds.get(arg2[5:]) not in want2:
                errors.append("%s: bad relation" % where)
        elif key[0] == "A":
            parts = fields[1].split(" ")
            allowed = ATTRIBUTES.get(parts[0], "missing")
            if allowed == "missing" or parts[1] not in kinds or (
                    allowed is None and len(parts) != 2) or (allowed and parts[2:3] and parts[2] not in allowed):
                errors.append("%s: bad attribute" % where)
        elif key[0] == "N":
            parts = fields[1].split(" ")
            if parts[0] != "Reference" or kinds.get(parts[1]) not in ("PER", "ORG", "LOC") or \
                    not re.match(r"^claimline:(per|org|loc)\.[a-z0-9_]+$", parts[2]):
                errors.append("%s: bad normalization" % where)
        elif key[0] == "#":
            parts = fields[1].split(" ")
            if parts[0] != "AnnotatorNotes" or kinds.get(parts[1]) != "TIMEX3" or not fields[2]:
                errors.append("%s: bad note" % where)
        else:
            errors.append("%s: unknown line" % where)
    return errors


def main(argv):
    errors, count = [], 0
    for folder in argv:
        for ann in sorted(glob.glob(os.path.join(folder, "*.ann"))):
            count += 1
            errors += verify(ann)
    for error in errors:
        print(error, file=sys.stderr)
    print("%d documents, %d errors" % (count, len(errors)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
