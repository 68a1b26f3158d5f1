#!/usr/bin/env python3
"""report.py: turns the raw measurements of bench/run.sh (in bench/target/work) into the Markdown report.

Reads hotlink-compile.tsv (from org.hotlink.bench.CompileThroughput), json/llc.json and json/startup.json
(from hyperfine) and out/NAME.CONFIG.RUN.{stdout,stderr,status} (the program runs). Prints Markdown.
"""
import argparse
import datetime
import json
import math
import os
import re
import subprocess

KERNEL = re.compile(r"^bench: kernel wall_s=([0-9.]+) cpu_s=([0-9.]+)$", re.M)
STATS = re.compile(r"^hotlink: stats parse_ms=([0-9.]+) compile_ms=([0-9.]+) link_ms=([0-9.]+) "
                   r"functions_compiled=(\d+) ir_instructions=(\d+) code_bytes=(\d+)$", re.M)


def sh(command):
    try:
        done = subprocess.run(command, shell=True, capture_output=True, text=True)
        return done.stdout + done.stderr
    except OSError:
        return ""


def geomean(values):
    values = [v for v in values if v is not None and v > 0]
    if not values:
        return None
    return math.exp(sum(math.log(v) for v in values) / len(values))


def fmt_rate(value):
    if value is None:
        return "n/a"
    if value >= 1e6:
        return f"{value / 1e6:.2f} M"
    if value >= 1e5:
        return f"{value / 1e3:.0f} k"
    return f"{value / 1e3:.3g} k"


def fmt_ratio(value, digits=2):
    return "n/a" if value is None else f"{value:.{digits}f}×"


def fmt_s(value):
    return "n/a" if value is None else f"{value:.3f}"


