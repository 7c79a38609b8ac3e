#!/usr/bin/env bash
# build.sh BUILD_DIR [CMAKE_ARGS...]: configures (once) and builds Latchkey into BUILD_DIR.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=$1
shift
if [[ ! -f $build/CMakeCache.txt ]]; then
    cmake -S "$root" -B "$build" -G Ninja "$@"
fi
cmake --build "$build" -j"$(nproc)"
