#!/usr/bin/env python3
"""Run claimline inside PySpark's mapPartitions, one claimline process per partition.

    from claimline_spark import ClaimlinePartitions
    records = sc.textFile("docs.jsonl").mapPartitions(ClaimlinePartitions())

Each partition's JSON lines ({"id","text","date",...}, one document a line) go to
`claimline run --input-format jsonl` on stdin, fed from a thread while this one reads
stdout (a partition larger than the pipe buffers would otherwise deadlock), and each
record line comes back as a string, in input order.

The task fails (an exception, so Spark retries it elsewhere) when:
  - claimline exits 2 (usage, pipeline or table error), any other status above 1, or is
    killed by a signal (a crash, the OOM killer);
  - the number of record lines differs from the number of non-blank input lines (records
    would otherwise be lost or duplicated without a word: `RDD.pipe` without
    `checkCode=True` has exactly this failure mode).
Exit status 1 means that some documents failed and each has an error record (a line
with an "error" object) in the output. Those records are kept: a bad document is a
result to count and inspect, not a reason to rerun the task, and failing the task would
only make Spark rerun the same bad input until the job dies. Pass
`document_errors="fail"` to fail the task instead.

Where the binary comes from (first found):
  1. the `binary` argument (a path on every node);
  2. SparkFiles.get(name) for a file shipped with `spark-submit --files`: the tarball
     made by Scripts/spark/build-release.sh (unpacked once per executor) or a bare
     binary (which then needs `--pipeline` to a pipeline present on the node);
  3. the folder of an archive shipped with `--archives TARBALL#claimline-dist`.
The child gets an explicit environment: PATH, a UTF-8 locale and, when the tarball
carries ICU (build-release.sh --bundle-icu), LD_LIBRARY_PATH to its lib/ folder.
When the binary has --jobs, it runs with `--jobs K`, K the cores of the task
(spark.task.cpus, 1 by default), since Spark already runs one task per core.

As a spark-submit application it reads JSON Lines and writes record lines:

    spark-submit --master yarn --files dist/claimline-linux-x86_64.tar.gz \\
        Scripts/spark/claimline_spark.py INPUT.jsonl OUTPUT_DIR [--partitions N]
"""
import argparse, collections, os, shutil, subprocess, tarfile, tempfile, threading

TARBALL = "claimline-linux-x86_64.tar.gz"
SYSTEM_PATH = "/usr/local/bin:/usr/bin:/bin"


class ClaimlineFailed(RuntimeError):
    """claimline failed on a partition: the task must fail so that Spark retries it."""


def _spark_file(name):
    try:
        from pyspark import SparkFiles
        path = SparkFiles.get(name)
    except Exception:   # no SparkContext on this side, or not shipped
        return None
    return path if os.path.exists(path) else None


def unpack_once(tarball):
    """Unpacks the release tarball beside itself, once per node even with concurrent tasks."""
    target = tarball + ".unpacked"
    if not os.path.isdir(target):
        scratch = tempfile.mkdtemp(dir=os.path.dirname(tarball), prefix=".unpack-")
        safe = {"filter": "data"} if hasattr(tarfile, "data_filter") else {}
        with tarfile.open(tarball) as archive:
            archive.extractall(scratch, **safe)
        try:
            os.rename(scratch, target)   # atomic: a task that lost the race uses the winner's
        except OSError:
            shutil.rmtree(scratch, ignore_errors=True)
    return os.path.join(target, "claimline", "claimline")


def locate(binary=None, name=TARBALL):
    """The path of the claimline binary to run on this node."""
    looked = []
    archive = os.path.join("claimline-dist", "claimline", "claimline")
    for candidate in (binary, _spark_file(name), _spark_file("claimline"),
                      _spark_file(archive), archive):
        if not candidate:
            continue
        looked.append(candidate)
        if candidate.endswith((".tar.gz", ".tgz")) and os.path.isfile(candidate):
            return unpack_once(candidate)
        if os.path.isfile(candidate):
            if not os.access(candidate, os.X_OK):
                os.chmod(candidate, 0o755)
            return candidate
    raise ClaimlineFailed(f"no claimline binary; looked at: {', '.join(looked) or 'nothing shipped'}")


def job_arguments(binary, env):
    """`--jobs K` for K = the cores Spark gave this task, when the binary has --jobs.

    claimline's default is every core of the machine, and an executor already runs one
    task per core: without this, the node would be oversubscribed.
    """
    usage = subprocess.run([binary, "run", "--help"], stdin=subprocess.DEVNULL,
                           capture_output=True, text=True, env=env).stdout
    if "--jobs" not in usage:
        return []
    try:
        from pyspark import TaskContext
        cores = TaskContext.get().cpus() if TaskContext.get() else 1
    except Exception:   # older Spark without TaskContext.cpus()
        cores = 1
    return ["--jobs", str(cores)]