def read(path):
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            return f.read()
    except OSError:
        return None


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--work", required=True)
    parser.add_argument("--root", required=True)
    parser.add_argument("--runs", type=int, required=True)
    parser.add_argument("--quick", default="0")
    parser.add_argument("--warmup-cpu", default="?")
    parser.add_argument("--dist-built", default="?")
    parser.add_argument("--dist-changed", default="0")
    parser.add_argument("--command", required=True)
    parser.add_argument("--load-start", default="?")
    parser.add_argument("--load-end", default="?")
    parser.add_argument("--programs", nargs="+", required=True)
    args = parser.parse_args()
    work = args.work

    model = re.search(r"Model name:\s*(.*)", sh("lscpu"))
    model = model.group(1).strip() if model else "unknown CPU"
    cores = sh("nproc").strip()
    jdk = sh("java -version").strip().splitlines()
    jdk = next((line for line in jdk if "version" in line), "unknown JDK")
    llvm = re.search(r"LLVM version ([0-9.]+)", sh("llc-19 --version"))
    llvm = llvm.group(1) if llvm else "19"
    now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    commit = sh(f"git -C {args.root} rev-parse --short HEAD").strip()
    dirty = " (with uncommitted changes)" if sh(f"git -C {args.root} status --porcelain --untracked-files=no").strip() else ""

    out = []
    p = out.append
    p("# Hotlink benchmarks")
    p("")
    p(f"Measured by `{args.command}` on {now}: {cores} cores of {model}, {jdk}, LLVM {llvm}, "
      f"Hotlink at commit {commit}{dirty}, distribution built {args.dist_built}. Load average (1, 5, 15 min) {args.load_start} at the start, "
      f"{args.load_end} at the end.")
    if float(args.load_start.split()[0]) > float(cores or 1) * 0.75:
        p("")
        p(f"**Noisy:** the machine was loaded (load average above its {cores} cores) while these figures were "
          "taken, so wall-clock figures are inflated and vary from run to run; the CPU-time columns are "
          "disturbed less. Re-run on a quiet machine before quoting them.")
    if args.dist_changed == "1":
        p("")
        p("**Mixed builds:** the distribution was reinstalled while this run was measuring, so the figures "
          "mix two builds of Hotlink. Re-run.")
    if args.quick == "1":
        p("")
        p("**Quick mode:** small scales and few repetitions; these figures only check the script.")
    p("")

    # ---------------------------------------------------------------- compile throughput
    hotlink = {}
    for line in (read(os.path.join(work, "hotlink-compile.tsv")) or "").splitlines():
        f = line.split("\t")
        if len(f) >= 10:
            hotlink[os.path.basename(f[0])] = dict(n=int(f[1]), functions=int(f[2]), bytes=int(f[3]),
                                                  iterations=int(f[4]), parse=int(f[5]), compile=int(f[6]),
                                                  link=int(f[7]), cpu=int(f[8]), error="\t".join(f[9:]))
    llc = {}
    llc_json = read(os.path.join(work, "json", "llc.json"))
    if llc_json:
        for result in json.loads(llc_json)["results"]:
            words = result["command"].split()
            llc[(os.path.basename(words[-1]), words[1])] = result
    empty = {level: llc.get(("empty.ll", "-" + level)) for level in ("O0", "O2")}

    def llc_rate(file, level, n, cpu):
        result, base = llc.get((file, "-" + level)), empty[level]
        if not result or not base:
            return None
        if cpu:
            delta = (result["user"] + result["system"]) - (base["user"] + base["system"])
        else:
            delta = result["median"] - base["median"]
        return n / delta if delta > 0 else None

    p("## Compile throughput (IR instructions per second)")
    p("")
    p("Hotlink: parse + verify + compile (and with link: also placing, resolving and binding externals) of "
      "each file in a fresh engine inside one JVM (JDK 17, default flags) warmed up by "
      f"{args.warmup_cpu} CPU-seconds of compiling all files (HotSpot keeps optimizing Hotlink's code for "
      "about a minute; after 10 s the figures are a third lower), median of many iterations, from "
      "`EngineStatistics` (wall-clock). The engine generates a module's functions on the compiling thread "
      "and one helper thread per further core (up to `compileThreads`, default 4), so on this 2-core "
      "machine two threads share the code generation. llc: `llc-19 -OX -filetype=obj` by hyperfine, "
      "median wall time minus the median of the same command on an empty module. The CPU columns use the "
      "CPU time of the harness thread (add, resolve, close) plus the engine's compile helper threads, and "
      "llc's user + system time instead. Ratio = Hotlink / llc -O0; "
      "target ≥ 5×. The headline rows are `corpus.O0.ll` and `corpus.O2.ll`, the 77 C programs of "
      "`itests/corpus` linked into one module by llvm-link-19 (mains renamed), where llc takes several times "
      "its start-up time, and `all.O0.ll` and `all.O2.ll`, the benchmark programs linked the same way; "
      "the single programs are small (85 to 610 instructions), so their llc figures are mostly noise.")
    p("")
    p("| IR file | instructions | Hotlink p+v+c | Hotlink incl. link | llc -O0 | llc -O2 | Hotlink CPU | llc -O0 CPU | ratio p+v+c | ratio incl. link | ratio CPU |")
    p("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    ratios = {"pvc": [], "all": [], "cpu": []}
    totals = {"n": 0, "pvc": 0.0, "all": 0.0, "cpu": 0.0, "o0": 0.0, "o2": 0.0, "o0cpu": 0.0}

    def llc_delta(file, level, cpu):
        result, base = llc.get((file, "-" + level)), empty[level]
        if not result or not base:
            return 0.0
        if cpu:
            return (result["user"] + result["system"]) - (base["user"] + base["system"])
        return result["median"] - base["median"]

    def throughput_row(file, label, accumulate):
        h = hotlink.get(file)
        if h is None or h["error"] != "-":
            reason = h["error"] if h else "no result"
            p(f"| {label} | {h['n'] if h and h['n'] else '?'} | **failed**: {reason} | | | | | | | | |")
            return
        n = h["n"]
        pvc = n / ((h["parse"] + h["compile"]) / 1e9)
        full = n / ((h["parse"] + h["compile"] + h["link"]) / 1e9)
        cpu = n / (h["cpu"] / 1e9) if h["cpu"] > 0 else None
        o0, o2 = llc_rate(file, "O0", n, False), llc_rate(file, "O2", n, False)
        o0cpu = llc_rate(file, "O0", n, True)
        r_pvc = pvc / o0 if o0 else None
        r_all = full / o0 if o0 else None
        r_cpu = cpu / o0cpu if cpu and o0cpu else None
        if accumulate:
            ratios["pvc"].append(r_pvc)
            ratios["all"].append(r_all)
            ratios["cpu"].append(r_cpu)
            totals["n"] += n
            totals["pvc"] += (h["parse"] + h["compile"]) / 1e9
            totals["all"] += (h["parse"] + h["compile"] + h["link"]) / 1e9
            totals["cpu"] += h["cpu"] / 1e9
            totals["o0"] += llc_delta(file, "O0", False)
            totals["o2"] += llc_delta(file, "O2", False)
            totals["o0cpu"] += llc_delta(file, "O0", True)
        bold = "" if accumulate else "**"
        p(f"| {label} | {n} | {fmt_rate(pvc)} | {fmt_rate(full)} | {fmt_rate(o0)} | {fmt_rate(o2)} | "
          f"{fmt_rate(cpu)} | {fmt_rate(o0cpu)} | {bold}{fmt_ratio(r_pvc)}{bold} | {bold}{fmt_ratio(r_all)}{bold} | "
          f"{bold}{fmt_ratio(r_cpu)}{bold} |")

    for level in ("O0", "O2"):
        throughput_row(f"corpus.{level}.ll", f"**corpus.{level}.ll** (the C test corpus in one module)", False)
    for level in ("O0", "O2"):
        throughput_row(f"all.{level}.ll", f"**all.{level}.ll** (all benchmark programs in one module)", False)
    for name in args.programs:
        for level in ("O0", "O2"):
            throughput_row(f"{name}.{level}.ll", f"{name}.{level}.ll", True)
    if totals["n"]:
        t = totals
        rate = {k: (t["n"] / t[k] if t[k] > 0 else None) for k in ("pvc", "all", "cpu", "o0", "o2", "o0cpu")}

        def ratio(a, b):
            return rate[a] / rate[b] if rate[a] and rate[b] else None
        p(f"| all small files together | {t['n']} | {fmt_rate(rate['pvc'])} | {fmt_rate(rate['all'])} | "
          f"{fmt_rate(rate['o0'])} | {fmt_rate(rate['o2'])} | {fmt_rate(rate['cpu'])} | {fmt_rate(rate['o0cpu'])} | "
          f"{fmt_ratio(ratio('pvc', 'o0'))} | {fmt_ratio(ratio('all', 'o0'))} | "
          f"{fmt_ratio(ratio('cpu', 'o0cpu'))} |")
    p(f"| geometric mean of the small files | | | | | | | | {fmt_ratio(geomean(ratios['pvc']))} | "
      f"{fmt_ratio(geomean(ratios['all']))} | {fmt_ratio(geomean(ratios['cpu']))} |")
    p("")
    if empty["O0"]:
        p(f"llc-19 on an empty module: -O0 {empty['O0']['median'] * 1000:.1f} ms, "
          f"-O2 {empty['O2']['median'] * 1000:.1f} ms (median wall). \"n/a\": llc's time on the file was not "
          "above its empty-module time by more than the noise.")
        p("")

    # ---------------------------------------------------------------- generated code
    p("## Speed of generated code (-O2 IR without vectorizers)")
    p("")
    p(f"Each program times its own kernel (`bench/programs/bench_timer.h`: CLOCK_THREAD_CPUTIME_ID and "
      f"CLOCK_MONOTONIC), so start-up and compilation are excluded. Best of {args.runs} run(s). Native: the "
      "same .ll by `llc-19 -O0` or `-O2`, linked by clang-19. Ratio = Hotlink's time / llc's time "
      "(lower is faster; target vs llc -O0: ≤ 1). Outputs and exit codes are checked against the native run.")
    p("")
    p("| program | llc -O2 CPU s | llc -O0 CPU s | Hotlink CPU s | Hotlink wall s | Hotlink compile ms | Hotlink / llc -O0 | Hotlink / llc -O2 | status |")
    p("|---|---:|---:|---:|---:|---:|---:|---:|---|")
    speed_o0, speed_o2, failures = [], [], []

    def best(name, config):
        cpus, walls, stdout, status, stderr = [], [], None, None, ""
        for run in range(1, args.runs + 1):
            base = os.path.join(work, "out", f"{name}.{config}.{run}")
            err = read(base + ".stderr") or ""
            st = (read(base + ".status") or "?").strip()
            if run == 1:
                stdout, status, stderr = read(base + ".stdout"), st, err
            m = KERNEL.search(err)
            if m and st == status:
                walls.append(float(m.group(1)))
                cpus.append(float(m.group(2)))
        return dict(cpu=min(cpus) if cpus else None, wall=min(walls) if walls else None,
                    stdout=stdout, status=status, stderr=stderr)

    for name in args.programs:
        o2, o0, h = best(name, "llcO2"), best(name, "llcO0"), best(name, "hotlink")
        status = "ok"
        if o2["status"] != "0" or o0["stdout"] != o2["stdout"] or o0["status"] != o2["status"]:
            status = f"native runs disagree (status {o2['status']} / {o0['status']})"
        elif h["status"] == "124":
            status = "**failed**: timed out after 300 s"
        elif h["stdout"] != o2["stdout"] or h["status"] != o2["status"]:
            messages = [line for line in h["stderr"].splitlines() if line.startswith("hotlink:")
                        and not line.startswith("hotlink: stats")]
            reason = messages[0] if messages else ("wrong output" if h["status"] == o2["status"]
                                                   else f"exit status {h['status']}")
            status = f"**failed**: {reason} (exit {h['status']})"
        stats = STATS.search(h["stderr"] or "")
        compile_ms = (f"{float(stats.group(1)) + float(stats.group(2)) + float(stats.group(3)):.0f}"
                      if stats else "n/a")
        r0 = h["cpu"] / o0["cpu"] if status == "ok" and h["cpu"] and o0["cpu"] else None
        r2 = h["cpu"] / o2["cpu"] if status == "ok" and h["cpu"] and o2["cpu"] else None
        if status != "ok":
            failures.append(name)
        speed_o0.append(r0)
        speed_o2.append(r2)
        p(f"| {name} | {fmt_s(o2['cpu'])} | {fmt_s(o0['cpu'])} | {fmt_s(h['cpu'] if status == 'ok' else None)} | "
          f"{fmt_s(h['wall'] if status == 'ok' else None)} | {compile_ms} | {fmt_ratio(r0)} | {fmt_ratio(r2)} | "
          f"{status} |")
    counted = len([r for r in speed_o0 if r])
    p(f"| **geometric mean** ({counted} of {len(args.programs)} programs) | | | | | | "
      f"**{fmt_ratio(geomean(speed_o0))}** | **{fmt_ratio(geomean(speed_o2))}** | |")
    p("")
    p("Hotlink compile ms: parse + compile + link from `hotlink run --stats` (C1-only launcher JVM, cold).")
    p("")

    # ---------------------------------------------------------------- start-up
    p("## Start-up: a trivial program")
    p("")
    startup = read(os.path.join(work, "json", "startup.json"))
    if startup:
        results = json.loads(startup)["results"]
        runs = len(results[0]["times"])
        p(f"`examples/hello/hello.ll`, wall time by hyperfine ({runs} runs after 2 warm-up runs).")
        p("")
        p("| command | median wall s | min wall s | max wall s | mean CPU s (user + sys) |")
        p("|---|---:|---:|---:|---:|")
        for r in results:
            command = r["command"].replace(args.root + "/", "")
            p(f"| `{command}` | {r['median']:.3f} | {r['min']:.3f} | {r['max']:.3f} | "
              f"{r['user'] + r['system']:.3f} |")
        if len(results) == 2:
            h, l = results
            p("")
            p(f"Ratio hotlink / lli-19: **{h['median'] / l['median']:.2f}×** (median wall), "
              f"{(h['user'] + h['system']) / (l['user'] + l['system']):.2f}× (CPU).")
    else:
        p("Start-up timing failed (see bench/target/work/hyperfine-startup.err).")
    p("")
    if failures:
        p(f"Programs Hotlink failed on: {', '.join(failures)} (reasons in the status column).")
        p("")
    p("Raw data of the run: bench/target/work (IR, binaries, program outputs, hyperfine JSON).")
    print("\n".join(out))


if __name__ == "__main__":
    main()
