#!/usr/bin/env python3
"""Spark job for Scripts/spark/test.sh: a failing claimline must fail the job, never lose records.

    spark-submit failure_job.py INPUT.jsonl REAL_CLAIMLINE WORK_DIR

Each case runs the input through a stand-in for claimline that runs the real binary on
part of its input and then fails in one way; the job must raise, and a job writing with
saveAsTextFile must leave no _SUCCESS marker (nothing downstream takes it as complete).
The last case holds exit status 1 (some documents failed) to document_errors="fail".
"""
import os, stat, sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from claimline_spark import ClaimlinePartitions   # noqa: E402

# Each stand-in reads stdin; "$real" is the real binary.
FAILURES = {
    "exit 2 midway": 'head -n 5 | "$real" "$@"; exit 2',
    "killed midway": '"$real" "$@" | head -n 3; kill -9 $$',
    "drops a record, exit 0": '"$real" "$@" | sed 1d',
    "crashes at start": 'exit 139',
}


def stand_in(work, name, body, real):
    path = work / ("claimline-" + name.replace(" ", "-").replace(",", ""))
    path.write_text(f'#!/bin/bash\nreal="{real}"\n{body}\n')
    path.chmod(path.stat().st_mode | stat.S_IXUSR)
    return str(path)


def expect_failure(case, action):
    try:
        action()
    except Exception as error:   # Py4JJavaError carrying the Python traceback
        if "ClaimlineFailed" not in str(error):
            sys.exit(f"failure test: '{case}' failed for another reason:\n{str(error)[:2000]}")
        print(f"failure test: '{case}' fails the job (ClaimlineFailed)")
        return
    sys.exit(f"failure test: '{case}' did not fail the job")


def main():
    source, real, work = sys.argv[1], sys.argv[2], Path(sys.argv[3])
    from pyspark import SparkContext
    sc = SparkContext.getOrCreate()
    sc.setLogLevel("ERROR")
    documents = sc.textFile(source, 3)
    for case, body in FAILURES.items():
        fake = stand_in(work, case, body, real)
        expect_failure(case, lambda: documents.mapPartitions(ClaimlinePartitions(fake)).collect())
    fake = stand_in(work, "saved", FAILURES["killed midway"], real)
    out = work / "failed-output"
    expect_failure("killed midway, saveAsTextFile",
                   lambda: documents.mapPartitions(ClaimlinePartitions(fake)).saveAsTextFile(str(out)))
    if (out / "_SUCCESS").exists():
        sys.exit("failure test: a failed job left a _SUCCESS marker")
    expect_failure("exit 1 with document_errors='fail'",
                   lambda: documents.mapPartitions(ClaimlinePartitions(real, document_errors="fail")).collect())
    sc.stop()
    print("failure test: ok")


if __name__ == "__main__":
    main()
