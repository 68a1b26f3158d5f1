#!/usr/bin/env python3
"""Latency of `hotlink live`: from a saved file to the new code running (see bench/live/run.sh).

Makes a temporary folder with two modules:
  main.ll   the loop (on the native thread `hotlink live` spawns for @main): every ~1 ms calls @value()
            from value.ll, prints `value=N` and fflushes only when N changed, calls hotlink_quiescent();
            returns 0 when @value() returns a negative number.
  value.ll  `define i32 @value()` returning a constant.
Starts `bin/hotlink live DIR`, waits for `value=0`, then saves value.ll N times, alternating rewrite in
place (open with O_TRUNC, write, close) and write a hidden temporary then rename(2) over value.ll, each
with a new constant. Per edit it measures
  (a) reported: `latency_ms=` of the `hotlink: live redefined value ...` stderr line (from the change being
      seen by the watcher to the new code being live), and
  (b) end-to-end: from the close() (in place) or rename() returning to the program's stdout line with
      the new value being read here (includes inotify, the watcher's debounce, the stable-file reads,
      the redefinition, up to one loop period of the program and the pipe).
Then waits PAUSE ms so edits do not coalesce. One process, one selector loop: each output line is
timestamped (CLOCK_MONOTONIC) when read, without thread hand-offs.
"""
import argparse
import datetime
import os
import re
import selectors
import shutil
import signal
import subprocess
import sys
import tempfile
import time

MAIN_LL = """; main.ll of the live benchmark: calls @value (value.ll) about every 1 ms, prints it when it changes.
@stdout = external global ptr
@format = private unnamed_addr constant [10 x i8] c"value=%d\\0A\\00"

declare i32 @printf(ptr, ...)
declare i32 @fflush(ptr)
declare i32 @usleep(i32)
declare void @hotlink_quiescent()
declare i32 @value()

define i32 @main() {
entry:
  br label %loop

loop:
  %last = phi i32 [ -2147483648, %entry ], [ %current, %next ]
  %current = call i32 @value()
  %stop = icmp slt i32 %current, 0
  br i1 %stop, label %done, label %check

check:
  %changed = icmp ne i32 %current, %last
  br i1 %changed, label %print, label %next

print:
  %printed = call i32 (ptr, ...) @printf(ptr @format, i32 %current)
  %out = load ptr, ptr @stdout
  %flushed = call i32 @fflush(ptr %out)
  br label %next

next:
  call void @hotlink_quiescent()
  %slept = call i32 @usleep(i32 1000)
  br label %loop

done:
  ret i32 0
}
"""


def value_ll(constant, edit):
    return ("; value.ll of the live benchmark, edit %d\n"
            "define i32 @value() {\n"
            "entry:\n"
            "  ret i32 %d\n"
            "}\n") % (edit, constant)


EVENT = re.compile(r"^hotlink: live (added|redefined|removed|failed) (\S+) functions=(\S*) latency_ms=([0-9.]+)$")


class Output:
    """stdout and stderr of the child, read through one selector; every line stamped when read."""

    def __init__(self, process, log):
        self.sel = selectors.DefaultSelector()
        self.buffers = {}
        self.lines = {"stdout": [], "stderr": []}   # (monotonic ns, text)
        self.log = log
        for name, stream in (("stdout", process.stdout), ("stderr", process.stderr)):
            fd = stream.fileno()
            os.set_blocking(fd, False)
            self.sel.register(fd, selectors.EVENT_READ, name)
            self.buffers[name] = b""
        self.open = 2

    def pump(self, timeout):
        """Reads what is available, waiting up to timeout seconds for something; False once both ended."""
        if self.open == 0:
            time.sleep(timeout)
            return False
        for key, _ in self.sel.select(timeout):
            now = time.monotonic_ns()
            name = key.data
            try:
                data = os.read(key.fd, 65536)
            except BlockingIOError:
                continue
            if not data:
                self.sel.unregister(key.fd)
                self.open -= 1
                continue
            buffer = self.buffers[name] + data
            *complete, rest = buffer.split(b"\n")
            self.buffers[name] = rest
            for raw in complete:
                text = raw.decode("utf-8", "replace")
                self.lines[name].append((now, text))
                self.log.write("%.3f %s %s\n" % (now / 1e6, name, text))
        return self.open > 0

    def wait_for(self, name, start, predicate, deadline_ns):
        """Index of the first line of `name` at or after `start` matching, or None at the deadline."""
        index = start
        while True:
            lines = self.lines[name]
            while index < len(lines):
                if predicate(lines[index][1]):
                    return index
                index += 1
            left = deadline_ns - time.monotonic_ns()
            if left <= 0:
                return None
            if not self.pump(min(left / 1e9, 0.5)) and self.open == 0 and index >= len(self.lines[name]):
                return None