def node_environment(binary, extra=None):
    """The child's whole environment: nothing leaks in from the executor's."""
    env = {"PATH": SYSTEM_PATH, "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"}
    bundled = os.path.join(os.path.dirname(os.path.abspath(binary)), "lib")
    if os.path.isdir(bundled):
        env["LD_LIBRARY_PATH"] = bundled
    env.update(extra or {})
    return env


def _feed(lines, stdin, state):
    """Writes the partition to claimline's stdin and counts the documents sent."""
    try:
        for line in lines:
            if not isinstance(line, str):
                line = line.decode("utf-8")
            line = line.rstrip("\r\n")
            if "\n" in line or "\r" in line:
                raise ValueError("an input line holds a line break: one JSON document per line")
            if not line.strip():
                continue   # claimline skips blank lines; they are not documents
            stdin.write(line.encode("utf-8") + b"\n")
            state["sent"] += 1
    except BrokenPipeError:
        state["broken_pipe"] = True   # claimline died; its exit status tells why
    except BaseException as error:   # noqa: BLE001 - handed to the reading side
        state["error"] = error
    finally:
        try:
            stdin.close()
        except BrokenPipeError:
            state["broken_pipe"] = True


def _drain(stream, tail):
    for line in stream:
        tail.append(line.decode("utf-8", "replace").rstrip("\n"))


def run_partition(lines, binary, args=(), env=None, document_errors="keep"):
    """Yields claimline's record lines for one partition; raises ClaimlineFailed on failure."""
    command = [binary, "run", "--input-format", "jsonl", *args]
    process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, env=env, close_fds=True)
    state = {"sent": 0, "broken_pipe": False, "error": None}
    stderr_tail = collections.deque(maxlen=20)
    feeder = threading.Thread(target=_feed, args=(lines, process.stdin, state), daemon=True)
    drainer = threading.Thread(target=_drain, args=(process.stderr, stderr_tail), daemon=True)
    feeder.start()
    drainer.start()
    received = 0
    try:
        for raw in process.stdout:
            received += 1
            yield raw.decode("utf-8").rstrip("\n")
        status = process.wait()
    finally:
        if process.poll() is None:   # the consumer stopped early, or reading failed
            process.kill()
            process.wait()
        feeder.join(timeout=30)
        drainer.join(timeout=30)
        process.stdout.close()
        process.stderr.close()
    _check(command, status, state, received, list(stderr_tail), document_errors)


def _check(command, status, state, received, stderr_tail, document_errors):
    def fail(reason):
        detail = "\n".join(stderr_tail)
        raise ClaimlineFailed(f"{' '.join(command)}: {reason}" + (f"\nstderr:\n{detail}" if detail else ""))

    if state["error"] is not None:
        fail(f"could not feed the partition: {state['error']!r}")
    if status < 0:
        fail(f"killed by signal {-status} after {received} of {state['sent']} records")
    if status > 1 or (status == 1 and document_errors == "fail"):
        fail(f"exit status {status} after {received} of {state['sent']} records")
    if state["broken_pipe"]:
        fail(f"stopped reading its input after {state['sent']} documents")
    if received != state["sent"]:
        fail(f"{received} record lines for {state['sent']} documents")


class ClaimlinePartitions:
    """A picklable function for mapPartitions: runs claimline over each partition."""

    def __init__(self, binary=None, args=(), env=None, document_errors="keep", name=TARBALL):
        if document_errors not in ("keep", "fail"):
            raise ValueError("document_errors is 'keep' or 'fail'")
        self.binary, self.args, self.env = binary, tuple(args), dict(env or {})
        self.document_errors, self.name = document_errors, name

    def __call__(self, lines):
        binary = locate(self.binary, self.name)
        env = node_environment(binary, self.env)
        args = self.args if "--jobs" in self.args else (*job_arguments(binary, env), *self.args)
        return run_partition(lines, binary, args, env, self.document_errors)


def main():
    ap = argparse.ArgumentParser(description="Run claimline over JSON Lines with Spark.")
    ap.add_argument("input", help="JSON Lines, one document a line (any Hadoop path)")
    ap.add_argument("output", help="folder for the record lines (saveAsTextFile)")
    ap.add_argument("--min-partitions", type=int, default=None, help="split the input into at least N")
    ap.add_argument("--partitions", type=int, default=0, help="repartition the input first (a shuffle)")
    ap.add_argument("--binary", help="claimline path on every node (default: the shipped tarball)")
    ap.add_argument("--fail-on-document-errors", action="store_true",
                    help="fail the task when claimline exits 1 (some documents failed)")
    ap.add_argument("claimline_args", nargs="*", help="more arguments for claimline run (after --)")
    args = ap.parse_args()

    from pyspark import SparkContext
    sc = SparkContext.getOrCreate()
    documents = sc.textFile(args.input, args.min_partitions)
    if args.partitions:
        documents = documents.repartition(args.partitions)
    policy = "fail" if args.fail_on_document_errors else "keep"
    records = documents.mapPartitions(ClaimlinePartitions(args.binary, args.claimline_args, None, policy))
    records.saveAsTextFile(args.output)
    sc.stop()


if __name__ == "__main__":
    main()
