#!/usr/bin/env bash
# Latchkey's GUI benchmark (issue 5; a benchmark, not a test: it prints figures next to their
# targets, it does not judge).
#
#   tests/bench/run-gui-bench.sh [BUILD_DIR] [SITES] [CHECKED]
#   tests/bench/run-gui-bench.sh --smoke BIN_DIR SITES CHECKED     (the CTest smoke run)
#
# Builds latchkey-gui-bench, latchkey-cli and fleet-simulator in BUILD_DIR (default
# build-release, configured as Release if new: the figures are for a Release build), starts
# CHECKED simulated WordPress sites (default 1000, 50 ms per reply), imports them with their
# passwords into a throw-away config directory and a real gnome-keyring
# (tests/testbed/with-keychain.sh), adds SITES - CHECKED more sites on loopback ports nothing
# serves (default SITES 5000), sets the bulk concurrency (LATCHKEY_BENCH_CONCURRENCY, default
# 32, the most Settings allows), then runs latchkey-gui-bench under Xvfb (the xcb platform):
# main() → first paint of the site list, keychain reads before it, peak RSS, then search +
# select all + Test Connection on the simulated sites, as a user would, twice (the first check
# with discovery, the next with REST roots known), with the longest event-loop stalls.
# --smoke uses the binaries in BIN_DIR ($LATCHKEY_CLI and $LATCHKEY_FLEET_SIMULATOR for the
# other two), builds nothing and fails only if the run fails, start-up read the keychain or
# not every site was checked (no timing is judged).
# LATCHKEY_BENCH_WRAP="perf record -g" (or gdb --args …) runs the measured process under a tool.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
smoke=false
if [ "${1:-}" = --smoke ]; then
    smoke=true
    shift
fi
if $smoke; then
    bench="$1/latchkey-gui-bench"
    cli=${LATCHKEY_CLI:?}
    simulator=${LATCHKEY_FLEET_SIMULATOR:?}
    build_type=smoke
else
    build=${1:-$root/build-release}
    if [ ! -f "$build/CMakeCache.txt" ]; then
        cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
    fi
    cmake --build "$build" --target latchkey-gui-bench latchkey-cli fleet-simulator -- -j2 >/dev/null
    bench=$(find "$build" -name latchkey-gui-bench -type f -perm -u+x | head -1)
    cli=$(find "$build" -name latchkey-cli -type f -perm -u+x | head -1)
    simulator=$(find "$build" -name fleet-simulator -type f -perm -u+x | head -1)
    build_type=$(sed -n 's/^CMAKE_BUILD_TYPE:STRING=//p' "$build/CMakeCache.txt")
fi
sites=${2:-5000}
checked=${3:-1000}
latency=${LATCHKEY_BENCH_LATENCY:-50}
concurrency=${LATCHKEY_BENCH_CONCURRENCY:-32} # the GUI allows 1–32 (Settings)
((sites >= checked)) || { echo "run-gui-bench: SITES must be at least CHECKED" >&2; exit 2; }

work=$(mktemp -d)
sim_pid=
cleanup() {
    [ -n "$sim_pid" ] && kill "$sim_pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

"$simulator" --sites "$checked" --latency "$latency" --write-csv "$work/sites.csv" \
    >"$work/simulator.out" 2>&1 &
sim_pid=$!
for _ in $(seq 200); do grep -q "control port" "$work/simulator.out" 2>/dev/null && break; sleep 0.1; done
grep -q "control port" "$work/simulator.out" || { cat "$work/simulator.out" >&2; exit 1; }

# A display like a desktop's (the xcb platform on Xvfb); offscreen only when there is no Xvfb.
if command -v xvfb-run >/dev/null; then
    display=(env QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1440x900x24 -dpi 96")
else
    display=(env QT_QPA_PLATFORM=offscreen)
fi

# Everything that needs the keychain runs in one session of a real gnome-keyring.
cat >"$work/session.sh" <<SESSION
#!/usr/bin/env bash
set -euo pipefail
export XDG_CONFIG_HOME="$work/config" LC_ALL=C.UTF-8
"$cli" site import "$work/sites.csv" >"$work/import.out" 2>&1 || { cat "$work/import.out" >&2; exit 1; }
rm -f "$work/sites.csv"
QT_QPA_PLATFORM=offscreen "$bench" prepare --extra $((sites - checked)) --concurrency $concurrency >"$work/prepare.out"
${display[*]@Q} ${LATCHKEY_BENCH_WRAP:-} "$bench" run --select sim- --timeout 600
SESSION
chmod +x "$work/session.sh"

echo "build: ${build:-$1} ($build_type); $(nproc) CPU(s); $(date -u +%Y-%m-%dT%H:%MZ);" \
    "${display[1]}; simulated sites answer after ${latency} ms"
rc=0
"$root/tests/testbed/with-keychain.sh" "$work/session.sh" 2>"$work/stderr" |
    tee "$work/bench.out" || rc=$?
grep -v "fd limit" "$work/stderr" >&2 || true
if $smoke; then
    grep -q "keychain_reads_before_paint=0 " "$work/bench.out" || {
        echo "run-gui-bench: start-up read the keychain, or the run did not finish" >&2
        exit 1
    }
    grep -q " checked=$checked " "$work/bench.out" || {
        echo "run-gui-bench: expected $checked sites to be checked" >&2
        exit 1
    }
fi
exit "$rc"
