#!/bin/sh
# install-bench-tools.sh: installs what bench/run.sh needs, only when missing (idempotent).
# Tools: clang-19 and llvm-19 (llc-19, lli-19, opt-19) for the reference builds, hyperfine for
# repeated timing, a JDK 17 and Maven for the Java harness.
set -eu

missing=""
command -v clang-19 >/dev/null 2>&1 || missing="$missing clang-19"
command -v llc-19 >/dev/null 2>&1 || missing="$missing llvm-19"
command -v lli-19 >/dev/null 2>&1 || missing="$missing llvm-19"
command -v hyperfine >/dev/null 2>&1 || missing="$missing hyperfine"
command -v java >/dev/null 2>&1 || missing="$missing openjdk-17-jdk-headless"
command -v mvn >/dev/null 2>&1 || missing="$missing maven"

if [ -z "$missing" ]; then
    exit 0
fi
# Remove duplicates (llvm-19 can be named twice).
packages=$(printf '%s\n' $missing | sort -u | tr '\n' ' ')
echo "install-bench-tools: installing $packages" >&2
if [ "$(id -u)" -ne 0 ]; then
    sudo=sudo
else
    sudo=
fi
$sudo apt-get update -qq >&2
# shellcheck disable=SC2086
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $packages >&2
