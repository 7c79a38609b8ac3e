#!/usr/bin/env bash
# Installs the Debian (bookworm) packages Latchkey needs to build and to run its tests.
# Idempotent: asks dpkg-query which packages are missing and installs only those, so a
# second run on a ready machine returns at once without touching apt.
set -euo pipefail

packages=(
    # build
    qt6-base-dev qt6-tools-dev qt6-l10n-tools qtkeychain-qt6-dev libgl-dev
    cmake ninja-build g++ clang-format clang-tidy
    # the sanitizer build and the fuzzers (scripts/run-tests.sh stage 2)
    clang libclang-rt-14-dev
    # bulk keychain reads (core/secrets/SecretServiceSearch.cpp; optional at build time)
    libsecret-1-dev pkg-config
    # WordPress test bed (tests/testbed/wp-testbed.sh)
    wordpress php-cli php-mysql php-curl php-xml php-mbstring
    mariadb-server-core mariadb-client-core nginx-light openssl curl
    # display and keychain for GUI and secret-store tests
    xvfb xauth gnome-keyring dbus dbus-x11 libsecret-tools
    # real-browser test of the approval flow (tests/browser: playwright-core from npm drives it)
    chromium
    # packaging checks (packaging/CMakeLists.txt, tests/packaging/), and the DEB's runtime
    # dependencies, so that installing it in the deb_package test downloads nothing
    dpkg-dev desktop-file-utils appstream groff-base man-db x11-utils
    libqt6svg6 qt6-translations-l10n qt6-wayland
    # translations check (translations/check_translations.py)
    python3
)

# One dpkg-query for all packages (fast). ${db:Status-Abbrev} is "ii " for an installed
# package; anything else (unknown, removed, half-installed, ...) counts as missing. Unknown
# names make dpkg-query complain and fail, hence 2>/dev/null and || true.
declare -A installed=()
while read -r name status; do
    [[ $status == ii ]] && installed[$name]=1
done < <(dpkg-query -W -f='${Package} ${db:Status-Abbrev}\n' "${packages[@]}" 2>/dev/null || true)

missing=()
for pkg in "${packages[@]}"; do
    [[ -n ${installed[$pkg]:-} ]] || missing+=("$pkg")
done

# playwright-core for the real-browser test, from the lock file (Node.js 20 and npm come with
# the machine; never install Debian's npm, which replaces Node 20 with 18).
install_node_modules() {
    local browser_dir
    browser_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/tests/browser"
    if [[ ! -d $browser_dir/node_modules ]]; then
        echo "install-deps: npm ci in tests/browser"
        npm ci --prefix "$browser_dir" --no-audit --no-fund
    fi
}

if ((${#missing[@]} == 0)); then
    echo "install-deps: all ${#packages[@]} packages present"
    install_node_modules
    exit 0
fi

echo "install-deps: installing ${missing[*]}"
sudo=()
if [[ $(id -u) -ne 0 ]]; then
    sudo=(sudo)
fi
# Through env, because sudo does not pass the caller's environment on.
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
install_node_modules
