#!/bin/bash
# bench/hotswap/run.sh: hot-swap latency and the cost of a call through an entry stub (issue 3), in one
# warm JVM; prints a Markdown report and writes it to docs/hot-swap-benchmarks.md (unless --quick).
#
#   bench/hotswap/run.sh            full run (one to two minutes on the 2-core build machine)
#   bench/hotswap/run.sh --quick    few repetitions, report printed only (checks the script; figures meaningless)
#
# Needs the Hotlink modules installed in ~/.m2 (`mvn -o -q install -DskipTests` from the root, or per module).
# Compiles bench/hotswap/HotSwapBench.java with javac against the test class path of itests/hotswap (the same
# jars the hot-swap integration tests run), into bench/hotswap/target. Not part of the build or of CI.
set -euo pipefail

bench_dir=$(cd "$(dirname "$0")" && pwd -P)
root=$(dirname "$(dirname "$bench_dir")")
work=$bench_dir/target
quick=0
case ${1:-} in
    --quick) quick=1 ;;
    "") ;;
    -h|--help) sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "run.sh: unknown option $1" >&2; exit 64 ;;
esac

mkdir -p "$work/classes" "$work/jna"
# shellcheck source=../lib/itests-classpath.sh
. "$root/bench/lib/itests-classpath.sh"
itests_classpath "$work" hotswap-bench
# javac warns about the OSGi annotations of the bundle classes, absent here: shown only when it fails.
if ! javac -d "$work/classes" --release 17 -cp "$classpath" "$bench_dir/HotSwapBench.java" 2> "$work/javac.log"; then
    cat "$work/javac.log" >&2
    exit 70
fi

args=()
if [ "$quick" = 1 ]; then
    args+=(--quick)
fi
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
java -Xms512m -Xmx512m --enable-native-access=ALL-UNNAMED -Djna.tmpdir="$work/jna" -XX:+DisplayVMOutputToStderr \
    -cp "$work/classes:$classpath" org.hotlink.bench.hotswap.HotSwapBench "${args[@]}" > "$work/results.md"
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

report=$work/hot-swap-benchmarks.md
{
    echo "# Hot-swap benchmarks"
    echo
    echo "Command: \`bench/hotswap/run.sh\` from the repository root, against the modules installed in ~/.m2"
    echo "(kept out of CI). Run on $(date -u +'%Y-%m-%d %H:%M UTC'):"
    echo "$(nproc)-core $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'),"
    echo "$(java -version 2>&1 | head -1), heap 512 MiB, load average $load_before before and $load_after after"
    echo "(more than $(nproc) means other work shared the cores and the figures are inflated)."
    echo "Method: the comment of \`bench/hotswap/HotSwapBench.java\`."
    echo
    cat "$work/results.md"
    cat <<'NOTES'
### Reading the figures

- Latency is what the caller of `Engine.redefine` waits for: parse, verify, redefinition plan, compile,
  link and the slot store. Freeing the old code (quiescent-state reclamation) happens afterwards on the
  engine's reclaimer thread and is not in it; its CPU use competes with the redefining thread on 2 cores.
- The "CPU time" column is the redefining thread's own CPU time, steadier than wall time on a loaded machine.
- The direct call is what a sealed module's own calls compile to (`hotlink run` adds programs sealed);
  modules that may be redefined call through stubs. The stub adds one `jmp *slot(%rip)`, which the
  CPU predicts perfectly in such a loop; the two figures differ by less than their run-to-run noise
  (code alignment moves them by a few tenths of a nanosecond either way).
NOTES
} > "$report"
cat "$report"
if [ "$quick" = 0 ]; then
    cp "$report" "$root/docs/hot-swap-benchmarks.md"
    echo "hotswap-bench: wrote docs/hot-swap-benchmarks.md" >&2
fi
