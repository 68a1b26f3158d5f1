# Sourced by the benchmark scripts that run a Java file against Hotlink's plain-Java classes.
# itests_classpath WORK NAME: sets $classpath to copies of the jars on itests/hotswap's test class path
# (the Hotlink modules as installed in ~/.m2), taken into WORK/lib. Others may reinstall a module
# while a benchmark runs: the jars are copied first and checked whole, so one run measures one build
# (and a half-written jar is retried rather than loaded). Needs $root (the repository).
itests_classpath() {
    local work=$1 name=$2 attempt
    echo "$name: class path of itests/hotswap" >&2
    (cd "$root" && mvn -o -q -pl itests/hotswap org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
        -Dmdep.includeScope=test -Dmdep.outputFile="$work/classpath.txt") >&2
    for attempt in 1 2 3 4 5; do
        if snapshot_jars "$work"; then
            return 0
        elif [ "$attempt" = 5 ]; then
            echo "$name: the module jars in ~/.m2 stay unreadable (being reinstalled?)" >&2
            exit 70
        fi
        echo "$name: a jar was being rewritten; retrying in 20 s" >&2
        sleep 20
    done
}

snapshot_jars() {
    local work=$1 jar
    rm -rf "$work/lib" && mkdir -p "$work/lib"
    classpath=""
    for jar in $(tr ':' ' ' < "$work/classpath.txt"); do
        cp "$jar" "$work/lib/" && unzip -tqq "$work/lib/$(basename "$jar")" > /dev/null 2>&1 || return 1
        classpath=$classpath${classpath:+:}$work/lib/$(basename "$jar")
    done
}
