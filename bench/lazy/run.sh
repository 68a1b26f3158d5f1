#!/bin/bash
# bench/lazy/run.sh: lazy against eager compilation on a module of 5,000 C functions of which ten run;
# prints a Markdown report and writes it to docs/lazy-benchmark.md (unless --quick).
#
#   bench/lazy/run.sh            full run (several minutes on the 2-core build machine)
#   bench/lazy/run.sh --quick    few repetitions, report printed only (checks the script; figures meaningless)
#
# Needs the Hotlink modules installed in ~/.m2 (`mvn -o -q install -DskipTests` from the root), bin/hotlink
# built (bundles/launcher/target/hotlink), clang-19 and lli-19; hyperfine when present (bench/install-bench-tools.sh).
# Generates bench/lazy/target/many.c (bench/lazy/gen-many.sh) and many.ll (clang-19 -O0), compiles
# bench/lazy/LazyBench.java with javac against the test class path of itests/hotswap and runs it (in-process
# figures), then times bin/hotlink and lli-19 as whole processes. Not part of the build or of CI.
set -euo pipefail

bench_dir=$(cd "$(dirname "$0")" && pwd -P)
root=$(dirname "$(dirname "$bench_dir")")
work=$bench_dir/target
functions=5000
quick=0
case ${1:-} in
    --quick) quick=1 ;;
    "") ;;
    -h|--help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "run.sh: unknown option $1" >&2; exit 64 ;;
esac
if [ "$quick" = 1 ]; then
    process_runs=2
    process_warmup=0
else
    process_runs=5
    process_warmup=1
fi
hotlink=$root/bin/hotlink
for tool in clang-19 lli-19 javac java; do
    if ! command -v "$tool" > /dev/null 2>&1; then
        echo "lazy-bench: $tool not found (bench/install-bench-tools.sh installs the tools)" >&2
        exit 70
    fi
done
if [ ! -f "$root/bundles/launcher/target/hotlink/lib/hotlink-launcher.jar" ]; then
    echo "lazy-bench: bin/hotlink is not built (mvn -o -q install -DskipTests)" >&2
    exit 70
fi

mkdir -p "$work/classes" "$work/jna"

# ---- the programs ----
echo "lazy-bench: generating many.c ($functions functions) and compiling it with clang-19 -O0" >&2
"$bench_dir/gen-many.sh" "$functions" "$work/many.c"
clang-19 -O0 -S -emit-llvm -o "$work/many.ll.tmp" "$work/many.c"
mv "$work/many.ll.tmp" "$work/many.ll"
printf 'int main(void) {\n    return 0;\n}\n' > "$work/trivial.c"
clang-19 -O0 -S -emit-llvm -o "$work/trivial.ll" "$work/trivial.c"
clang-19 -O0 -o "$work/many-native" "$work/many.c"
expected=$("$work/many-native")

# ---- the in-process part (LazyBench.java) ----
# shellcheck source=../lib/itests-classpath.sh
. "$root/bench/lib/itests-classpath.sh"
itests_classpath "$work" lazy-bench
# javac warns about the OSGi annotations of the bundle classes, absent here: shown only when it fails.
rm -rf "$work/classes" && mkdir -p "$work/classes"
if ! javac -d "$work/classes" --release 17 -cp "$classpath" "$bench_dir/LazyBench.java" 2> "$work/javac.log"; then
    cat "$work/javac.log" >&2
    exit 70
fi

args=(--ll "$work/many.ll")
if [ "$quick" = 1 ]; then
    args+=(--quick)
fi
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
java -Xms1g -Xmx1g --enable-native-access=ALL-UNNAMED -Djna.tmpdir="$work/jna" -XX:+DisplayVMOutputToStderr \
    -cp "$work/classes:$classpath" org.hotlink.bench.lazy.LazyBench "${args[@]}" > "$work/results.md"

