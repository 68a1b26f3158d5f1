#!/bin/sh
# gen-many.sh COUNT OUT.c: writes a C file of COUNT functions `int fN(int x)` (no calls), an
# `int run10(void)` that calls ten of them spread over the file (f0, f(COUNT/10), ...) and returns the
# sum, and a main that prints run10's result. Used by bench/lazy/run.sh; deterministic.
set -eu
count=${1:?usage: gen-many.sh COUNT OUT.c}
out=${2:?usage: gen-many.sh COUNT OUT.c}
awk -v count="$count" 'BEGIN {
    print "#include <stdio.h>"
    print ""
    for (n = 0; n < count; n++) {
        printf "int f%d(int x) { return x * (%d %% 97 + 1) + (x ^ %d) - %d %% 13; }\n", n, n, n, n
    }
    print ""
    print "int run10(void) {"
    print "    int sum = 0;"
    step = int(count / 10)
    for (i = 0; i < 10; i++) {
        printf "    sum += f%d(%d);\n", i * step, i + 1
    }
    print "    return sum;"
    print "}"
    print ""
    print "int main(void) {"
    print "    printf(\"%d\\n\", run10());"
    print "    return 0;"
    print "}"
}' > "$out.tmp"
mv "$out.tmp" "$out"
