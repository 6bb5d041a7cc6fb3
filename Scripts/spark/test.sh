#!/usr/bin/env bash
# Spark contract test, local mode: claimline inside mapPartitions over several partitions
# gives every id exactly once with the record of a single-process run, and a failing
# claimline fails the job instead of losing records.
#
#   Scripts/spark/test.sh
#
# Installs Java 17 (Debian's openjdk-17-jre-headless) when no java is found, and PySpark in
# a venv kept outside the repository (CLAIMLINE_SPARK_VENV, default
# ${XDG_CACHE_HOME:-$HOME/.cache}/claimline-spark-venv) so that later runs reuse it.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
cd "$repo"
pyspark_version=3.5.7
venv="${CLAIMLINE_SPARK_VENV:-${XDG_CACHE_HOME:-${HOME:-/tmp}/.cache}/claimline-spark-venv}"
started=$SECONDS
step() { echo "spark test: $1 ($((SECONDS - started)) s)"; }

java_major() { java -version 2>&1 | awk -F'"' '/version/ {split($2, v, "."); print v[1]; exit}'; }
if ! command -v java >/dev/null || [ "$(java_major)" -lt 17 ]; then
    echo "spark test: installing openjdk-17-jre-headless"
    (apt-get update -qq && apt-get install -y -qq openjdk-17-jre-headless) >/dev/null
fi
if ! "$venv/bin/python" -c "import pyspark; assert pyspark.__version__ == '$pyspark_version'" 2>/dev/null; then
    echo "spark test: installing pyspark $pyspark_version into $venv"
    python3 -m venv "$venv"
    "$venv/bin/pip" install -q --disable-pip-version-check "pyspark==$pyspark_version"
fi
step "java $(java_major), pyspark $("$venv/bin/python" -c 'import pyspark; print(pyspark.__version__)')"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$here/build-release.sh" --bundle-icu "$work/dist" >"$work/build.log" 2>&1 \
    || { cat "$work/build.log"; exit 1; }
tarball="$(ls "$work"/dist/claimline-linux-*.tar.gz)"
real="$work/dist/claimline/claimline"
step "release build shipped as $(basename "$tarball")"

CLAIMLINE="$real" CLAIMLINE_TARBALL="$tarball" python3 "$here/test_wrapper.py" >"$work/wrapper.log" 2>&1 \
    || { cat "$work/wrapper.log"; echo "spark test: the wrapper tests failed" >&2; exit 1; }
step "wrapper tests without Spark: $(grep '^Ran ' "$work/wrapper.log")"

docs=600
python3 "$repo/Scripts/parallel/contract.py" make "$docs" "$work/in.jsonl"
status=0
LD_LIBRARY_PATH="$work/dist/claimline/lib" "$real" run --input-format jsonl <"$work/in.jsonl" >"$work/ref.jsonl" || status=$?
[ "$status" -le 1 ] || { echo "spark test: single run exited $status" >&2; exit 1; }

export SPARK_LOCAL_IP=127.0.0.1 PYSPARK_PYTHON="$venv/bin/python" PYSPARK_DRIVER_PYTHON="$venv/bin/python"
submit=("$venv/bin/spark-submit" --master 'local[2]' --conf spark.ui.enabled=false
        --conf spark.log.level=WARN --conf spark.driver.memory=1g)

# The README's recipe: the tarball shipped with --files, the wrapper as the application.
"${submit[@]}" --files "$tarball" "$here/claimline_spark.py" --min-partitions 5 \
    "$work/in.jsonl" "$work/out" >"$work/submit.log" 2>&1 \
    || { tail -n 60 "$work/submit.log"; echo "spark test: the job failed" >&2; exit 1; }
parts=$(find "$work/out" -name 'part-*' -size +0 | wc -l)
[ "$parts" -ge 3 ] || { echo "spark test: only $parts non-empty partitions" >&2; exit 1; }
cat "$work"/out/part-* >"$work/out.jsonl"
python3 "$repo/Scripts/parallel/contract.py" check "$work/in.jsonl" "$work/ref.jsonl" "$work/out.jsonl"
step "$docs documents through $parts partitions match the single-process records"

"${submit[@]}" --py-files "$here/claimline_spark.py" "$here/failure_job.py" "$work/in.jsonl" "$real" "$work" >"$work/fail.log" 2>&1 \
    || { tail -n 60 "$work/fail.log"; echo "spark test: the failure cases did not pass" >&2; exit 1; }
grep '^failure test:' "$work/fail.log"
step "failing claimline fails the job"
echo "spark test: ok in $((SECONDS - started)) s"
