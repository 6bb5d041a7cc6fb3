#!/usr/bin/env bash
# Build a claimline that can be shipped to cluster nodes: release mode, Swift runtime and
# Foundation linked in statically (--static-swift-stdlib), ICU 72 from the system, inlining
# raised and, on x86-64, code for x86-64-v2 CPUs (Scripts/release-build-flags).
#
#   Scripts/spark/build-release.sh [--bundle-icu] [OUT_DIR]      (default OUT_DIR: dist)
#
# Writes OUT_DIR/claimline/ (the binary and the bundled default pipeline beside it, which
# the binary looks for next to itself, with the ICU folds of its tables) and
# OUT_DIR/claimline-linux-<arch>.tar.gz holding that folder. With --bundle-icu the ICU 72
# libraries go into claimline/lib/, so a node needs only glibc and libstdc++
# (claimline_spark.py sets LD_LIBRARY_PATH to that folder).
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
bundle_icu=false
if [ "${1:-}" = "--bundle-icu" ]; then bundle_icu=true; shift; fi
out="${1:-$repo/dist}"
cd "$repo"

# A build folder of its own, so that this build and a plain release build do not keep
# relinking over each other (Scripts/bench/run measures this one); the flags are shared with
# the bench in Scripts/release-build-flags.
mapfile -t static < <("$repo/Scripts/release-build-flags")
swift build "${static[@]}" --product claimline
bin_dir="$(swift build "${static[@]}" --show-bin-path)"
resources="claimline_ClaimlinePipelines.resources"

# The linker must have found everything: no library may be missing at run time, and the
# Swift runtime must not be among the shared libraries.
missing="$(ldd "$bin_dir/claimline" | grep 'not found' || true)"
[ -z "$missing" ] || { echo "build-release: unresolved libraries:"$'\n'"$missing" >&2; exit 1; }
if ldd "$bin_dir/claimline" | grep -q 'libswiftCore'; then
    echo "build-release: the Swift runtime is linked dynamically" >&2; exit 1
fi

stage="$out/claimline"
rm -rf "$stage"
mkdir -p "$stage"
cp "$bin_dir/claimline" "$stage/"
cp -R "$bin_dir/$resources" "$stage/"
if $bundle_icu; then
    mkdir -p "$stage/lib"
    for lib in $(ldd "$bin_dir/claimline" | awk '/libicu/ {print $3}'); do cp -L "$lib" "$stage/lib/"; done
fi
"$stage/claimline" check >/dev/null   # the staged binary finds its pipeline and tables
node_env=(PATH=/usr/bin:/bin)
if $bundle_icu; then node_env+=(LD_LIBRARY_PATH="$stage/lib"); fi
# The smoke run folds the tables' Arabic-script and accented spellings with ICU, and keeps
# the folds beside the pipeline: a node reads them there (ScriptFoldCache) instead of
# building ICU's transliterator registry at every start. A node with another ICU than the
# one linked here finds no file for its ICU and folds afresh.
echo '{"id":"smoke","text":"The spokesman said he is alive."}' \
    | env -i "${node_env[@]}" CLAIMLINE_CACHE_DIR="$stage/$resources" "$stage/claimline" run --input-format jsonl >/dev/null
ls "$stage/$resources"/script-folds-*.tsv >/dev/null || { echo "build-release: no folds were kept" >&2; exit 1; }

tarball="$out/claimline-linux-$(uname -m).tar.gz"
tar -C "$out" -czf "$tarball" claimline
echo "build-release: $tarball ($(du -h "$tarball" | cut -f1)); needs on a node:"
ldd "$stage/claimline" | awk '{print "  " $1}' | grep -v -e linux-vdso -e ld-linux
