#!/bin/bash
# bench/run.sh: measures Hotlink against LLVM's own tools on the same .ll files, in one run, and prints
# a Markdown table of the figures and ratios (written to docs/benchmarks.md too, unless --quick).
#
#   bench/run.sh            full run (5 to 10 minutes on the 2-core build machine)
#   bench/run.sh --quick    small scales and few repetitions, for checking the script (figures meaningless)
#
# Options: --quick, --write (write docs/benchmarks.md also in quick mode), --no-write, --runs N (timed runs
# per configuration), --only NAME (one program, repeatable).
# Needs the distribution built by `mvn -o -q install -DskipTests` (bundles/launcher/target/hotlink); the
# harness is built here with `mvn -o -q -f bench/pom.xml compile`. Nothing of this runs in CI.
#
# What is measured (details in docs/benchmarks.md):
# 1. compile throughput: bench/programs/*.c at -O0 and at -O2 (no vectorizers) as IR; Hotlink inside one
#    warmed-up JVM (org.hotlink.bench.CompileThroughput, figures from EngineStatistics) against
#    `llc-19 -O0 -filetype=obj` (and -O2) timed by hyperfine, with llc's time on an empty module subtracted;
# 2. generated code: each program's -O2 IR under `bin/hotlink run` against the same IR compiled by llc-19 -O0
#    and -O2 and linked by clang-19; the programs time their own kernel (bench_timer.h) so start-up and
#    compilation are excluded; outputs must match the native run;
# 3. start-up: `bin/hotlink run` against `lli-19` on examples/hello/hello.ll, median wall time.
set -euo pipefail

bench_dir=$(cd "$(dirname "$0")" && pwd -P)
root=$(dirname "$bench_dir")
work=$bench_dir/target/work
quick=0
write=1
write_forced=0
runs=""
only=()
while [ $# -gt 0 ]; do
    case $1 in
        --quick) quick=1 ;;
        --write) write_forced=1 ;;
        --no-write) write=0 ;;
        --runs) runs=$2; shift ;;
        --only) only+=("$2"); shift ;;
        -h|--help) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "run.sh: unknown option $1" >&2; exit 64 ;;
    esac
    shift
done
if [ "$quick" = 1 ] && [ "$write_forced" = 0 ]; then
    write=0
fi
if [ "$quick" = 1 ]; then
    runs=${runs:-1}; llc_runs=3; startup_runs=3; warmup_cpu_s=1; measure_s=0.5
else
    runs=${runs:-3}; llc_runs=10; startup_runs=10; warmup_cpu_s=60; measure_s=5
fi

log() { echo "bench: $*" >&2; }

"$bench_dir/install-bench-tools.sh"
dist=$root/bundles/launcher/target/hotlink
hotlink=$root/bin/hotlink
if [ ! -f "$dist/lib/hotlink-api.jar" ]; then
    echo "bench: Hotlink is not built; run: mvn -o -q install -DskipTests" >&2
    exit 70
fi

# The scale each program gets in quick mode (the defaults in the sources run 0.5 to 2 s natively at -O2).
quick_scale() {
    case $1 in
        fib) echo 30 ;; hash) echo 2 ;; interp) echo 1 ;; matmul) echo 10 ;; nbody) echo 400000 ;;
        sieve) echo 5 ;; sort) echo 1 ;; strings) echo 8 ;; *) echo "" ;;
    esac
}