# ---- the command line: compile statistics ----
median() { # numbers on stdin, one a line -> the median (lower middle for an even count)
    sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print "n/a"; else print v[int((NR + 1) / 2)] }'
}
stat_field() { # FIELD FILE -> the value of FIELD= on the stats lines of FILE
    grep -o "hotlink: stats .*" "$2" | grep -o "$1=[0-9.]*" | cut -d= -f2
}
: > "$work/stats-eager.txt"
: > "$work/stats-lazy.txt"
for run in $(seq "$process_runs"); do
    for mode in eager lazy; do
        flags=(--stats)
        [ "$mode" = lazy ] && flags+=(--lazy)
        echo "lazy-bench: hotlink run ${flags[*]} many.ll ($run/$process_runs)" >&2
        out=$("$hotlink" run "${flags[@]}" "$work/many.ll" 2> "$work/stats.err")
        if [ "$out" != "$expected" ]; then
            echo "lazy-bench: hotlink run ${flags[*]} many.ll printed '$out', not '$expected'" >&2
            cat "$work/stats.err" >&2
            exit 70
        fi
        grep "hotlink: stats" "$work/stats.err" >> "$work/stats-$mode.txt"
    done
done
{
    echo "### Compile time through the command line"
    echo
    echo "\`bin/hotlink run --stats many.ll\` and \`bin/hotlink run --lazy --stats many.ll\` (a fresh JVM each, so"
    echo "cold code), $process_runs runs each, alternating; medians of the \`hotlink: stats\` line on stderr."
    echo
    echo "| command | compile_ms | parse_ms | link_ms | functions_compiled | code_bytes |"
    echo "|---|---|---|---|---|---|"
    for mode in eager lazy; do
        file=$work/stats-$mode.txt
        label="\`hotlink run --stats\`"
        [ "$mode" = lazy ] && label="\`hotlink run --lazy --stats\`"
        echo "| $label | $(stat_field compile_ms "$file" | median) | $(stat_field parse_ms "$file" | median)" \
            "| $(stat_field link_ms "$file" | median) | $(stat_field functions_compiled "$file" | median)" \
            "| $(stat_field code_bytes "$file" | median) |"
    done
    eager_compile=$(stat_field compile_ms "$work/stats-eager.txt" | median)
    lazy_compile=$(stat_field compile_ms "$work/stats-lazy.txt" | median)
    echo
    echo "Eager / lazy compile_ms: **$(awk -v e="$eager_compile" -v l="$lazy_compile" \
        'BEGIN { if (l > 0) printf "%.1fx", e / l; else print "n/a" }')** (both in a cold JVM: the compiler's"
    echo "own Java code is not JIT-compiled yet; lazy counts main, run10 and the ten functions)."
    echo
} > "$work/cli.md"

# ---- whole processes: wall time ----
# Each entry: a label, then the command.
commands=(
    "lli-19 (MCJIT, eager) many.ll" "lli-19 $work/many.ll"
    "lli-19 -jit-kind=orc-lazy many.ll" "lli-19 -jit-kind=orc-lazy $work/many.ll"
    "lli-19 -jit-kind=orc-lazy trivial.ll (fixed start-up)" "lli-19 -jit-kind=orc-lazy $work/trivial.ll"
    "hotlink run many.ll (eager)" "$hotlink run $work/many.ll"
    "hotlink run --lazy many.ll" "$hotlink run --lazy $work/many.ll"
    "hotlink run --lazy trivial.ll (fixed start-up)" "$hotlink run --lazy $work/trivial.ll"
    "native (clang-19 -O0 many.c)" "$work/many-native"
)
wall_rows=()
if command -v hyperfine > /dev/null 2>&1; then
    timer="hyperfine $(hyperfine --version | cut -d' ' -f2), $process_warmup warm-up + $process_runs runs, --shell=none"
else
    timer="a timing loop in run.sh (hyperfine not installed), $process_runs runs"
