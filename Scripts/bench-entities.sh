#!/bin/sh
# Benchmark of the entities stage (release build): the bench gazetteer at 1x and 10x its
# size, then the pipeline's own tables, over a JSON Lines corpus; and the C Aho-Corasick
# ceiling over the same corpus and gazetteer, run right after on the same machine for comparison.
#
#   Scripts/bench-entities.sh CORPUS.jsonl GAZETTEER.tsv [LIMITS_DIR]
#
# CORPUS and GAZETTEER are the files the shared bench makes (corpus.jsonl, gazetteer.tsv);
# LIMITS_DIR is the folder of limits.c (its Makefile builds the `limits` program).
set -eu
corpus=$1
gazetteer=$2
limits=${3:-}
cd "$(dirname "$0")/.."
swift build -c release --product EntitiesBench 2>&1 | tail -1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 Scripts/scale-gazetteer.py "$gazetteer" 10 > "$tmp/gazetteer10x.tsv"
bench=.build/release/EntitiesBench
echo "== bench gazetteer, 1x ($(($(wc -l < "$gazetteer") - 1)) forms)"
"$bench" Pipelines/default.pipeline "$corpus" --gazetteer-only --gazetteer "$gazetteer"
echo "== bench gazetteer, 10x ($(($(wc -l < "$tmp/gazetteer10x.tsv") - 1)) forms)"
"$bench" Pipelines/default.pipeline "$corpus" --gazetteer-only --gazetteer "$tmp/gazetteer10x.tsv"
echo "== the pipeline's own entity tables"
"$bench" Pipelines/default.pipeline "$corpus"
if [ -n "$limits" ]; then
    make -s -C "$limits" limits
    echo "== C Aho-Corasick ceiling (limits gazetteer)"
    "$limits/limits" gazetteer "$corpus" "$gazetteer"
fi
