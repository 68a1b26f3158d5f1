#!/usr/bin/env bash
# Installs, once, the reference tools that Hotlink's tests and benchmarks compare against.
# Hotlink itself never runs them; tests use them to make IR and native reference results.
# Idempotent: does nothing when every tool is already present.
set -euo pipefail
need=()
command -v clang-19 >/dev/null || need+=(clang-19)
command -v llc-19 >/dev/null || need+=(llvm-19)
command -v llvm-mc-19 >/dev/null || need+=(llvm-19)
command -v clang-14 >/dev/null || need+=(clang-14)
command -v csmith >/dev/null || need+=(csmith)
[ -f /usr/include/csmith/csmith.h ] || need+=(libcsmith-dev)
if [ ${#need[@]} -eq 0 ]; then exit 0; fi
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO=sudo
echo "install-test-tools: installing ${need[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq >&2
$SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >&2
