#!/usr/bin/env bash
# Runs every test of Hotlink on a fresh machine of the supported kind (Debian 12, JDK 17 and
# Temurin 25 under /usr/lib/jvm, Maven): installs the reference tools the tests compare against,
# then builds everything and runs unit, Pax Exam, C-corpus and csmith tests on JDK 17, and the
# unit and Pax Exam tests again on JDK 25. Prints how long each stage took.
set -euo pipefail
cd "$(dirname "$0")/.."

JDK17=${JDK17:-/usr/lib/jvm/java-17-openjdk-amd64}
JDK25=${JDK25:-/usr/lib/jvm/temurin-25-jdk-amd64}
MVN=(mvn -B -ntp)

stage_start=0
stage() { stage_name=$1; stage_start=$(date +%s); echo "=== stage: $stage_name" >&2; }
stage_done() { echo "=== stage: $stage_name took $(( $(date +%s) - stage_start )) s" >&2; }

stage "install reference tools"
bash scripts/install-test-tools.sh
stage_done

for jdk in "$JDK17" "$JDK25"; do
  [ -x "$jdk/bin/java" ] || { echo "run-all-tests: no JDK at $jdk" >&2; exit 1; }
done

stage "build and all tests on JDK 17"
JAVA_HOME=$JDK17 "${MVN[@]}" install
stage_done

stage "unit and Pax Exam tests on JDK 25"
# The C corpus and csmith programs already ran on JDK 17; the other suites run again on JDK 25.
JAVA_HOME=$JDK25 "${MVN[@]}" verify -pl '!itests/corpus'
stage_done

stage "lazy compilation: C corpus and half the csmith seeds through bin/hotlink run --lazy on JDK 17"
# A forked child cannot call back into the JVM to compile, so these run as one process per program
# (two at a time); native references are reused from the first stage's build folder.
JAVA_HOME=$JDK17 "${MVN[@]}" verify -pl itests/corpus -Dcorpus.lazy=true -Dcsmith.limit=161
stage_done
