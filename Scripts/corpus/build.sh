#!/bin/sh
# Regenerates every gold corpus under Corpora/ from its markup sources
# (Corpora/<corpus>/markup/<id>.mk -> Corpora/<corpus>/<id>.{txt,ann,meta.json}).
# With --check, writes nothing and exits 1 if a committed file is stale or missing.
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
check=""
if [ "${1:-}" = "--check" ]; then check="--check"; fi
status=0
for markup in "$root"/Corpora/*/markup; do
    [ -d "$markup" ] || continue
    set -- "$markup"/*.mk
    [ -e "$1" ] || continue
    python3 "$root/Scripts/corpus/markup2brat.py" $check "$@" || status=1
done
if [ -z "$check" ] && [ "$status" -eq 0 ]; then echo "corpora regenerated"; fi
if [ -n "$check" ] && [ "$status" -eq 0 ]; then echo "corpora up to date"; fi
exit $status
