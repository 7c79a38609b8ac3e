#!/usr/bin/env bash
# Smoke test of the fleet simulator: starts 20 sites, makes a check's requests against one with
# curl, and verifies the replies and the per-route counters. Usage: smoke-simulator.sh SIMULATOR
set -euo pipefail
simulator=$1
work=$(mktemp -d)
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT
"$simulator" --sites 20 --latency 5 --write-csv "$work/sites.csv" > "$work/out" 2>&1 &
pid=$!
for _ in $(seq 50); do grep -q "control port" "$work/out" 2>/dev/null && break; sleep 0.1; done
control=$(sed -n 's/.*control port \([0-9]*\).*/\1/p' "$work/out")
[ -n "$control" ] || { cat "$work/out"; exit 1; }
line=$(sed -n 2p "$work/sites.csv")
url=${line%%,*}
password=${line##*,}
password=${password%$'\r'}
fail() { echo "smoke-simulator: $*" >&2; exit 1; }
link=$(curl -sS -D - -o /dev/null "$url/" | tr -d '\r' | grep -i '^link:') || fail "no Link header"
[[ $link == *"$url/wp-json/"* ]] || fail "wrong Link header: $link"
curl -sS "$url/wp-json/" | grep -q '"application-passwords"' || fail "index without auth"
me=$(curl -sS -u "admin:$password" "$url/wp-json/wp/v2/users/me?context=edit")
[[ $me == *'"username":"admin"'* ]] || fail "users/me: $me"
intro=$(curl -sS -u "admin:$password" "$url/wp-json/wp/v2/users/me/application-passwords/introspect")
[[ $intro == *'"name":"Latchkey"'* ]] || fail "introspect: $intro"
denied=$(curl -sS -u "admin:wrongwrongwrongwrongwron" "$url/wp-json/wp/v2/users/me?context=edit")
[[ $denied == *rest_not_logged_in* ]] || fail "wrong password accepted: $denied"
counters=$(curl -sS "http://127.0.0.1:$control/counters")
for route in '"front": 1' '"index": 1' '"users_me": 2' '"introspect": 1'; do
    [[ $counters == *"$route"* ]] || fail "counter $route missing in $counters"
done
echo "smoke-simulator: ok"
