"""The Markdown report of Scripts/bench/run: the C ceilings, the claimline rows, the targets."""
import datetime
import statistics

CEILING_ROWS = [
    ("read-folder", "read 20,000 .txt (open + read each)"),
    ("read-jsonl", "read one .jsonl"),
    ("nfkc", "NFKC (ICU, UTF-16 conversions included)"),
    ("translit-lazy", "transliterate words holding non-ASCII (ICU)"),
    ("gazetteer-ac", "gazetteer scan (Aho-Corasick DFA)"),
    ("combined-folder", "**ceiling, folder**: read folder + NFKC + lazy translit + gazetteer (s/MB added)"),
    ("combined-jsonl", "**ceiling, JSONL**: the same with the JSONL read"),
]


def mbps(row):
    return row["bytes"] / 1e6 / row["run"].wall


def usable(row):
    """A row counts only when it wrote one record per document and not only error records."""
    run = row["run"]
    return run.lines == row["docs"] and run.errors < row["docs"] // 2 and run.status <= 1


def find(rows, size, input_kind, jobs):
    for row in rows:
        if row["size"] == size and row["input"] == input_kind and row["jobs"] == jobs and usable(row):
            return row
    return None


def ceiling_for(limits, row):
    return limits["combined-" + row["input"]]["mbps"]


def paired_ratio(limits, row):
    """The median over rounds of claimline's MB/s over the C ceiling of the same round: the
    host's speed drifts over a run (by a third within minutes on shared VMs), and a round's
    two measurements are a few seconds apart where the medians of each may be minutes."""
    rounds = limits["combined-" + row["input"]].get("rounds") or []
    walls = row["run"].walls
    if len(rounds) != len(walls):
        return None
    return statistics.median(row["bytes"] / 1e6 / wall / ceiling for wall, ceiling in zip(walls, rounds))


def claimline_table(rows, limits):
    out = ["| docs | input | jobs | wall s | CPU s | MB/s | docs/s | MB per CPU s | peak RSS MB | x C ceiling | records |",
           "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---|"]
    for row in rows:
        run = row["run"]
        jobs = row["jobs"] or "default"
        if usable(row):
            rate = mbps(row)
            ceiling = ceiling_for(limits, row)
            cells = [f"{run.wall:.2f}", f"{run.cpu:.2f}", f"{rate:.1f}", f"{row['docs'] / run.wall:,.0f}",
                     f"{row['bytes'] / 1e6 / run.cpu:.1f}", f"{run.rss_mb:.0f}",
                     f"{rate / ceiling:.2f}", f"{run.lines:,}" + (f" ({run.errors} errors)" if run.errors else "")]
        else:
            why = f"FAILED: {run.lines:,} lines for {row['docs']:,} docs, exit {run.status}"
            why += f"; {run.errors:,} error records, first: {run.first_error}" if run.errors else ""
            cells = [f"{run.wall:.2f}", f"{run.cpu:.2f}", "-", "-", "-", f"{run.rss_mb:.0f}", "-", why]
        out.append(f"| {row['size']} | {row['input']} | {jobs} | " + " | ".join(cells) + " |")
    return out


def verdict(ok):
    return "yes" if ok else "**no**"


def step_row(steps) -> str:
    """CPU seconds per MB of text of each further 5,000 documents: linear cost keeps them
    level. The first step also pays for warming the caches of words (start-up is subtracted)."""
    # Paired by round (a round's runs are seconds apart; the host drifts over minutes).
    costs = [statistics.median((y - x) / ((b["bytes"] - a["bytes"]) / 1e6) for x, y in zip(a["run"].cpus, b["run"].cpus))
             for a, b in zip(steps, steps[1:])]
    spans = [f"{a['docs'] // 1000}k-{b['docs'] // 1000}k {cost * 1000:.0f} ms" for a, b, cost in zip(steps, steps[1:], costs)]
    row = (f"| linearity by steps: CPU per MB of text of each further 5,000 documents, jsonl, 1 job "
           f"(start-up {steps[0]['run'].cpu * 1000:.0f} ms) | {', '.join(spans)} | ")
    if all("instructions" in step for step in steps):
        # A difference of two timed runs carries the noise of both: the count decides.
        return row + "level (a difference of two timed runs adds up their noise: the count below decides) | - |"
    return row + (f"the steps after the first within 15 % of each other, none more than 15 % above the first | "
                  f"{verdict(level(costs, 1.15))} |")


def level(costs, tolerance) -> bool:
    """Linear cost: the steps after the first (which also warms the caches of words) within
    `tolerance` of each other and none above the first by more."""
    later = costs[1:]   # target_rows asks for three steps or more, so two costs or more
    return max(later) / min(later) <= tolerance and max(later) <= costs[0] * tolerance


