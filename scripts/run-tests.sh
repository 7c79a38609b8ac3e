#!/usr/bin/env bash
# The README's test command: installs what is missing, builds with warnings as errors, and runs
# the whole suite (unit tests, a real WordPress on loopback, a real gnome-keyring in a private
# D-Bus session, GUI tests offscreen). Idempotent; safe to run again and again.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
start=$(date +%s)

"$root/scripts/install-deps.sh"

build=${LATCHKEY_TEST_BUILD_DIR:-$root/build/tests}
"$root/scripts/build.sh" "$build" -DCMAKE_BUILD_TYPE=Debug -DLATCHKEY_WERROR=ON

# ctest exits non-zero when any test fails; the fixture stops the test bed either way.
ctest --test-dir "$build" --output-on-failure --timeout 600 -j2

echo "run-tests: whole run took $(($(date +%s) - start)) s"
