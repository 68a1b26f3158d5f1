#!/bin/sh
# Compiles ParserBench against the installed parser, verifier and API jars (or those in $PARSER_JARS) and runs it.
set -e
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
jars=${PARSER_JARS:-}
if [ -n "$jars" ]; then
  cp="$jars/hotlink-api-0.1.0-SNAPSHOT.jar:$jars/hotlink-ir-parser-0.1.0-SNAPSHOT.jar:$jars/hotlink-ir-verifier-0.1.0-SNAPSHOT.jar"
else
  cp="$root/bundles/api/target/hotlink-api-0.1.0-SNAPSHOT.jar:$root/bundles/ir-parser/target/hotlink-ir-parser-0.1.0-SNAPSHOT.jar:$root/bundles/ir-verifier/target/hotlink-ir-verifier-0.1.0-SNAPSHOT.jar"
fi
out=$here/target/classes
mkdir -p "$out"
if [ -n "$jars" ]; then srcs="$here/src/ParserBench.java"; else srcs=$(find "$here/src" -name "*.java"); fi
rm -rf "$out"; mkdir -p "$out"
javac -nowarn -d "$out" -cp "$cp" $srcs
exec java ${JAVA_OPTS:-} -cp "$out:$cp" ParserBench "$@"
