#!/usr/bin/env python3
"""Writes an alias-per-row gazetteer N times the size of the given one, for the benchmark
that shows the entities stage's cost does not grow with the table. Each copy k of an entity
gets its own id and its forms followed by one made-up name part, so the copies share every
prefix with the real forms (the matcher walks as deep as it would on a real table) but
never fold to the same key as another entity.

    scale-gazetteer.py GAZETTEER.tsv N > BIG.tsv
"""
import hashlib
import sys

CONSONANTS = "bdfgklmnrstz"
VOWELS = "aeiu"


def made_up_part(seed: str) -> str:
    digest = hashlib.sha1(seed.encode()).digest()
    letters = [CONSONANTS[digest[i] % len(CONSONANTS)] + VOWELS[digest[i + 1] % len(VOWELS)] for i in range(0, 8, 2)]
    return "".join(letters).capitalize()


def main() -> None:
    path, copies = sys.argv[1], int(sys.argv[2])
    with open(path, encoding="utf-8") as f:
        header, *rows = [line.rstrip("\n").split("\t") for line in f if line.strip() and not line.startswith("#")]
    print("\t".join(header))
    for row in rows:
        print("\t".join(row))
    for k in range(1, copies):
        for ident, label, surface in rows:
            print(f"{ident}_x{k}\t{label}\t{surface} {made_up_part(ident + str(k))}")


if __name__ == "__main__":
    main()