def percentile(sorted_values, p):
    """Nearest-rank percentile."""
    if not sorted_values:
        return float("nan")
    rank = max(1, -(-p * len(sorted_values) // 100))
    return sorted_values[int(rank) - 1]


def loadavg():
    with open("/proc/loadavg") as f:
        return " ".join(f.read().split()[:3])


def cpu_pressure():
    """`some avg10 avg60` of /proc/pressure/cpu: the share of time some runnable task waited for a core."""
    try:
        with open("/proc/pressure/cpu") as f:
            fields = dict(kv.split("=") for kv in f.readline().split()[1:])
        return "%s%% (10 s), %s%% (60 s)" % (fields["avg10"], fields["avg60"])
    except (OSError, KeyError, ValueError):
        return "unavailable"


def write_in_place(path, text):
    """(clock before open, clock after close returned): the watcher may see the file from the open on."""
    before = time.monotonic_ns()
    fd = os.open(path, os.O_WRONLY | os.O_TRUNC | os.O_CREAT, 0o644)
    try:
        os.write(fd, text.encode())
    finally:
        os.close(fd)
    return before, time.monotonic_ns()


def write_by_rename(path, text):
    temporary = os.path.join(os.path.dirname(path), "." + os.path.basename(path) + ".tmp")
    with open(temporary, "w") as f:
        f.write(text)
    before = time.monotonic_ns()
    os.rename(temporary, path)
    return before, time.monotonic_ns()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--hotlink", required=True, help="bin/hotlink")
    parser.add_argument("--edits", type=int, default=100)
    parser.add_argument("--pause-ms", type=float, default=50.0)
    parser.add_argument("--start-timeout", type=float, default=240.0)
    parser.add_argument("--edit-timeout", type=float, default=15.0)
    parser.add_argument("--log", required=True, help="file for every output line, stamped")
    parser.add_argument("--results", required=True, help="Markdown fragment with the tables")
    args = parser.parse_args()

    ncores = os.cpu_count() or 1
    load_start = loadavg()
    pressure_start = cpu_pressure()
    folder = tempfile.mkdtemp(prefix="hotlink-live-bench-")
    with open(os.path.join(folder, "main.ll"), "w") as f:
        f.write(MAIN_LL)
    value_path = os.path.join(folder, "value.ll")
    with open(value_path, "w") as f:
        f.write(value_ll(0, 0))

    log = open(args.log, "w")
    started = time.monotonic_ns()
    process = subprocess.Popen([args.hotlink, "live", folder], stdin=subprocess.DEVNULL,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
    out = Output(process, log)
    samples = []       # dicts per edit
    problems = []
    gc_log = os.path.splitext(args.log)[0] + "-gc.log"
    gc_logging = False
    status = None
    try:
        first = out.wait_for("stdout", 0, lambda l: l == "value=0",
                             started + int(args.start_timeout * 1e9))
        if first is None:
            out.pump(0.5)
            tail = "\n".join(l for _, l in out.lines["stderr"][-30:])
            print("live-bench: `hotlink live` did not print value=0 within %.0f s (exit %s); stderr:\n%s"
                  % (args.start_timeout, process.poll(), tail), file=sys.stderr)
            return 70
        startup_s = (out.lines["stdout"][first][0] - started) / 1e9
        gc_logging = enable_gc_log(process.pid, gc_log)
        print("live-bench: running after %.1f s; %d edits" % (startup_s, args.edits), file=sys.stderr)
        out_index = first + 1
        err_index = len(out.lines["stderr"])
        time.sleep(args.pause_ms / 1000)
        out.pump(0)
        for edit in range(1, args.edits + 1):
            constant = edit
            mode = "in place" if edit % 2 == 1 else "rename"
            text = value_ll(constant, edit)
            err_index = len(out.lines["stderr"])
            out_index = len(out.lines["stdout"])
            before, written = (write_in_place if mode == "in place" else write_by_rename)(value_path, text)
            # A save that took long (open to close; the rename call alone) means this process was
            # descheduled in it (the woken watcher thread may preempt it): its end-to-end figure is then
            # too small by up to that much.
            save_ms = (written - before) / 1e6
            deadline = written + int(args.edit_timeout * 1e9)
            expected = "value=%d" % constant
            seen = out.wait_for("stdout", out_index, lambda l: l == expected, deadline)
            event = out.wait_for("stderr", err_index,
                                 lambda l: EVENT.match(l) is not None and EVENT.match(l).group(2) == "value",
                                 deadline)
            sample = {"edit": edit, "mode": mode, "e2e": None, "reported": None, "kind": None, "save": save_ms,
                      "written": written, "shown": None}
            if seen is not None:
                sample["shown"] = out.lines["stdout"][seen][0]
                sample["e2e"] = (sample["shown"] - written) / 1e6
                others = [l for _, l in out.lines["stdout"][out_index:seen]]
                if others:
                    problems.append("edit %d: stdout before %s: %s" % (edit, expected, others))
            if event is not None:
                match = EVENT.match(out.lines["stderr"][event][1])
                sample["kind"] = match.group(1)
                sample["reported"] = float(match.group(4))
                if match.group(1) != "redefined":
                    problems.append("edit %d (%s): %s" % (edit, mode, out.lines["stderr"][event][1]))
            if seen is None or event is None:
                problems.append("edit %d (%s): no %s within %.0f s" % (
                    edit, mode, " and no ".join(w for w, i in (("new value", seen), ("event line", event))
                                                if i is None), args.edit_timeout))
            # The pause, while still reading: late or duplicate events of this edit show up here.
            pause_end = time.monotonic_ns() + int(args.pause_ms * 1e6)
            while time.monotonic_ns() < pause_end:
                out.pump(max(0.0, (pause_end - time.monotonic_ns()) / 1e9))
            extra_events = [l for _, l in out.lines["stderr"][(event + 1 if event is not None else err_index):]
                            if l.startswith("hotlink:")]
            if extra_events:
                problems.append("edit %d (%s): more stderr after the event: %s" % (edit, mode, extra_events))
            extra_out = [l for _, l in out.lines["stdout"][(seen + 1 if seen is not None else out_index):]]
            if extra_out:
                problems.append("edit %d (%s): more stdout after the value: %s" % (edit, mode, extra_out))
            samples.append(sample)
            if process.poll() is not None:
                problems.append("edit %d: hotlink live ended with status %s" % (edit, process.returncode))
                break
            if edit % 10 == 0:
                print("live-bench: %d edits done" % edit, file=sys.stderr)
        # Stop the program: @value() < 0 makes @main return 0, the exit status of `hotlink live`.
        write_by_rename(value_path, value_ll(-1, args.edits + 1))
        end = time.monotonic_ns() + 30 * 10**9
        while process.poll() is None and time.monotonic_ns() < end:
            out.pump(0.2)
        status = process.poll()
        out.pump(0.2)
        if status is None:
            problems.append("hotlink live did not exit within 30 s after @value returned -1")
        elif status != 0:
            problems.append("hotlink live exited with status %d after @value returned -1 (expected 0)" % status)
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
        log.close()
        for name in ("main.ll", "value.ll", ".value.ll.tmp"):
            try:
                os.remove(os.path.join(folder, name))
            except FileNotFoundError:
                pass
        os.rmdir(folder)
    load_end = loadavg()
    pressure_end = cpu_pressure()

    pauses = read_gc_pauses(gc_log) if gc_logging else None
    report = render(samples, problems, (load_start, pressure_start), (load_end, pressure_end), ncores, startup_s,
                    args, status, pauses)
    with open(args.results, "w") as f:
        f.write(report)
    print(report)
    return 0 if samples and all(s["e2e"] is not None and s["reported"] is not None for s in samples) else 1


def java_tool(name):
    home = os.environ.get("JAVA_HOME")
    if home and os.access(os.path.join(home, "bin", name), os.X_OK):
        return os.path.join(home, "bin", name)
    java = shutil.which("java")
    if java:
        candidate = os.path.join(os.path.dirname(os.path.realpath(java)), name)
        if os.access(candidate, os.X_OK):
            return candidate
    return shutil.which(name)


def enable_gc_log(pid, path):
    """Asks the running JVM (bin/hotlink execs java, so pid is the JVM) to log GC pauses with CLOCK_MONOTONIC
    stamps, through `jcmd PID VM.log`; bin/hotlink starts it with -Xlog:disable, so this is the only way in.
    Best effort: False when jcmd is missing or the attach fails (the report then says so)."""
    jcmd = java_tool("jcmd")
    try:
        with open("/proc/%d/comm" % pid) as f:
            if f.read().strip() != "java":
                return False
    except OSError:
        return False
    if not jcmd:
        return False
    # The JVM keeps an existing log file as PATH.0, PATH.1, ...: start from none.
    for old in [path] + ["%s.%d" % (path, i) for i in range(10)]:
        try:
            os.remove(old)
        except FileNotFoundError:
            pass
    try:
        result = subprocess.run([jcmd, str(pid), "VM.log", "output=" + path, "what=gc", "decorators=timenanos"],
                                stdin=subprocess.DEVNULL, capture_output=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired):
        return False
    return result.returncode == 0 and b"successfully" in result.stdout


GC_PAUSE = re.compile(r"^\[(\d+)ns\] GC\(\d+\) (Pause .*) ([0-9.]+)ms$")


def read_gc_pauses(path):
    """(start ns, end ns, description) of each GC pause logged; timenanos is the JVM's CLOCK_MONOTONIC."""
    pauses = []
    try:
        with open(path) as f:
            for line in f:
                m = GC_PAUSE.match(line.strip())
                if m:
                    end = int(m.group(1))
                    pauses.append((end - int(float(m.group(3)) * 1e6), end, "%s %sms" % (m.group(2), m.group(3))))
    except OSError:
        return None
    return pauses


def stats(values):
    values = sorted(v for v in values if v is not None)
    if not values:
        return None
    return {"n": len(values), "p50": percentile(values, 50), "p90": percentile(values, 90),
            "p99": percentile(values, 99), "max": values[-1], "min": values[0]}


def fmt(v):
    return "%.1f" % v


def render(samples, problems, load_start, load_end, ncores, startup_s, args, status, pauses):
    lines = []
    warm = samples[1:]
    descheduled = [s for s in warm if s["save"] > 2.0]
    first = samples[0] if samples else None
    lines.append("| measurement (ms) | edits | p50 | p90 | p99 | max | min | first (cold) edit |")
    lines.append("|---|---|---|---|---|---|---|---|")
    rows = [("reported `latency_ms` (seen → live)", "reported", warm),
            ("end to end (write/rename returns → new value on stdout)", "e2e", warm),
            ("end to end, minus reported", "gap", warm),
            ("end to end, excluding the edits where saving took > 2 ms here (%d)" % len(descheduled), "e2e",
             [s for s in warm if s["save"] <= 2.0])]
    for s in samples:
        s["gap"] = s["e2e"] - s["reported"] if s["e2e"] is not None and s["reported"] is not None else None
    for label, key, group in rows:
        st = stats([s[key] for s in group])
        cold = fmt(first[key]) if first and first[key] is not None else "–"
        if st is None:
            lines.append("| %s | 0 | – | – | – | – | – | %s |" % (label, cold))
        else:
            lines.append("| %s | %d | %s | %s | %s | %s | %s | %s |" % (
                label, st["n"], fmt(st["p50"]), fmt(st["p90"]), fmt(st["p99"]), fmt(st["max"]),
                fmt(st["min"]), cold))
    lines.append("")
    lines.append("By way of saving (edits 2 to %d; p50 / p90 / max, ms):" % len(samples))
    lines.append("")
    lines.append("| saved by | edits | reported | end to end |")
    lines.append("|---|---|---|---|")
    for mode in ("in place", "rename"):
        group = [s for s in warm if s["mode"] == mode]
        r, e = stats([s["reported"] for s in group]), stats([s["e2e"] for s in group])
        cell = lambda st: "%s / %s / %s" % (fmt(st["p50"]), fmt(st["p90"]), fmt(st["max"])) if st else "–"
        lines.append("| %s | %d | %s | %s |" % (mode, len(group), cell(r), cell(e)))
    lines.append("")
    target = stats([s["e2e"] for s in warm])
    met = target is not None and target["p50"] < 20.0
    lines.append("Target (issue): file change to new code live, p50 under 20 ms: end-to-end p50 %s ms, reported p50 %s ms: **%s**."
                 % (fmt(target["p50"]) if target else "–",
                    fmt(stats([s["reported"] for s in warm])["p50"]) if stats([s["reported"] for s in warm]) else "–",
                    "met" if met else "missed"))
    lines.append("")
    lines.append("Edits: %d (%d warm, plus the first, cold, shown apart; it is not in the percentiles). "
                 "Pause after each new value: %.0f ms. Start-up of `hotlink live` to the first output: %.1f s. "
                 "Exit status after the stop edit: %s." % (len(samples), len(warm), args.pause_ms, startup_s,
                                                           status if status is not None else "none (killed)"))
    lines.append("")
    lines.append("Load average (1, 5, 15 min) at start: %s; at end: %s; cores: %d. CPU pressure (`/proc/pressure/cpu`, "
                 "time some runnable task waited for a core) at start: %s; at end: %s."
                 % (load_start[0], load_end[0], ncores, load_start[1], load_end[1]))
    lines.append("")
    lines.append("This benchmark's own scheduling: in %d of %d warm edits the save took more than 2 ms of wall time here (timed from open to close in place, and around the rename call alone otherwise), i.e. this process was descheduled "
                 "while saving (often right after the rename, when the woken watcher thread preempts it); the "
                 "end-to-end figure of such an edit is too small by up to that much (sometimes near 0), and "
                 "the row without them shows what that does to the figures. Longest: %s ms."
                 % (len(descheduled), len(warm),
                    fmt(max((s["save"] for s in warm), default=0.0))))
    lines.append("")
    if pauses is None:
        lines.append("GC pauses: not recorded (`jcmd ... VM.log` was unavailable or failed).")
    else:
        if samples:
            t0, t1 = samples[0]["written"], max(s["shown"] or s["written"] for s in samples)
            during = [p for p in pauses if p[1] >= t0 and p[0] <= t1]
        else:
            during = []
        hit = []
        for s in samples:
            if s["shown"] is None:
                continue
            overlapping = [p for p in pauses if p[1] >= s["written"] and p[0] <= s["shown"]]
            if overlapping:
                hit.append("edit %d: end to end %s ms, reported %s ms, during %s" % (
                    s["edit"], fmt(s["e2e"]), fmt(s["reported"]) if s["reported"] is not None else "–",
                    "; ".join(p[2] for p in overlapping)))
        lines.append("GC pauses of the `hotlink live` JVM (logged through `jcmd PID VM.log what=gc`) during "
                     "the edits: %d, %s ms in all, longest %s ms; edits whose save-to-new-value interval "
                     "overlapped one: %d%s" % (
                         len(during), fmt(sum((p[1] - p[0]) / 1e6 for p in during)),
                         fmt(max(((p[1] - p[0]) / 1e6 for p in during), default=0.0)), len(hit),
                         "." if not hit else ":"))
        lines.append("")
        for h in hit:
            lines.append("- " + h)
        if hit:
            lines.append("")
    if problems:
        lines.append("Anomalies seen during the run (%d):" % len(problems))
        lines.append("")
        for p in problems[:40]:
            lines.append("- %s" % p.replace("|", "\\|"))
        if len(problems) > 40:
            lines.append("- ... and %d more (see the log)" % (len(problems) - 40))
    else:
        lines.append("Anomalies: none (every edit gave exactly one `redefined` line and one new value, in order).")
    lines.append("")
    lines.append("Per edit (ms): " + ", ".join(
        "%d%s %s/%s" % (s["edit"], "i" if s["mode"] == "in place" else "r",
                        fmt(s["reported"]) if s["reported"] is not None else "–",
                        fmt(s["e2e"]) if s["e2e"] is not None else "–") for s in samples)
                 + " (i = in place, r = rename; reported/end-to-end).")
    lines.append("")
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
