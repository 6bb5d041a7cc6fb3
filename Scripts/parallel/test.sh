#!/usr/bin/env bash
# Contract test for `parallel --pipe --keep-order` over claimline: the records of a split
# run equal those of one process, every id comes back exactly once, in input order, and
# a claimline that fails (exit 2, killed) fails the whole run instead of losing records.
# When claimline has --jobs, its own parallel run must write the same bytes as one job.
#
#   Scripts/parallel/test.sh            (uses CLAIMLINE=path if set, else the debug build)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
cd "$repo"

if ! command -v parallel >/dev/null; then
    echo "installing parallel"
    (apt-get update -qq && apt-get install -y -qq parallel) >/dev/null
fi
bin="${CLAIMLINE:-}"
if [ -z "$bin" ]; then
    swift build --product claimline >/dev/null
    bin="$(swift build --show-bin-path)/claimline"
fi
[ -x "$bin" ] || { echo "parallel test: no claimline binary at $bin" >&2; exit 2; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
docs=400
python3 "$here/contract.py" make "$docs" "$work/in.jsonl"

# One process: the reference. Exit 1 is expected: the input holds a few bad documents.
one_job=""
grep -q -- '--jobs' <<<"$("$bin" run --help)" && one_job="--jobs 1"
status=0
"$bin" run $one_job --input-format jsonl <"$work/in.jsonl" >"$work/ref.jsonl" || status=$?
[ "$status" -le 1 ] || { echo "parallel test: single run exited $status" >&2; exit 1; }

# The README's command, with blocks of 40 kB (about 60 lines, several chunks) on 2 job slots; a chunk whose claimline exits 1
# (some documents failed; their error records are in the output) is not a failure. Each
# chunk gets one job of its own when claimline has --jobs: parallel fills the cores.
chunk_cmd="$bin run $one_job --input-format jsonl || [ \$? -eq 1 ]"
parallel --pipe --keep-order --block 40k -j 2 --halt now,fail=1 "$chunk_cmd" \
    <"$work/in.jsonl" >"$work/out.jsonl"
python3 "$here/contract.py" check "$work/in.jsonl" "$work/ref.jsonl" "$work/out.jsonl"

# claimline's own parallelism, when it has --jobs, must not change a line either.
if [ -n "$one_job" ]; then
    status=0
    "$bin" run --jobs 3 --input-format jsonl <"$work/in.jsonl" >"$work/jobs.jsonl" || status=$?
    [ "$status" -le 1 ] || { echo "parallel test: --jobs 3 exited $status" >&2; exit 1; }
    cmp -s "$work/ref.jsonl" "$work/jobs.jsonl" \
        || { echo "parallel test: --jobs 3 output differs from one job's" >&2; exit 1; }
    echo "parallel test: --jobs 3 writes the same bytes as one job"
fi

# A claimline that writes part of its output, then fails: parallel must report the failure.
for failure in "exit 2" "kill -9 \$\$"; do
    fake="$work/failing-claimline"
    cat >"$fake" <<EOF
#!/usr/bin/env bash
input="\$(cat)"
if grep -q '"id": "t00300"' <<<"\$input"; then
    head -n 3 <<<"\$input" | "$bin" run --input-format jsonl
    $failure
fi
"$bin" run --input-format jsonl <<<"\$input"
EOF
    chmod +x "$fake"
    status=0
    parallel --pipe --keep-order --block 40k -j 2 --halt now,fail=1 "$fake run --input-format jsonl || [ \$? -eq 1 ]" \
        <"$work/in.jsonl" >"$work/failed.jsonl" 2>"$work/failed.err" || status=$?
    if [ "$status" -eq 0 ]; then
        echo "parallel test: a chunk that ended with '$failure' did not fail the run" >&2
        exit 1
    fi
    echo "parallel test: a chunk ending with '$failure' fails the run (parallel exit $status)"
done
echo "parallel test: ok"
