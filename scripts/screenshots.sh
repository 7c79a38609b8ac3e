#!/usr/bin/env bash
# screenshots.sh BUILD_DIR [OUT_DIR]: the user guide's screenshots, from the real windows.
#
# Builds nothing: BUILD_DIR must hold a build with tests (tests/latchkey_screenshots). Starts
# the app's screens under Xvfb (the xcb platform, as on a desktop) against the WordPress test
# bed, with a temporary config directory and a private, throw-away keychain, and writes
# main-window.png, add-site.png, new-password.png, connection-failed.png, import-sites.png,
# password-audit.png, rotate.png, reissue.png and about.png into OUT_DIR
# (default: docs/screenshots of this repository). ctest runs it too (test gui_screenshots,
# into the build directory) so that it cannot rot.
#
# Uses the test bed in $LATCHKEY_TESTBED_ENV when set (ctest's fixture); otherwise starts one
# in BUILD_DIR/testbed and stops it again afterwards.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/.." && pwd)

if (($# < 1 || $# > 2)); then
    echo "usage: $(basename "$0") BUILD_DIR [OUT_DIR]" >&2
    exit 2
fi
build=$(cd "$1" && pwd)
out=${2:-$repo/docs/screenshots}
driver=$build/tests/latchkey_screenshots
if [[ ! -x $driver ]]; then
    echo "screenshots: $driver is missing; build the target latchkey_screenshots first" >&2
    exit 2
fi
for tool in xvfb-run dbus-run-session gnome-keyring-daemon; do
    command -v "$tool" >/dev/null || {
        echo "screenshots: $tool is missing (scripts/install-deps.sh installs it)" >&2
        exit 2
    }
done

started_testbed=false
if [[ -z ${LATCHKEY_TESTBED_ENV:-} ]]; then
    "$repo/tests/testbed/wp-testbed.sh" start "$build/testbed"
    export LATCHKEY_TESTBED_ENV=$build/testbed/env
    started_testbed=true
fi
config=$(mktemp -d "${TMPDIR:-/tmp}/latchkey-screenshots.XXXXXX")
cleanup() {
    rm -rf "$config"
    if $started_testbed; then
        "$repo/tests/testbed/wp-testbed.sh" stop "$build/testbed" || true
    fi
}
trap cleanup EXIT

mkdir -p "$out"
# A fixed look: Fusion, no desktop theme, a known font size and scale.
env -u WAYLAND_DISPLAY XDG_CONFIG_HOME="$config" QT_QPA_PLATFORM=xcb QT_SCALE_FACTOR=1 \
    QT_QPA_PLATFORMTHEME= LANG=C.UTF-8 LC_ALL=C.UTF-8 \
    xvfb-run --auto-servernum --server-args="-screen 0 1400x1000x24 -dpi 96" \
    "$repo/tests/testbed/with-keychain.sh" "$driver" "$out"

names=(main-window add-site new-password connection-failed import-sites password-audit rotate
    reissue about)
for name in "${names[@]}"; do
    [[ -s $out/$name.png ]] || {
        echo "screenshots: $out/$name.png was not written" >&2
        exit 1
    }
done
echo "screenshots: wrote ${#names[@]} PNGs to $out"
