#!/bin/sh
# bench/compile-throughput.sh [--jfr FILE] [WARMUP_CPU_S MEASURE_S] FILE.ll...
# Runs the compile-throughput harness (bench/src/.../CompileThroughput.java) against the classes each
# module has just compiled (bundles/*/target/classes), so one module's change is measured without
# rebuilding the distribution: `mvn -o -q -pl bundles/X compile` then this script.
# Prints, per file: file ir_instructions functions code_bytes iterations parse_ns compile_ns link_ns cpu_ns error
# and a line with instructions per second for parse+verify+compile.
set -e
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
jfr=""
if [ "$1" = "--jfr" ]; then jfr="-XX:StartFlightRecording=filename=$2,settings=$here/profile.jfc"; shift 2; fi
warm=10; measure=5
case $1 in *.ll) ;; *) warm=$1; measure=$2; shift 2 ;; esac
cp=$here/target/classes
for m in api ir-parser ir-verifier backend-x86-64 x86-64-asm codegen-common memory-dualmap linker symbol-resolver engine; do
    cp=$cp:$root/bundles/$m/target/classes
done
cp=$cp:$HOME/.m2/repository/net/java/dev/jna/jna/5.19.1/jna-5.19.1.jar
if [ ! -d "$here/target/classes/org/hotlink/bench" ]; then
    mkdir -p "$here/target/classes"
    javac -nowarn -d "$here/target/classes" -cp "$cp" $(find "$here/src/main/java" -name '*.java')
fi
java -Xms512m -Xmx1g --enable-native-access=ALL-UNNAMED -Djna.tmpdir="$here/target/jna" $jfr \
    -cp "$cp" org.hotlink.bench.CompileThroughput "$warm" "$measure" "$@" 2>"$here/target/compile-throughput.err" |
    awk -F'\t' '{ print; printf "  %s: %.0f instructions/s parse+verify+compile, %.0f incl. link\n", $1, $2 / (($6 + $7) / 1e9), $2 / (($6 + $7 + $8) / 1e9) }'