def instruction_step_row(steps) -> str:
    """Instructions per byte of text of each further 5,000 documents (callgrind): the same
    steps as `step_row`, without the host's noise, so a tighter tolerance."""
    costs = [(b["instructions"] - a["instructions"]) / (b["bytes"] - a["bytes"]) for a, b in zip(steps, steps[1:])]
    spans = [f"{a['docs'] // 1000}k-{b['docs'] // 1000}k {cost:.0f}" for a, b, cost in zip(steps, steps[1:], costs)]
    return (f"| the same in instructions per byte of text (callgrind; start-up {steps[0]['instructions'] / 1e6:.0f}M "
            f"instructions) | {', '.join(spans)} | the steps after the first within 5 % of each other, "
            f"none more than 5 % above the first | {verdict(level(costs, 1.05))} |")


def target_rows(context, rows, limits, startup, gazetteer, gazetteer_note, host=None, steps=None):
    one = 1 if "--jobs" in context["flags"] else None
    out = ["| target | measured | goal | met |", "|---|---|---|---|"]
    for input_kind in ("jsonl", "folder"):
        row = find(rows, "20k", input_kind, one)
        if row:
            rate, ceiling = mbps(row), ceiling_for(limits, row)
            per_cpu = row["bytes"] / 1e6 / row["run"].cpu
            paired = paired_ratio(limits, row)
            ratio = paired if paired is not None else rate / ceiling
            # The issue states one target two ways, for a machine whose ceiling is about 46 MB/s;
            # on a slower or busier host the ratio measured in the same run is the fair one.
            # Three places: the verdict is judged on this number, and 0.447 printed as 0.45 read as met.
            out.append(f"| one core, 20k {input_kind}, against the ceiling of this run | {rate / ceiling:.3f} x ceiling "
                       f"(median of per-round ratios {ratio:.3f}) | >= 0.45 x | {verdict(ratio >= 0.45)} |")
            out.append(f"| one core, 20k {input_kind}, absolute | {rate:.1f} MB/s ({per_cpu:.1f} MB per CPU s; "
                       f"the ceiling measured {ceiling:.1f} MB/s) | >= 20 MB/s | {verdict(rate >= 20)} |")
        else:
            out.append(f"| one core, 20k {input_kind} | no usable run | >= 20 MB/s | **no** |")
    if one:
        single, many = find(rows, "20k", "jsonl", 1), find(rows, "20k", "jsonl", context["jobs"])
        if single and many:
            ratio = single["run"].wall / many["run"].wall
            # Paired by round too: the two runs of a round are seconds apart.
            paired = statistics.median(a / b for a, b in zip(single["run"].walls, many["run"].walls))
            out.append(f"| {context['jobs']} jobs / 1 job, 20k jsonl | {ratio:.3f}x (median of per-round ratios "
                       f"{paired:.3f}x) | >= 1.8x on 2 cores | {verdict(paired >= 1.8)} |")
            if host:
                out.append(f"| the host: two busy loops side by side / one alone (busy.c) | {host['scaling']:.2f}x "
                           f"({host['alone']:.2f} s alone, {host['pair']:.2f} s as a pair) | 2.0x on two free cores | - |")
                if "shared_code" in host:
                    large, small = host["shared_code"]["large"], host["shared_code"]["small"]
                    out.append(f"| the host: two threads / one running the same C code (shared_code.c), 470 kB of it | "
                               f"{large['scaling']:.2f}x ({large['one']:.2f} s alone, {large['two']:.2f} s as a pair; "
                               f"{small['scaling']:.2f}x for 16 functions, which fit a core's cache) | 2.0x on two free cores | - |")
                if "pairs" in host:
                    pairs = host["pairs"]
                    out.append(f"| the host: two one-job claimline processes / one alone, 5k jsonl | "
                               f"{pairs['same_scaling']:.2f}x from one binary file, {pairs['copies_scaling']:.2f}x "
                               f"from two copies ({pairs['alone']:.2f} s alone, {pairs['same']:.2f} and "
                               f"{pairs['copies']:.2f} s as pairs) | 2.0x on two free cores | - |")
    else:
        out.append("| N jobs / 1 job | not measured: no --jobs option | >= 1.8x on 2 cores | - |")
    kept, none, shipped = startup
    out.append(f"| start-up, one short document (ICU folds of the tables kept from an earlier run) | "
               f"{kept[0]:.1f} ms ({kept[1]}) | <= 50 ms | {verdict(kept[0] <= 50)} |")
    out.append(f"| the same, no folds kept (a first run, or no cache folder) | {none[0]:.1f} ms ({none[1]}) | "
               f"<= 50 ms | {verdict(none[0] <= 50)} |")
    out.append(f"| the same, no folds kept but folds shipped beside the pipeline (build-release.sh) | "
               f"{shipped[0]:.1f} ms ({shipped[1]}) | <= 50 ms | {verdict(shipped[0] <= 50)} |")
    small, large = find(rows, "5k", "jsonl", one), find(rows, "20k", "jsonl", one)
    if small and large:
        growth = large["run"].rss_mb / small["run"].rss_mb - 1
        out.append(f"| peak RSS 20k vs 5k, jsonl | {large['run'].rss_mb:.0f} vs {small['run'].rss_mb:.0f} MB "
                   f"({growth:+.0%}) | within 20 % | {verdict(abs(growth) <= 0.2)} |")
        time_ratio = large["run"].cpu / small["run"].cpu   # CPU time: less disturbed by a busy machine
        byte_ratio = large["bytes"] / small["bytes"]
        out.append(f"| linearity: CPU time 20k / 5k, jsonl | {time_ratio:.2f} (text {byte_ratio:.2f}; "
                   f"wall {large['run'].wall / small['run'].wall:.2f}) | "
                   f"at most about the text ratio | {verdict(time_ratio / byte_ratio <= 1.15)} |")
    if steps and len(steps) > 2:   # a corpus of 10,000 documents or more
        out.append(step_row(steps))
        if all("instructions" in step for step in steps):
            out.append(instruction_step_row(steps))
    if gazetteer:
        one_x, ten_x, one_start, ten_start, per_byte = gazetteer
        ratio = ten_x.cpu / one_x.cpu   # one job: CPU time is the work, less disturbed by a busy machine
        out.append(f"| gazetteer 10x / 1x, 20k jsonl, {gazetteer_note} | CPU {ten_x.cpu:.2f} / {one_x.cpu:.2f} s = "
                   f"{ratio:.2f} (wall {ten_x.wall / one_x.wall:.2f}) | "
                   f"about 1 | {verdict(ratio <= 1.15)} |")
        per_document = (ten_x.cpu - ten_start.cpu) / (one_x.cpu - one_start.cpu)
        out.append(f"| the same, start-up (no input) subtracted | CPU ({ten_x.cpu:.2f} - {ten_start.cpu:.2f}) / "
                   f"({one_x.cpu:.2f} - {one_start.cpu:.2f}) s = {per_document:.2f} | "
                   f"about 1 | {verdict(per_document <= 1.15)} |")
        if per_byte:
            one_ipb, ten_ipb = per_byte
            out.append(f"| the same in instructions per byte of text (callgrind, 300 documents, start-up subtracted) | "
                       f"{ten_ipb} / {one_ipb} = {ten_ipb / one_ipb:.2f} | about 1 | {verdict(ten_ipb / one_ipb <= 1.15)} |")
    else:
        out.append(f"| gazetteer 10x / 1x | {gazetteer_note} | about 1 | - |")
    return out


