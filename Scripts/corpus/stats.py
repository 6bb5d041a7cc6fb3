#!/usr/bin/env python3
"""Counts the gold annotations of each corpus under Corpora/.

Usage: stats.py [CORPUS_DIR ...]   (default: every folder of Corpora/ holding .ann files)
Prints one Markdown table row per corpus: documents, words, entity mentions (and how
many carry a canonical id), dates, quotes (direct), claims (negated).
"""

import glob
import os
import sys


def count(folder):
    totals = dict(documents=0, words=0, entities=0, linked=0, dates=0,
                  quotes=0, direct=0, claims=0, negated=0)
    for ann in sorted(glob.glob(os.path.join(folder, "*.ann"))):
        totals["documents"] += 1
        with open(ann[:-4] + ".txt", encoding="utf-8", newline="") as handle:
            totals["words"] += len(handle.read().split())
        with open(ann, encoding="utf-8") as handle:
            for line in handle:
                fields = line.rstrip("\n").split("\t")
                kind = fields[1].split(" ")[0] if len(fields) > 1 else ""
                if line.startswith("T"):
                    if kind in ("PER", "ORG", "LOC"):
                        totals["entities"] += 1
                    elif kind == "TIMEX3":
                        totals["dates"] += 1
                    elif kind == "Quote":
                        totals["quotes"] += 1
                elif line.startswith("E"):
                    totals["claims"] += 1
                elif line.startswith("N"):
                    totals["linked"] += 1
                elif line.startswith("A") and kind == "Direct":
                    totals["direct"] += 1
                elif line.startswith("A") and kind == "Polarity":
                    totals["negated"] += 1
    return totals


def main(argv):
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "Corpora")
    folders = argv or sorted(d for d in glob.glob(os.path.join(root, "*"))
                             if glob.glob(os.path.join(d, "*.ann")))
    print("| corpus | documents | words | entities (with id) | dates | quotes (direct) | claims (negated) |")
    print("|---|---|---|---|---|---|---|")
    grand = None
    for folder in folders:
        t = count(folder)
        grand = t if grand is None else {k: grand[k] + t[k] for k in t}
        print("| %s | %d | %d | %d (%d) | %d | %d (%d) | %d (%d) |" % (
            os.path.basename(os.path.normpath(folder)), t["documents"], t["words"], t["entities"],
            t["linked"], t["dates"], t["quotes"], t["direct"], t["claims"], t["negated"]))
    if grand and len(folders) > 1:
        t = grand
        print("| all | %d | %d | %d (%d) | %d | %d (%d) | %d (%d) |" % (
            t["documents"], t["words"], t["entities"], t["linked"], t["dates"],
            t["quotes"], t["direct"], t["claims"], t["negated"]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
