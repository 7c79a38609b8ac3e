#!/usr/bin/env bash
# run-clang-tidy.sh BUILD_DIR: runs clang-tidy (the checks in .clang-tidy) on every C++ file of
# core/ and app/ in BUILD_DIR's compile_commands.json, on all cores, and fails on any finding.
# Tests, benchmarks and fuzzers are left out: the rules are for the shipped code.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${1:?usage: run-clang-tidy.sh BUILD_DIR}
[[ -f $build/compile_commands.json ]] || {
    echo "run-clang-tidy: no $build/compile_commands.json (configure the build first)" >&2
    exit 1
}
runner=$(command -v run-clang-tidy || command -v run-clang-tidy-14 || true)
[[ -n $runner ]] || { echo "run-clang-tidy: run-clang-tidy not found (package clang-tidy)" >&2; exit 1; }

# The compile database is GCC's: flags clang lacks are ignored, and Qt's logging macros need
# the same exception as the clang build (cmake/StrictFlags.cmake).
log=$(mktemp)
trap 'rm -f "$log"' EXIT
start=$(date +%s)
status=0
"$runner" -p "$build" -quiet -j "$(nproc)" -extra-arg=-Wno-unknown-warning-option \
    -extra-arg=-Wno-gnu-zero-variadic-macro-arguments \
    "^$root/(core|app)/.*\.cpp\$" >"$log" 2>&1 || status=$?
# run-clang-tidy 14 always asks for colour; plain text for the log and the grep below.
sed -i 's/\x1b\[[0-9;]*m//g' "$log"
# Keep the findings, drop clang-tidy's per-file "N warnings generated" chatter.
grep -vE '^[0-9]+ warnings? (and [0-9]+ errors? )?generated\.$|^Suppressed [0-9]+ warnings|^Use -header-filter|^clang-tidy-?[0-9]* ' "$log" | sed '/^$/d' || true
files=$(grep -oE "\"file\": \"$root/(core|app)/[^\"]*\.cpp\"" "$build/compile_commands.json" |
    sort -u | wc -l)
if ((status != 0)) || grep -qE ': (warning|error): ' "$log"; then
    echo "run-clang-tidy: FAILED (findings above) after $(($(date +%s) - start)) s"
    exit 1
fi
echo "run-clang-tidy: ${files:-all} files clean in $(($(date +%s) - start)) s"
