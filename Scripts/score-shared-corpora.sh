#!/usr/bin/env bash
# Scores claimline on the real annotated corpora kept outside the repository (their texts are
# never copied here): every <shared>/<name>/score.py is run against `claimline run`.
# <shared> is $CLAIMLINE_SHARED, else the first of ../shared and ../../shared that exists.
# Corpora that are absent are skipped, so the script succeeds on a clean clone.
# Usage: Scripts/score-shared-corpora.sh [extra score.py arguments, e.g. --json]
set -euo pipefail
cd "$(dirname "$0")/.."

shared="${CLAIMLINE_SHARED:-}"
if [ -z "$shared" ]; then
    for candidate in ../shared ../../shared; do
        if [ -d "$candidate" ]; then shared="$candidate"; break; fi
    done
fi
if [ -z "$shared" ] || [ ! -d "$shared" ]; then
    echo "score-shared-corpora: no shared corpora folder; skipped"
    exit 0
fi

swift build --product claimline >/dev/null
claimline="$(swift build --show-bin-path)/claimline"
found=0
for scorer in "$shared"/*/score.py; do
    [ -f "$scorer" ] || continue
    found=1
    name="$(basename "$(dirname "$scorer")")"
    echo "== $name"
    python3 "$scorer" --cmd "$claimline run --input-format jsonl" "$@"
done
[ "$found" = 1 ] || echo "score-shared-corpora: no <corpus>/score.py under $shared; skipped"
