#!/usr/bin/env python3
"""The scale-out contract shared by the GNU parallel and Spark tests.

    contract.py make N OUT.jsonl [--corpus DIR]   write N test documents as JSON Lines
    contract.py check INPUT.jsonl REFERENCE.jsonl OUTPUT.jsonl [--any-order]

`make` builds varied documents from the texts under Corpora/ (every *.txt), mixing in
what real translations carry: NBSP, curly and mismatched quotes, dashes, decomposed
accents, Arabic script, emoji, CRLF line ends, no date; a few lines are bad on purpose
("text" not a string) so that error records travel through the same path.

`check` holds OUTPUT to REFERENCE (one single-process run over INPUT): one line per
non-blank input line, every input id exactly once, and each record equal to the
reference record for that id. Error records name the stdin line they came from, which
depends on how the input was split, so only their id and error code are compared.
Without --any-order the output must also be in input order.
"""
import argparse, json, random, sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

SPICE = [
    "\u00a0", "\u201cquoted\u201d", "\u2018single\u2019", "\u201cmismatched\"", " \u2013 ", " \u2014 ",
    "Kei\u0308ta", "Traore\u0301", "\u0639\u0645\u0631 \u0648\u0644\u062f \u062d\u0645\u0627\u0647\u0627",
    "\U0001F1F2\U0001F1F1", "\u2026", "\u00ab Abou Zeid \u00bb", "\ufb01nal",
]


def load_texts(corpus: Path) -> list:
    texts = [p.read_text(encoding="utf-8") for p in sorted(corpus.rglob("*.txt"))]
    if not texts:
        sys.exit(f"contract.py: no *.txt under {corpus}")
    return texts


def make_document(i: int, texts: list, rng: random.Random) -> dict:
    paragraphs = [p for t in texts for p in t.split("\n\n") if p.strip()]
    start = rng.randrange(len(paragraphs))
    picked = [paragraphs[(start + k) % len(paragraphs)] for k in range(rng.randint(1, 6))]
    words = "\n\n".join(picked).split(" ")
    for _ in range(rng.randint(0, 6)):
        words.insert(rng.randrange(len(words) + 1), rng.choice(SPICE))
    text = " ".join(words)
    if i % 7 == 3:
        text = text.replace("\n", "\r\n")
    doc = {"id": f"t{i:05d}", "text": text}
    if i % 5 != 4:
        doc["date"] = f"20{13 + i % 6:02d}-{1 + i % 12:02d}-{1 + i % 28:02d}"
    if i % 97 == 42:
        doc["text"] = i   # not a string: an error record, not a lost line
    return doc


def make(n: int, out: Path, corpus: Path) -> None:
    rng = random.Random(7)
    texts = load_texts(corpus)
    with out.open("w", encoding="utf-8") as f:
        for i in range(n):
            f.write(json.dumps(make_document(i, texts, rng), ensure_ascii=False) + "\n")


def read_lines(path: Path) -> list:
    return [line for line in path.read_text(encoding="utf-8").split("\n") if line.strip()]


def comparable(line: str) -> dict:
    record = json.loads(line)
    if "error" in record:   # its line number and message depend on the split
        return {"id": record.get("id"), "error": record["error"].get("code")}
    return record


def check(input_path: Path, reference: Path, output: Path, any_order: bool) -> list:
    """Returns the list of problems (empty when the contract holds)."""
    ids = [json.loads(line).get("id") for line in read_lines(input_path)]
    ref = [comparable(line) for line in read_lines(reference)]
    out = [comparable(line) for line in read_lines(output)]
    problems = []
    if len(ref) != len(ids):
        problems.append(f"reference has {len(ref)} lines for {len(ids)} inputs")
    if len(out) != len(ids):
        problems.append(f"output has {len(out)} lines for {len(ids)} inputs")
    expected = {r["id"]: r for r in ref}
    seen = {}
    for record in out:
        seen[record.get("id")] = seen.get(record.get("id"), 0) + 1
    for doc_id in ids:
        if seen.get(doc_id, 0) != 1:
            problems.append(f"id {doc_id} came back {seen.get(doc_id, 0)} times")
    for record in out:
        if record.get("id") in expected and record != expected[record["id"]]:
            problems.append(f"record {record['id']} differs from the single-process record")
    if not any_order and [r.get("id") for r in out] != ids:
        problems.append("output is not in input order")
    return problems


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    mk = sub.add_parser("make")
    mk.add_argument("n", type=int)
    mk.add_argument("out", type=Path)
    mk.add_argument("--corpus", type=Path, default=REPO / "Corpora")
    ck = sub.add_parser("check")
    ck.add_argument("input", type=Path)
    ck.add_argument("reference", type=Path)
    ck.add_argument("output", type=Path)
    ck.add_argument("--any-order", action="store_true")
    args = ap.parse_args()
    if args.cmd == "make":
        make(args.n, args.out, args.corpus)
        return
    problems = check(args.input, args.reference, args.output, args.any_order)
    for p in problems[:20]:
        print(f"contract: {p}", file=sys.stderr)
    if problems:
        sys.exit(f"contract: FAILED ({len(problems)} problems)")
    print(f"contract: ok, {len(read_lines(args.input))} documents, each id once, records as in one process")


if __name__ == "__main__":
    main()
