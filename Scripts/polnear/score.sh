#!/usr/bin/env bash
# Scores claimline's quotes (content, cue, source) on the PolNeAR development split with the
# scorer that ships beside the data. The data is not part of this repository: point
# POLNEAR_DIR at it (default ../shared/polnear-dev from the repository root); without it the
# script says so and exits 0. Usage: Scripts/polnear/score.sh [--json] [extra score.py options]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
data="${POLNEAR_DIR:-$root/../../shared/polnear-dev}"
[ -d "$data" ] || data="$root/../shared/polnear-dev"
if [ ! -f "$data/score.py" ] || [ ! -f "$data/polnear-dev.docs.jsonl" ]; then
    echo "polnear: no data at $data (set POLNEAR_DIR); skipped"
    exit 0
fi
bin="$root/.build/release/claimline"
[ -x "$bin" ] || bin="$root/.build/debug/claimline"
if [ ! -x "$bin" ]; then
    echo "polnear: build claimline first (swift build -c release)" >&2
    exit 2
fi
cd "$data"
exec python3 score.py --cmd "$bin run --input-format jsonl" "$@"
