#!/usr/bin/env bash
# without-keychain.sh CMD...: runs CMD on a private D-Bus session bus on which no Secret
# Service (nor KWallet) runs or can be started, so every keychain access fails: for testing
# Latchkey's failure path. QtKeychain 0.13 then reports OtherError (7).
# CMD keeps the caller's environment apart from DBUS_SESSION_BUS_ADDRESS; its exit status
# is returned.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=SCRIPTDIR/session-bus.sh
. "$here/session-bus.sh"

if (($# == 0)); then
    echo "usage: $(basename "$0") CMD [ARG...]" >&2
    exit 2
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/latchkey-nokeyring.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
rc=0
run_on_private_bus "$tmp" "$@" || rc=$?
exit "$rc"