fi
for ((i = 0; i < ${#commands[@]}; i += 2)); do
    label=${commands[i]}
    command=${commands[i + 1]}
    # Checked once (untimed): the program prints what the native build prints.
    out=$($command 2> "$work/check.err") || { echo "lazy-bench: '$command' failed" >&2; cat "$work/check.err" >&2; exit 70; }
    case $label in
        *trivial*) want= ;;
        *) want=$expected ;;
    esac
    if [ "$out" != "$want" ]; then
        echo "lazy-bench: '$command' printed '$out', not '$want'" >&2
        exit 70
    fi
    echo "lazy-bench: timing $label" >&2
    if command -v hyperfine > /dev/null 2>&1; then
        hyperfine --shell=none --style=none --warmup "$process_warmup" --runs "$process_runs" \
            --export-csv "$work/hyperfine.csv" "$command" > /dev/null
        # command,mean,stddev,median,user,system,min,max (seconds)
        row=$(awk -F, 'NR == 2 { printf "%.0f ms | %.0f ms | %.0f ms", $4 * 1000, $7 * 1000, ($5 + $6) * 1000 }' \
            "$work/hyperfine.csv")
    else
        : > "$work/times.txt"
        for run in $(seq "$process_runs"); do
            start=$(date +%s%N)
            $command > /dev/null 2>&1
            echo $(( ($(date +%s%N) - start) / 1000000 )) >> "$work/times.txt"
        done
        row="$(median < "$work/times.txt") ms | $(sort -g "$work/times.txt" | head -1) ms | n/a"
    fi
    wall_rows+=("| $label | $row |")
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
{
    echo "### Whole processes: wall time"
    echo
    echo "Each command as a process, timed with $timer; the output is checked"
    echo "once against the native build's ($expected). Wall time includes the JVM start for hotlink and the"
    echo "reading, parsing and verifying of the whole module for every JIT."
    echo
    echo "| command | median wall | min wall | user + sys (mean) |"
    echo "|---|---|---|---|"
    printf '%s\n' "${wall_rows[@]}"
    echo
} > "$work/wall.md"

report=$work/lazy-benchmark.md
{
    echo "# Lazy compilation benchmark"
    echo
    echo "Command: \`bench/lazy/run.sh$([ "$quick" = 1 ] && echo ' --quick')\` from the repository root, against the"
    echo "modules installed in ~/.m2 and bin/hotlink (kept out of CI). Run on $(date -u +'%Y-%m-%d %H:%M UTC'):"
    echo "$(nproc)-core $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'),"
    echo "$(java -version 2>&1 | head -1), heap 1 GiB (in-process part), $(lli-19 --version | grep -m1 -o 'LLVM version [0-9.]*'),"
    echo "load average $load_before before and $load_after after"
    echo "(more than $(nproc) means other work shared the cores and the figures are inflated)."
    echo "Method: the comments of \`bench/lazy/LazyBench.java\` and \`bench/lazy/run.sh\`."
    echo
    echo "The program: \`bench/lazy/gen-many.sh $functions\` writes a C file of $functions functions"
    echo "\`int fN(int x) { return x * (N % 97 + 1) + (x ^ N) - N % 13; }\`, an \`int run10(void)\` summing ten"
    echo "of them (f0, f500, ..., which call nothing) and a \`main\` printing run10's result; \`clang-19 -O0 -S -emit-llvm\`"
    echo "makes many.ll ($(wc -c < "$work/many.ll") bytes)."
    echo
    if [ "$quick" = 1 ]; then
        echo "**--quick run: few repetitions, the figures only check the script.**"
        echo
    fi
    cat "$work/results.md"
    cat "$work/cli.md"
    cat "$work/wall.md"
    cat <<'NOTES'
### Reading the figures

- In lazy mode `addModule` already counts some compile time with no function compiled: the back-end's
  lazy pass emits the module's data, a lazy definition per function and the references of every declared
  name. The lazy compile_ms after the first `run10` is that pass plus the functions run10 reaches.
- In lazy mode `addModule` still parses and verifies the whole module and places its data and stubs; what
  it skips is code generation for the functions never called. So the time to first result falls less
  than the compile time does: parsing the 5,000 functions remains.
- The first call of a lazy function pays the trampoline (saving and restoring the argument registers),
  the JNA callback into the JVM, compiling and linking that one function and the slot store; every later
  call goes through the same entry stub as in an eager module, which is why the lazy and eager loops cost
  the same per call.
- lli-19 -jit-kind=orc-lazy compiles per function too (through ORC's lazy reexports); its fixed start-up
  (trivial.ll) and hotlink's (a JVM start) are shown so the rest can be compared.
NOTES
} > "$report"
cat "$report"
if [ "$quick" = 0 ]; then
    cp "$report" "$root/docs/lazy-benchmark.md"
    echo "lazy-bench: wrote docs/lazy-benchmark.md" >&2
fi
