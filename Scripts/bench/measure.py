"""Measuring whole processes for Scripts/bench/run and stress: the build, wall time, peak RSS, C ceilings, start-up."""
import json, os, re, shutil, statistics, subprocess, tempfile, time
from dataclasses import dataclass, field
from pathlib import Path

GNU_TIME = "/usr/bin/time"


@dataclass
class Run:
    """The median of several runs of one command over one input."""
    wall: float                 # seconds, whole process, median
    cpu: float                  # user + system seconds, median
    rss_mb: float               # peak resident set size, MB (largest of the runs)
    lines: int                  # record lines written
    errors: int                 # of which error records
    first_error: str = ""
    status: int = 0
    walls: list = field(default_factory=list)
    cpus: list = field(default_factory=list)     # user + system seconds of each run, in round order


def gnu_time_available() -> bool:
    try:
        probe = subprocess.run([GNU_TIME, "-v", "true"], capture_output=True, text=True)
    except OSError:
        return False
    return "Maximum resident set size" in probe.stderr


def run_once(command, stdin_path, out_path, stderr_path):
    """Runs command under GNU time; returns (wall s, user + system s, peak RSS MB, exit status)."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as report:
        stdin = open(stdin_path, "rb") if stdin_path else subprocess.DEVNULL
        try:
            with open(out_path, "wb") as out, open(stderr_path, "wb") as err:
                began = time.perf_counter()
                status = subprocess.call([GNU_TIME, "-v", "-o", report.name, *command],
                                         stdin=stdin, stdout=out, stderr=err)
                wall = time.perf_counter() - began
        finally:
            if stdin_path:
                stdin.close()
        text = report.read()
    rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", text)
    cpu = sum(float(x) for x in re.findall(r"(?:User|System) time \(seconds\): ([\d.]+)", text))
    return wall, cpu, (int(rss.group(1)) / 1024 if rss else float("nan")), status


def count_records(path):
    lines = errors = 0
    first_error = ""
    with open(path, "rb") as f:
        for line in f:
            lines += 1
            if b'"error":{' in line:
                errors += 1
                if not first_error:
                    first_error = json.loads(line).get("error", {}).get("message", "")
    return lines, errors, first_error


def measure(cases, runs, scratch: Path, each_round=None) -> list:
    """Runs each (command, stdin path) `runs` times, taking turns so that a busy spell of
    the machine spreads over all cases instead of landing on one; one Run per case.
    each_round(), when given, runs at the start of every round (the C ceilings)."""
    samples = [[] for _ in cases]
    counts = [None] * len(cases)
    out, err = scratch / "out.jsonl", scratch / "stderr.txt"
    for _ in range(runs):
        if each_round:
            each_round()
        for index, (command, stdin_path) in enumerate(cases):
            samples[index].append(run_once(command, stdin_path, out, err))
            if counts[index] is None:
                counts[index] = count_records(out)
    results = []
    for taken, (lines, errors, first_error) in zip(samples, counts):
        walls = [wall for wall, _, _, _ in taken]
        results.append(Run(statistics.median(walls), statistics.median(cpu for _, cpu, _, _ in taken),
                           max(rss for _, _, rss, _ in taken), lines, errors, first_error,
                           max(status for _, _, _, status in taken), walls, [cpu for _, cpu, _, _ in taken]))
    return results


def build_limits(source: Path, build_dir: Path) -> Path:
    """Builds ../shared/bench/limits (read-only there) in a folder of ours."""
    build_dir.mkdir(parents=True, exist_ok=True)
    for name in ("Makefile", "limits.c"):
        shutil.copyfile(source / name, build_dir / name)
    subprocess.run(["make", "-s", "-C", str(build_dir)], check=True)
    return build_dir / "limits"


def run_limit(limits: Path, stage, corpus, *extra) -> dict:
    """One C ceiling: {'mbps': stage MB/s, 'load_mbps': ..., 'bytes': ...} from its BENCH line."""
    done = subprocess.run([str(limits), stage, str(corpus), *map(str, extra)],
                          capture_output=True, text=True, check=True)
    fields = dict(re.findall(r"(\w+)=([\d.]+)", done.stderr.split("BENCH", 1)[1]))
    size = float(fields["bytes"])
    seconds = float(fields["load_s"] if stage == "read" else fields["proc_s"])
    return {"mbps": size / 1e6 / seconds, "bytes": size, "docs": int(fields["docs"])}


def startup(command, runs, env=None) -> tuple:
    """Median whole-process wall time in ms of a short run, after 5 runs not counted;
    (ms, how it was measured). `env` is added to the environment."""
    env = {**os.environ, **(env or {})}
    if shutil.which("hyperfine"):
        with tempfile.NamedTemporaryFile(suffix=".json") as export:
            subprocess.run(["hyperfine", "-N", "--warmup", "5", "--runs", str(runs), "--export-json",
                            export.name, " ".join(command)], check=True, capture_output=True, env=env)
            result = json.load(open(export.name))["results"][0]
        return result["median"] * 1000, f"hyperfine, median of {runs}"
    walls = []
    for _ in range(runs + 5):
        began = time.perf_counter()
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
        walls.append(time.perf_counter() - began)
    return statistics.median(walls[5:]) * 1000, f"loop, median of {runs}"


def folder_bytes(folder: Path) -> int:
    return sum(entry.stat().st_size for entry in os.scandir(folder) if entry.name.endswith(".txt"))


RESOURCES = "claimline_ClaimlinePipelines.resources"


def default_data(repo: Path) -> Path:
    """The bench corpus's folder: $CLAIMLINE_BENCH_DATA, else /work/benchdata if it holds
    the corpus, else data/bench in the repository."""
    if os.environ.get("CLAIMLINE_BENCH_DATA"):
        return Path(os.environ["CLAIMLINE_BENCH_DATA"])
    return Path("/work/benchdata") if Path("/work/benchdata/corpus.jsonl").exists() else repo / "data/bench"


def build(repo: Path) -> Path:
    """The build that is shipped (Scripts/spark/build-release.sh makes the same one, with the
    flags of Scripts/release-build-flags): release, the Swift runtime and Foundation linked in
    statically, ICU from the system. Static linking spares the dynamic loader most of its
    work at start-up."""
    flags = subprocess.run([str(repo / "Scripts/release-build-flags")], check=True, capture_output=True,
                           text=True).stdout.splitlines()
    subprocess.run(["swift", "build", *flags, "--product", "claimline"], cwd=repo, check=True,
                   stdout=subprocess.DEVNULL)
    bin_dir = subprocess.run(["swift", "build", *flags, "--show-bin-path"], cwd=repo, check=True,
                             capture_output=True, text=True).stdout.strip()
    return Path(bin_dir) / "claimline"


def copy_binary(binary: Path, folder: Path) -> Path:
    """A copy of the binary in a new `folder`, with its pipeline beside it, where it looks."""
    folder.mkdir()
    shutil.copy2(binary, folder / binary.name)
    shutil.copytree(binary.parent / RESOURCES, folder / RESOURCES)
    return folder / binary.name


def callgrind_copy(binary: Path, folder: Path) -> Path:
    """`copy_binary` without debug information: valgrind 3.19 cannot read the DWARF 5 that
    Swift 6 writes (function names stay in the symbol table)."""
    copy = copy_binary(binary, folder)
    subprocess.run(["strip", "--strip-debug", str(copy)], check=True)
    return copy


def process_pairs(binary: Path, corpus: Path, scratch: Path, rounds=5) -> dict:
    """Two one-job claimline processes side by side over the same corpus, from one binary
    file and from two byte-identical copies of it, against one alone, in turns: 2 x alone /
    pair for each. On a host where the pages two vCPUs both execute cost time, one binary
    scales less than two copies; the threads of --jobs N always share their code."""
    copy = copy_binary(binary, scratch / "binary-copy")

    def run(binaries) -> float:
        inputs = [open(corpus, "rb") for _ in binaries]
        began = time.perf_counter()
        processes = [subprocess.Popen([str(b), "run", "--jobs", "1", "--input-format", "jsonl"],
                                      stdin=f, stdout=subprocess.DEVNULL) for b, f in zip(binaries, inputs)]
        statuses = [p.wait() for p in processes]
        wall = time.perf_counter() - began
        for f in inputs:
            f.close()
        if any(statuses):
            raise RuntimeError("claimline failed in the process-pair measurement")
        return wall

    alone, same, copies = [], [], []
    for _ in range(rounds):
        alone.append(run([binary]))
        same.append(run([binary, binary]))
        copies.append(run([binary, copy]))
    return {"alone": statistics.median(alone), "same": statistics.median(same), "copies": statistics.median(copies),
            "same_scaling": statistics.median(2 * a / p for a, p in zip(alone, same)),
            "copies_scaling": statistics.median(2 * a / p for a, p in zip(alone, copies))}


def shared_code_scaling(source: Path, build_dir: Path, rounds=5, calls=30_000_000) -> dict:
    """What two cores give two threads that execute the same code (shared_code.c): one thread
    alone, then two, in turns, calling 4,096 small functions (about 470 kB of code, more than
    a core's instruction cache, as claimline's hot code is) and 16 (which fit in it); the
    ratio is 2 x one / two. The threads of `--jobs 2` share all their code: the first is the
    reference for 2 jobs / 1 job on this host, for a program of about claimline's code size."""
    binary = build_dir / "shared_code"
    build_dir.mkdir(parents=True, exist_ok=True)
    subprocess.run(["cc", "-O2", "-pthread", "-o", str(binary), str(source)], check=True)

    def run(threads, functions):
        began = time.perf_counter()
        subprocess.run([str(binary), str(threads), str(functions), str(calls)], stdout=subprocess.DEVNULL, check=True)
        return time.perf_counter() - began

    result = {}
    for name, functions in (("large", 4096), ("small", 16)):
        one, two = [], []
        for _ in range(rounds):
            one.append(run(1, functions))
            two.append(run(2, functions))
        result[name] = {"one": statistics.median(one), "two": statistics.median(two),
                        "scaling": statistics.median(2 * a / p for a, p in zip(one, two))}
    return result


def two_core_scaling(source: Path, build_dir: Path, rounds=5, iterations=400_000_000) -> dict:
    """What two cores give two CPU-bound processes on this host: a register-only busy loop
    (busy.c) alone, then two copies side by side, in turns; the ratio is 2 x alone / pair,
    2.0 where the cores do not slow each other (on a VM whose two vCPUs share a physical
    core, much less). The ceiling for N jobs / 1 job on this machine, whatever the program."""
    binary = build_dir / "busy"
    build_dir.mkdir(parents=True, exist_ok=True)
    subprocess.run(["cc", "-O2", "-o", str(binary), str(source)], check=True)
    command = [str(binary), str(iterations)]
    alone, pair = [], []
    for _ in range(rounds):
        began = time.perf_counter()
        subprocess.run(command, stdout=subprocess.DEVNULL, check=True)
        alone.append(time.perf_counter() - began)
        began = time.perf_counter()
        both = [subprocess.Popen(command, stdout=subprocess.DEVNULL) for _ in range(2)]
        for p in both:
            p.wait()
        pair.append(time.perf_counter() - began)
    return {"alone": statistics.median(alone), "pair": statistics.median(pair),
            "scaling": statistics.median(2 * a / p for a, p in zip(alone, pair))}
