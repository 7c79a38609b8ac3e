#!/usr/bin/env bash
# Latchkey's fleet benchmark (a benchmark, not a test: it prints figures, it does not judge).
#
#   tests/bench/run-bench.sh [BUILD_DIR] [SITES] [CONCURRENCY]
#
# Builds latchkey-cli and fleet-simulator in BUILD_DIR (default build/tests; a Release build
# dir gives the representative figures), starts SITES simulated WordPress sites (default 1000,
# 50 ms per reply), imports them with their passwords into a throw-away config directory and a
# real gnome-keyring (tests/testbed/with-keychain.sh), then runs side by side, at the same
# concurrency (default 32):
#   - "cold": the first check --all (REST roots not known yet: discovery + check), and curl
#     --parallel making the same requests;
#   - "warm": the next check --all (REST roots saved: two requests a site), and curl the same;
#   - warm again with the QtKeychain one-by-one secret reads (LATCHKEY_NO_BULK_SECRETS=1).
# It prints wall times, the Latchkey/curl ratios (also without the time spent waiting for the
# keychain), peak memory, and the simulator's request counts per route for each run.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=${1:-${LATCHKEY_BENCH_BUILD_DIR:-$root/build/tests}}
sites=${2:-1000}
concurrency=${3:-32}
latency=${LATCHKEY_BENCH_LATENCY:-50}

if [ ! -f "$build/CMakeCache.txt" ]; then
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
fi
cmake --build "$build" --target latchkey-cli fleet-simulator -- -j2 >/dev/null
cli=$(find "$build" -name latchkey-cli -type f -perm -u+x | head -1)
simulator=$(find "$build" -name fleet-simulator -type f -perm -u+x | head -1)
build_type=$(sed -n 's/^CMAKE_BUILD_TYPE:STRING=//p' "$build/CMakeCache.txt")

work=$(mktemp -d)
sim_pid=
cleanup() {
    [ -n "$sim_pid" ] && kill "$sim_pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

"$simulator" --sites "$sites" --latency "$latency" --write-csv "$work/sites.csv" \
    --write-curl-warm "$work/warm.curl" --write-curl-cold "$work/cold.curl" >"$work/simulator.out" 2>&1 &
sim_pid=$!
for _ in $(seq 200); do grep -q "control port" "$work/simulator.out" 2>/dev/null && break; sleep 0.1; done
control=$(sed -n 's/.*control port \([0-9]*\).*/\1/p' "$work/simulator.out")
[ -n "$control" ] || { cat "$work/simulator.out" >&2; exit 1; }

# Everything that needs the keychain runs in one session of a real gnome-keyring.
cat >"$work/session.sh" <<SESSION
#!/usr/bin/env bash
set -euo pipefail
export XDG_CONFIG_HOME="$work/config" LC_ALL=C.UTF-8
counters() { curl -s "http://127.0.0.1:$control/counters" | tr -d ' \n'; }
reset() { curl -s -X POST "http://127.0.0.1:$control/reset" >/dev/null; }
# run NAME COMMAND...: wall time (ms), peak RSS (kB), trace line, request counts
run() {
    local name=\$1; shift
    reset
    local start end
    start=\$(date +%s%N)
    /usr/bin/time -f "%M" -o "$work/\$name.rss" "\$@" >"$work/\$name.out" 2>"$work/\$name.err" || true
    end=\$(date +%s%N)
    echo "\$(( (end - start) / 1000000 ))" >"$work/\$name.ms"
    counters >"$work/\$name.counts"
}
start=\$(date +%s%N)
"$cli" site import "$work/sites.csv" >"$work/import.out" 2>&1
echo "\$(( (\$(date +%s%N) - start) / 1000000 ))" >"$work/import.ms"
rm -f "$work/sites.csv"
export LATCHKEY_TRACE_TIMING=1
run cold "$cli" check --all --concurrency $concurrency
run curl-cold curl -s --no-progress-meter --parallel --parallel-max $concurrency --config "$work/cold.curl"
run warm "$cli" check --all --concurrency $concurrency
run curl-warm curl -s --no-progress-meter --parallel --parallel-max $concurrency --config "$work/warm.curl"
LATCHKEY_NO_BULK_SECRETS=1 run warm-qtkeychain "$cli" check --all --concurrency $concurrency
SESSION
chmod +x "$work/session.sh"
"$root/tests/testbed/with-keychain.sh" "$work/session.sh" 2> >(grep -v "fd limit" >&2)

field() { sed -n "s/.*$1=\([0-9]*\).*/\1/p" "$2" | tail -1; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }
ok_sites() { grep -c '^ok ' "$1" || true; }

echo "Latchkey fleet benchmark: $sites simulated sites, ${latency} ms per reply, concurrency $concurrency"
echo "build: $build ($build_type); $(nproc) CPU(s); $(date -u +%Y-%m-%dT%H:%MZ)"
echo "import of $sites sites with passwords (no network): $(cat "$work/import.ms") ms"
echo
printf '%-16s %9s %9s %9s %12s %12s %10s %s\n' run wall_ms curl_ms ratio secret_wait stall_free peak_MB ok_sites
for phase in cold warm warm-qtkeychain; do
    curl_phase=curl-${phase%%-*}
    ms=$(cat "$work/$phase.ms")
    curl_ms=$(cat "$work/$curl_phase.ms")
    stall=$(field secret_stall_ms "$work/$phase.err")
    stall=${stall:-0}
    printf '%-16s %9s %9s %9s %11s%% %12s %10s %s\n' "$phase" "$ms" "$curl_ms" \
        "$(ratio "$ms" "$curl_ms")" \
        "$(awk -v s="$stall" -v t="$ms" 'BEGIN { printf "%.1f", (t > 0) ? 100 * s / t : 0 }')" \
        "$(ratio $((ms - stall)) "$curl_ms")" \
        "$(awk -v k="$(tail -1 "$work/$phase.rss")" 'BEGIN { printf "%.1f", k / 1024 }')" \
        "$(ok_sites "$work/$phase.out")/$sites"
done
echo
echo "ratio: Latchkey wall time / curl wall time; stall_free: the same without the time the run"
echo "waited for keychain reads (secret_wait, from LATCHKEY_TRACE_TIMING); targets at C=32:"
echo "ratio <= 1.3 and stall_free <= 1.2 for the warm run."
echo
echo "Latchkey's own timing lines:"
for phase in cold warm warm-qtkeychain; do
    printf '  %-16s %s\n' "$phase" "$(grep latchkey-timing "$work/$phase.err" | sed 's/latchkey-timing: //')"
done
echo
echo "Requests per route, as the simulator counted them:"
for phase in cold curl-cold warm curl-warm warm-qtkeychain; do
    printf '  %-16s %s\n' "$phase" "$(cat "$work/$phase.counts" | sed 's/.*"routes":\({[^}]*}\).*"total":\([0-9]*\).*/total \2 \1/')"
done
