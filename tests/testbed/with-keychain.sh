#!/usr/bin/env bash
# with-keychain.sh CMD...: runs CMD with a real, unlocked, throw-away Secret Service, so
# QtKeychain (libsecret backend) and secret-tool can store and read secrets without a prompt.
#
# - a private D-Bus session bus (dbus-run-session); CMD gets its DBUS_SESSION_BUS_ADDRESS;
# - gnome-keyring-daemon (secrets component only) on that bus, its "login" keyring created
#   and unlocked from a fixed password, and aliased as the default collection; the keyring
#   files live in a temporary directory (the daemon gets its own HOME and XDG_* there; CMD
#   keeps the caller's HOME and environment);
# - when CMD exits the daemon is stopped, the bus goes away and the directory is removed;
# - the exit status is CMD's (2 for usage errors, 70 when the keyring could not be set up).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=SCRIPTDIR/session-bus.sh
. "$here/session-bus.sh"

readonly KEYRING_PASSWORD=latchkey-testbed
readonly READY_DEADLINE_TENTHS=100 # 10 s

# bus_call DEST PATH METHOD ARGS...: one D-Bus method call on the session bus; prints the reply.
bus_call() {
    local dest=$1 path=$2 method=$3
    shift 3
    dbus-send --session --print-reply --reply-timeout=2000 --dest="$dest" "$path" "$method" "$@"
}

# Runs on the private bus: start the keyring, wait until it serves, run CMD, stop the keyring.
inside_bus() {
    local tmp=$1 i rc=0 keyring_pid
    shift
    mkdir -p "$tmp/home" "$tmp/data" "$tmp/config" "$tmp/cache" "$tmp/runtime"
    chmod 700 "$tmp/runtime"

    # --unlock reads the password from stdin; with no login keyring yet, it creates one
    # protected by that password and unlocks it. --foreground keeps the daemon our child, so
    # we know its pid and can stop it and wait for it.
    printf '%s' "$KEYRING_PASSWORD" |
        env HOME="$tmp/home" XDG_DATA_HOME="$tmp/data" XDG_CONFIG_HOME="$tmp/config" \
            XDG_CACHE_HOME="$tmp/cache" XDG_RUNTIME_DIR="$tmp/runtime" \
            gnome-keyring-daemon --foreground --unlock --components=secrets \
            >"$tmp/gnome-keyring.log" 2>&1 &
    keyring_pid=$!
    trap 'kill "$keyring_pid" 2>/dev/null || true; wait "$keyring_pid" 2>/dev/null || true' EXIT

    # Ready when the service owns its bus name and the default alias names an unlocked
    # collection (the daemon sets "default" to the login keyring it created).
    local ready=false default=""
    for ((i = 0; i < READY_DEADLINE_TENTHS; i++)); do
        if bus_call org.freedesktop.DBus /org/freedesktop/DBus org.freedesktop.DBus.NameHasOwner \
            string:org.freedesktop.secrets 2>/dev/null | grep -q 'boolean true'; then
            default=$(bus_call org.freedesktop.secrets /org/freedesktop/secrets \
                org.freedesktop.Secret.Service.ReadAlias string:default 2>/dev/null |
                sed -n 's/.*object path "\(.*\)"/\1/p')
            if [[ -n $default && $default != / ]]; then
                if bus_call org.freedesktop.secrets "$default" org.freedesktop.DBus.Properties.Get \
                    string:org.freedesktop.Secret.Collection string:Locked 2>/dev/null |
                    grep -q 'boolean false'; then
                    ready=true
                    break
                fi
            fi
        fi
        kill -0 "$keyring_pid" 2>/dev/null || break
        sleep 0.1
    done
    if ! $ready; then
        echo "with-keychain: gnome-keyring-daemon did not provide an unlocked default collection" \
            "(default alias: '${default:-none}')" >&2
        cat "$tmp/gnome-keyring.log" >&2 || true
        exit 70
    fi

    "$@" || rc=$?
    exit "$rc"
}

if [[ ${1:-} == --inside-private-bus ]]; then
    shift
    inside_bus "$@"
fi

if (($# == 0)); then
    echo "usage: $(basename "$0") CMD [ARG...]" >&2
    exit 2
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/latchkey-keyring.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
rc=0
run_on_private_bus "$tmp" "$here/with-keychain.sh" --inside-private-bus "$tmp" "$@" || rc=$?
exit "$rc"
