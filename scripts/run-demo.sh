#!/usr/bin/env bash
# The README's "try it" command: installs what is missing, builds Latchkey, starts a local demo
# WordPress (the same real one the tests use, on 127.0.0.1), adds it to a Latchkey profile of
# its own, connected with an application password held in a throw-away keychain, and opens the
# app. Closing the app stops the demo WordPress. Your own config and keychain are not touched.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

"$root/scripts/install-deps.sh"
build=${LATCHKEY_BUILD_DIR:-$root/build/app}
"$root/scripts/build.sh" "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DLATCHKEY_BUILD_TESTS=OFF

demo=${XDG_DATA_HOME:-$HOME/.local/share}/latchkey-demo
mkdir -p "$demo"
"$root/tests/testbed/wp-testbed.sh" start "$demo/wordpress"
trap '"$root/tests/testbed/wp-testbed.sh" stop "$demo/wordpress" >/dev/null' EXIT

# A fresh demo profile each time: the demo keychain lives only as long as the app.
rm -rf "$demo/config"
export XDG_CONFIG_HOME=$demo/config

if [[ -z ${DISPLAY:-} && -z ${WAYLAND_DISPLAY:-} ]]; then
    echo "run-demo: no display found; starting Latchkey on a virtual X display (xvfb-run)." >&2
    echo "run-demo: connect with a display (or ssh -X) to see the window; Ctrl+C ends." >&2
    display=(xvfb-run -a -s "-screen 0 1440x900x24")
else
    display=()
fi

"$root/tests/testbed/with-keychain.sh" bash -c '
    set -euo pipefail
    . "$1/wordpress/env"
    cli=$2/app/cli/latchkey-cli
    printf "%s\n" "$WP_ADMIN_APP_PASSWORD" |
        "$cli" site add "$WP_PRETTY_URL" --user "$WP_ADMIN_USER" --name "Demo site" --group Demo
    printf "%s\n" "$WP_AUTHOR_APP_PASSWORD" |
        "$cli" site add "$WP_PRETTY_URL" --user "$WP_AUTHOR_USER" --name "Demo site (author)" \
            --group Demo
    printf "%s\n" "$WP_PLAIN_ADMIN_APP_PASSWORD" |
        "$cli" site add "$WP_PLAIN_URL" --user "$WP_ADMIN_USER" --name "Plain permalinks demo" \
            --group Demo
    shift 2
    "$@" "$0"
' "$build/app/gui/latchkey" "$demo" "$build" "${display[@]}"