# A checksum of the distribution's jars: others may reinstall it while this runs, which would mix builds.
dist_stamp() { cat "$dist"/bundles/*.jar "$dist"/lib/*.jar | cksum | cut -d' ' -f1; }
dist_start=$(dist_stamp)
dist_built=$(date -u -r "$(ls -t "$dist"/bundles/*.jar | head -1)" +"%Y-%m-%d %H:%M UTC")

rm -rf "$work"
mkdir -p "$work/ir" "$work/bin" "$work/out" "$work/json"
start_load=$(cut -d' ' -f1-3 /proc/loadavg)

# ---------------------------------------------------------------- inputs
programs=()
for source in "$bench_dir"/programs/*.c; do
    name=$(basename "$source" .c)
    if [ ${#only[@]} -gt 0 ] && [[ ! " ${only[*]} " == *" $name "* ]]; then
        continue
    fi
    programs+=("$name")
done
log "programs: ${programs[*]}"
for name in "${programs[@]}"; do
    source=$bench_dir/programs/$name.c
    clang-19 -S -emit-llvm -O0 -o "$work/ir/$name.O0.ll" "$source"
    clang-19 -S -emit-llvm -O2 -fno-vectorize -fno-slp-vectorize -o "$work/ir/$name.O2.ll" "$source"
    for level in O0 O2; do
        llc-19 -$level -filetype=obj -o "$work/bin/$name.llc$level.o" "$work/ir/$name.O2.ll"
        clang-19 -no-pie -o "$work/bin/$name.llc$level" "$work/bin/$name.llc$level.o" -lm
    done
done
# One larger module for compile throughput, where llc's time is well above its start-up noise: every
# program with its main renamed (static symbols are renamed by llvm-link), plus a driver main that only
# references them. Compiled and timed, never run.
mkdir -p "$work/ir/link"
driver=$work/ir/link/driver.c
: > "$driver"
for name in "${programs[@]}"; do echo "int bench_main_$name(int, char **);" >> "$driver"; done
echo "int main(int argc, char **argv) { int status = 0;" >> "$driver"
for name in "${programs[@]}"; do echo "  status += bench_main_$name(argc, argv);" >> "$driver"; done
echo "  return status; }" >> "$driver"
for level in O0 O2; do
    flags=(-O0)
    [ "$level" = O2 ] && flags=(-O2 -fno-vectorize -fno-slp-vectorize)
    clang-19 -S -emit-llvm "${flags[@]}" -o "$work/ir/link/driver.$level.ll" "$driver"
    for name in "${programs[@]}"; do
        clang-19 -S -emit-llvm "${flags[@]}" -Dmain="bench_main_$name" -o "$work/ir/link/$name.$level.ll" \
            "$bench_dir/programs/$name.c"
    done
done
for level in O0 O2; do
    files=()
    for name in "${programs[@]}"; do files+=("$work/ir/link/$name.$level.ll"); done
    llvm-link-19 -S -o "$work/ir/all.$level.ll" "$work/ir/link/driver.$level.ll" "${files[@]}"
done
# The largest module: the C test corpus (itests/corpus, 77 programs of every feature the back-end
# handles) in one module, mains renamed as above; llc takes several times its start-up time on it.
mkdir -p "$work/ir/corpus"
for level in O0 O2; do
    flags=(-O0)
    [ "$level" = O2 ] && flags=(-O2 -fno-vectorize -fno-slp-vectorize)
    files=()
    for source in "$root"/itests/corpus/src/test/c/*.c; do
        name=$(basename "$source" .c)
        clang-19 -S -emit-llvm "${flags[@]}" -Dmain="corpus_main_$name" -o "$work/ir/corpus/$name.$level.ll" "$source"
        files+=("$work/ir/corpus/$name.$level.ll")
    done
    llvm-link-19 -S -o "$work/ir/corpus.$level.ll" "${files[@]}"
done
printf '' > "$work/empty.c"
clang-19 -S -emit-llvm -O0 -o "$work/ir/empty.ll" "$work/empty.c"

# ---------------------------------------------------------------- 1. compile throughput
log "building the harness"
(cd "$root" && mvn -o -q -f bench/pom.xml compile)
classpath=$bench_dir/target/classes
for jar in "$dist"/bundles/*.jar; do classpath=$classpath:$jar; done
classpath=$classpath:$dist/lib/hotlink-api.jar
throughput_files=("$work/ir/corpus.O0.ll" "$work/ir/corpus.O2.ll" "$work/ir/all.O0.ll" "$work/ir/all.O2.ll")
for name in "${programs[@]}"; do
    throughput_files+=("$work/ir/$name.O0.ll" "$work/ir/$name.O2.ll")
done
log "compile throughput: Hotlink (warm-up ${warmup_cpu_s} CPU s, then ${measure_s} s per file)"
java -Xms512m -Xmx1g --enable-native-access=ALL-UNNAMED -Djna.tmpdir="$work/jna" -XX:+DisplayVMOutputToStderr \
    -cp "$classpath" org.hotlink.bench.CompileThroughput "$warmup_cpu_s" "$measure_s" "${throughput_files[@]}" \
    > "$work/hotlink-compile.tsv" 2> "$work/hotlink-compile.err" || {
        log "compile-throughput harness failed:"; tail -20 "$work/hotlink-compile.err" >&2; }

log "compile throughput: llc-19 -O0 and -O2 ($llc_runs runs each, hyperfine)"
llc_commands=()
for file in "$work/ir/empty.ll" "${throughput_files[@]}"; do
    for level in O0 O2; do
        llc_commands+=("llc-19 -$level -filetype=obj -o /dev/null $file")
    done
done
hyperfine -N --style none --warmup 1 --runs "$llc_runs" --export-json "$work/json/llc.json" "${llc_commands[@]}" \
    > /dev/null 2> "$work/hyperfine-llc.err"

# ---------------------------------------------------------------- 2. generated-code speed
# run_timed NAME CONFIG COMMAND...: runs a program $runs times; keeps stdout, stderr and status of each.
run_timed() {
    local name=$1 config=$2
    shift 2
    local i
    for i in $(seq 1 "$runs"); do
        local base=$work/out/$name.$config.$i
        set +e
        timeout 300 "$@" > "$base.stdout" 2> "$base.stderr"
        echo $? > "$base.status"
        set -e
    done
}
for name in "${programs[@]}"; do
    scale=()
    if [ "$quick" = 1 ]; then scale=("$(quick_scale "$name")"); fi
    log "generated code: $name"
    run_timed "$name" llcO2 "$work/bin/$name.llcO2" "${scale[@]}"
    run_timed "$name" llcO0 "$work/bin/$name.llcO0" "${scale[@]}"
    run_timed "$name" hotlink "$hotlink" run --stats "$work/ir/$name.O2.ll" "${scale[@]}"
done

# ---------------------------------------------------------------- 3. start-up
log "start-up: hotlink run and lli-19 on examples/hello/hello.ll ($startup_runs runs each)"
hello=$root/examples/hello/hello.ll
hyperfine -N --style none --warmup 2 --runs "$startup_runs" --export-json "$work/json/startup.json" \
    "$hotlink run $hello" "lli-19 $hello" > /dev/null 2> "$work/hyperfine-startup.err" || \
    log "start-up timing failed: $(tail -3 "$work/hyperfine-startup.err")"

# ---------------------------------------------------------------- report
end_load=$(cut -d' ' -f1-3 /proc/loadavg)
dist_changed=0
if [ "$(dist_stamp)" != "$dist_start" ]; then
    dist_changed=1
    log "WARNING: the distribution was rebuilt during the run; the figures mix two builds"
fi
command_line="bench/run.sh"
[ "$quick" = 1 ] && command_line="$command_line --quick"
report=$work/benchmarks.md
python3 "$bench_dir/report.py" --work "$work" --root "$root" --runs "$runs" --quick "$quick" \
    --warmup-cpu "$warmup_cpu_s" --dist-built "$dist_built" --dist-changed "$dist_changed" \
    --command "$command_line" --load-start "$start_load" --load-end "$end_load" \
    --programs "${programs[@]}" > "$report"
cat "$report"
if [ "$write" = 1 ]; then
    cp "$report" "$root/docs/benchmarks.md"
    log "written to docs/benchmarks.md"
fi