def render(context, limits, rows, startup, stats, gazetteer, gazetteer_note, instructions, host=None, steps=None):
    flags = ", ".join(sorted(context["flags"])) or "none of --jobs, --stats, --gazetteer"
    lines = [
        f"## claimline bench, {datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M} UTC, commit {context['commit']}",
        "",
        f"Machine: {context['machine']}. Binary: `{context['binary']}` (release); options found: {flags}.",
        f"Corpus: `{context['data']}`. MB = 10^6 bytes of document text; wall = whole process, "
        f"median of {context['runs']} taken in turns; CPU s = user + system; RSS = GNU time's maximum "
        "resident set size. Wall-time ratios need an idle machine: check the load average.",
        "", "### C ceilings (../shared/bench/limits, one core, median of the rounds of this run)", "",
        "| stage | MB/s |", "|---|---:|",
    ]
    if host and "scaling" in host and host["scaling"] < 1.85:
        # Two copies of a register-only loop share nothing: less than about 2x means another
        # tenant held a core during the run.
        lines[4:4] = ["", f"**The host was busy**: two copies of a C busy loop, run at the end, ran "
                      f"{host['scaling']:.2f} times the work of one (about 2 on two free cores): this run's "
                      "wall-time ratios are unreliable."]
    lines += [f"| {label} | {limits[name]['mbps']:.1f} |" for name, label in CEILING_ROWS]
    lines += ["", "### claimline", ""] + claimline_table(rows, limits)
    lines += ["", "### Targets (issue 7)", ""]
    lines += target_rows(context, rows, limits, startup, gazetteer, gazetteer_note, host, steps)
    lines += ["", "### Per-stage time (--stats, 20k jsonl, 1 job)", ""]
    lines += ["```", stats, "```"] if stats else ["Not available: this claimline run has no --stats option."]
    if instructions:
        lines += ["", "### Instructions (callgrind, first 300 documents, jsonl, 1 job; independent of load)", "",
                  "```", instructions, "```"]
    lines += ["", f"Bench took {context['elapsed']:.0f} s."]
    return "\n".join(lines)
