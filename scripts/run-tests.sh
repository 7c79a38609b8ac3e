#!/usr/bin/env bash
# The README's test command: installs what is missing, then
#  1. builds with GCC and warnings as errors and runs the whole suite (unit tests, a real
#     WordPress on loopback, a real gnome-keyring in a private D-Bus session, the GUI offscreen,
#     a real browser, the Debian package);
#  2. builds again with clang, AddressSanitizer and UndefinedBehaviorSanitizer, runs the suite
#     on that build, and runs each libFuzzer target for a bounded time from its corpus.
# Idempotent; safe to run again and again. LATCHKEY_SKIP_SANITIZERS=1 stops after stage 1.
set -uo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
start=$(date +%s)
failed=()

"$root/scripts/install-deps.sh" || exit 1

stage() { echo; echo "=== run-tests: $* ($(($(date +%s) - start)) s)"; }

stage "GCC build"
build=${LATCHKEY_TEST_BUILD_DIR:-$root/build/tests}
if "$root/scripts/build.sh" "$build" -DCMAKE_BUILD_TYPE=Debug -DLATCHKEY_WERROR=ON; then
    stage "suite on the GCC build"
    ctest --test-dir "$build" --output-on-failure --timeout 600 -j2 || failed+=("suite")
else
    failed+=("GCC build")
fi

if [[ ${LATCHKEY_SKIP_SANITIZERS:-0} != 1 ]]; then
    stage "clang ASan+UBSan build"
    asan=${LATCHKEY_ASAN_BUILD_DIR:-$root/build/asan}
    if CC=clang CXX=clang++ "$root/scripts/build.sh" "$asan" -DCMAKE_BUILD_TYPE=Debug \
        -DLATCHKEY_WERROR=ON -DLATCHKEY_SANITIZE=ON -DLATCHKEY_BUILD_FUZZERS=ON; then
        stage "suite on the sanitizer build"
        # The format check and the Debian package are about the sources and the release
        # build; they ran in stage 1.
        ctest --test-dir "$asan" --output-on-failure --timeout 900 -j2 -LE 'lint|packaging' ||
            failed+=("sanitizer suite")
        stage "fuzzers"
        "$root/scripts/run-fuzzers.sh" "$asan" "${LATCHKEY_FUZZ_SECONDS:-60}" || failed+=("fuzzers")
    else
        failed+=("sanitizer build")
    fi
fi

stage "done"
echo "run-tests: whole run took $(($(date +%s) - start)) s"
if ((${#failed[@]})); then
    echo "run-tests: FAILED: ${failed[*]}"
    exit 1
fi
echo "run-tests: all stages passed"
