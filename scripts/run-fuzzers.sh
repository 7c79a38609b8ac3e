#!/usr/bin/env bash
# run-fuzzers.sh BUILD_DIR [SECONDS]: runs every libFuzzer target of a LATCHKEY_BUILD_FUZZERS
# build for SECONDS (default 60) from its committed corpus, two at a time. New inputs go to a
# scratch corpus in the build dir, never into the repository. A crash or leak fails the run
# and leaves its input in BUILD_DIR/fuzz-artifacts/ (commit it to tests/fuzz/corpus/ once fixed).
set -uo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=$1
seconds=${2:-60}
artifacts=$build/fuzz-artifacts
mkdir -p "$artifacts"
export LSAN_OPTIONS="suppressions=$root/tests/sanitizers/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"

pids=()
names=()
run_one() {
    local name=$1 binary=$build/tests/fuzz/fuzz_$1 scratch=$build/fuzz-corpus/$1
    mkdir -p "$scratch"
    "$binary" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="$artifacts/$name-" "$scratch" "$root/tests/fuzz/corpus/$name" \
        >"$build/fuzz-$name.log" 2>&1
}
status=0
targets=()
for source in "$root"/tests/fuzz/fuzz_*.cpp; do
    name=$(basename "$source" .cpp)
    targets+=("${name#fuzz_}")
done
for ((i = 0; i < ${#targets[@]}; i += 2)); do
    pids=()
    names=()
    for name in "${targets[@]:i:2}"; do
        run_one "$name" &
        pids+=($!)
        names+=("$name")
    done
    for j in "${!pids[@]}"; do
        if wait "${pids[j]}"; then
            echo "fuzz_${names[j]}: $(grep -E 'stat::number_of_executed_units' "$build/fuzz-${names[j]}.log" | tail -1) — no crash, no leak"
        else
            echo "fuzz_${names[j]}: FAILED"
            tail -40 "$build/fuzz-${names[j]}.log"
            status=1
        fi
    done
done
exit "$status"
