#!/usr/bin/env bash
# Times the claims stage over a JSON Lines corpus: the default pipeline with and without its
# claims line, CPU (user+sys) seconds, median of N runs; the difference is the claims stage
# plus the writing of its quotes and claims. Usage: Scripts/bench-claims.sh CORPUS.jsonl [N]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
corpus="${1:?usage: bench-claims.sh CORPUS.jsonl [runs]}"
runs="${2:-3}"
bin="$root/.build/release/claimline"
[ -x "$bin" ] || { echo "build first: swift build -c release" >&2; exit 2; }
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
sed -e '/^claims/d' -e "s#tables/#$root/Pipelines/tables/#g" "$root/Pipelines/default.pipeline" > "$tmp/noclaims.pipeline"
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
cpu() {
    for _ in $(seq "$runs"); do
        /usr/bin/time -f "%U %S" -o "$tmp/t" "$bin" run --input-format jsonl "$@" < "$corpus" > /dev/null 2>/dev/null || true
        awk '{print $1 + $2}' "$tmp/t"
    done | median
}
mb=$(python3 -c "import json,sys; print(sum(len(json.loads(l)['text'].encode()) for l in open(sys.argv[1]))/1e6)" "$corpus")
with=$(cpu); without=$(cpu --pipeline "$tmp/noclaims.pipeline")
python3 - "$mb" "$with" "$without" <<'PY'
import sys
mb, w, wo = map(float, sys.argv[1:])
print(f"text {mb:.2f} MB; pipeline CPU {w:.2f} s ({mb / w:.1f} MB/s), without claims {wo:.2f} s ({mb / wo:.1f} MB/s)")
print(f"claims stage + its records: {w - wo:.2f} s = {1000 * (w - wo) / mb:.1f} ms/MB")
PY
