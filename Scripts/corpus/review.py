#!/usr/bin/env python3
"""Prints a gold document's annotations for proof-reading, with warnings.

Usage: review.py Corpora/<corpus>/<id>.ann ...
Lists dates (value, weekday), quotes (cue, speaker) and claims, then warns about
names annotated somewhere in the document but left unannotated elsewhere.
"""

import datetime
import json
import re
import sys


def load(ann_path):
    with open(ann_path[:-4] + ".txt", encoding="utf-8", newline="") as handle:
        text = handle.read()
    spans, events, rels, attrs, norms, notes = {}, {}, [], {}, {}, {}
    with open(ann_path, encoding="utf-8") as handle:
        for line in handle:
            key, rest = line.rstrip("\n").split("\t", 1)
            if key[0] == "T":
                head, surface = rest.split("\t")
                label, start, end = head.split(" ")
                spans[key] = (label, int(start), int(end))
            elif key[0] == "E":
                events[key] = dict(part.split(":") for part in rest.split(" "))
            elif key[0] == "R":
                name, a1, a2 = rest.split(" ")
                rels.append((name, a1[5:], a2[5:]))
            elif key[0] == "A":
                parts = rest.split(" ")
                attrs.setdefault(parts[1], {})[parts[0]] = parts[2] if len(parts) > 2 else True
            elif key[0] == "N":
                head, _ = rest.split("\t")
                norms[head.split(" ")[1]] = head.split(" ")[2][len("claimline:"):]
            elif key[0] == "#":
                head, value = rest.split("\t")
                notes[head.split(" ")[1]] = value
    return text, spans, events, rels, attrs, norms, notes


def show(ann_path):
    text, spans, events, rels, attrs, norms, notes = load(ann_path)
    with open(ann_path[:-4] + ".meta.json", encoding="utf-8") as handle:
        meta = json.load(handle)
    doc_date = datetime.date.fromisoformat(meta["date"])
    say = lambda tid: "%s[%s]" % (text[spans[tid][1]:spans[tid][2]].replace("\n", " "), norms.get(tid, "-"))
    print("== %s  date %s (%s)" % (ann_path, doc_date, doc_date.strftime("%a")))
    print("  ENTITIES " + "; ".join("%s %s" % (label, say(tid)) for tid, (label, start, end)
                                     in spans.items() if label in ("PER", "ORG", "LOC")))
    for tid, (label, start, end) in spans.items():
        if label == "TIMEX3":
            value = notes.get(tid, "")
            day = ""
            if re.match(r"^\d{4}-\d{2}-\d{2}", value):
                day = datetime.date.fromisoformat(value[:10]).strftime("%a")
            print("  DATE %-32r %s %s %s" % (text[start:end], attrs[tid]["TimexType"], value, day))
    for tid, (label, start, end) in spans.items():
        if label == "Quote":
            cue = [say(b) for n, a, b in rels if n == "Cue" and a == tid]
            who = [say(b) for n, a, b in rels if n == "Speaker" and a == tid]
            print("  QUOTE%s %r cue=%s speaker=%s" % ("*" if tid in attrs else " ",
                  text[start:end][:70], cue, who))
    for eid, args in events.items():
        trigger = args["Claim"]
        print("  CLAIM %-22s %-8s trig=%r speaker=%s subject=%s time=%s" % (
            attrs[eid]["Predicate"], attrs[eid].get("Polarity", ""), say(trigger)[:30],
            say(args["Speaker"]) if "Speaker" in args else None,
            say(args["Subject"]) if "Subject" in args else None,
            notes.get(args.get("Time"))))
    covered = [(s, e) for label, s, e in spans.values() if label in ("PER", "ORG", "LOC")]
    names = {text[s:e] for s, e in covered if text[s:e][0].isupper() and len(text[s:e]) > 2}
    for name in sorted(names):
        for match in re.finditer(r"(?<!\w)%s(?!\w)" % re.escape(name), text):
            if not any(s <= match.start() and match.end() <= e for s, e in covered):
                print("  WARN unannotated %r at %d" % (name, match.start()))


if __name__ == "__main__":
    for path in sys.argv[1:]:
        show(path)
