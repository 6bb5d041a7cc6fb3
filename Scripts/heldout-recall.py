#!/usr/bin/env python3
"""Recall of unlisted spellings on a corpus, measured with a gazetteer the rules never saw:
for every entity of an alias-per-row gazetteer (id, label, surface) with two or more
spellings, one spelling is held out; the stage runs with the rest (--gazetteer-only), and
every occurrence of a held-out spelling in the corpus counts as found when a mention with
exactly its span names the held-out spelling's entity.

    heldout-recall.py CLAIMLINE GAZETTEER.tsv CORPUS.jsonl [N_DOCS]
"""
import collections
import difflib
import json
import re
import subprocess
import sys
import tempfile
import unicodedata


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower()).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z ]+", " ", text).strip()


def main() -> None:
    binary, gazetteer, corpus = sys.argv[1:4]
    limit = int(sys.argv[4]) if len(sys.argv) > 4 else 2000
    rows = [line.rstrip("\n").split("\t") for line in open(gazetteer, encoding="utf-8")]
    header, rows = rows[0], rows[1:]
    by_id = collections.defaultdict(list)
    for row in rows:
        by_id[row[0]].append(row)
    kept, held = [], {}
    for ident, forms in by_id.items():
        latin = [f for f in forms if f[2].isascii() or not re.search(r"[\u0600-\u06FF]", f[2])]
        if len(forms) >= 2 and len(latin) >= 2:
            out = latin[-1]
            held[out[2]] = ident
            kept.extend(f for f in forms if f is not out)
        else:
            kept.extend(forms)
    listed = {f[2].lower() for f in kept}
    held = {s: i for s, i in held.items() if s.lower() not in listed}
    with tempfile.NamedTemporaryFile("w", suffix=".tsv", delete=False, encoding="utf-8") as f:
        f.write("\t".join(header) + "\n")
        for row in kept:
            f.write("\t".join(row) + "\n")
        table = f.name
    docs = [json.loads(line) for _, line in zip(range(limit), open(corpus, encoding="utf-8"))]
    run = subprocess.run([binary, "run", "--input-format", "jsonl", "--gazetteer-only", "--gazetteer", table],
                         input="\n".join(json.dumps(d) for d in docs), capture_output=True, text=True, check=False)
    found = total = wrong = 0
    variants_found = variants_total = 0
    misses, wrongs = collections.Counter(), collections.Counter()
    spelling_of = {s: [f[2] for f in by_id[i] if f[2] != s] for s, i in held.items()}
    pattern = re.compile("|".join(sorted(map(re.escape, held), key=len, reverse=True)))
    for doc, line in zip(docs, run.stdout.splitlines()):
        record = json.loads(line)
        spans = {(e["start"], e["end"]): e.get("entity") for e in record.get("entities", [])}
        for m in pattern.finditer(doc["text"]):
            # An occurrence inside a longer name the stage found ("Ibrahim Boubacar Keita") is not one.
            if any(s <= m.start() and m.end() <= e and (s, e) != (m.start(), m.end()) for s, e in spans):
                continue
            total += 1
            want = held[m.group(0)]
            got = spans.get((m.start(), m.end()))
            ok = bool(got) and got.split(".", 1)[1] == ident_of(want)
            variant = any(is_variant(m.group(0), other) for other in spelling_of[m.group(0)])
            found += ok
            variants_total += variant
            variants_found += ok and variant
            if not ok:
                misses[m.group(0) + (" ~ " + min(spelling_of[m.group(0)], key=lambda o: -difflib.SequenceMatcher(None, fold(o), fold(m.group(0))).ratio()) if variant else "")] += 1
                if got:
                    wrong += 1
                    wrongs[(m.group(0), got)] += 1
    print(f"held-out spellings: {len(held)}; occurrences in {len(docs)} documents: {total}")
    print(f"found with the right entity: {found} ({100.0 * found / max(total, 1):.1f}%); "
          f"found as another entity: {wrong}")
    print(f"of them spelling variants of a kept spelling: {variants_total}, found {variants_found} "
          f"({100.0 * variants_found / max(variants_total, 1):.1f}%)")
    print("most missed (~ the closest kept spelling, for variants):", misses.most_common(40))
    print("found as another entity:", wrongs.most_common(8))


def ident_of(raw: str) -> str:
    return unicodedata.normalize("NFKD", raw.replace(" ", "_").replace("-", "_").lower()).encode("ascii", "ignore").decode()


def is_variant(a: str, b: str) -> bool:
    """Same number of words and close letters: a transliteration variant, not another alias."""
    fa, fb = fold(a), fold(b)
    if len(fa.split()) != len(fb.split()):
        return False
    return difflib.SequenceMatcher(None, fa, fb).ratio() >= 0.75


if __name__ == "__main__":
    main()
