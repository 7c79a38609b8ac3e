#!/usr/bin/env bash
# Installs the Debian (bookworm) packages Latchkey needs to build and to run its tests.
# Idempotent: asks dpkg-query which packages are missing and installs only those, so a
# second run on a ready machine returns at once without touching apt.
set -euo pipefail

packages=(
    # build
    qt6-base-dev qt6-tools-dev qt6-l10n-tools qtkeychain-qt6-dev libgl-dev
    cmake ninja-build g++ clang-format
    # WordPress test bed (tests/testbed/wp-testbed.sh)
    wordpress php-cli php-mysql php-curl php-xml php-mbstring
    mariadb-server-core mariadb-client-core nginx-light openssl curl
    # display and keychain for GUI and secret-store tests
    xvfb xauth gnome-keyring dbus dbus-x11 libsecret-tools
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

if ((${#missing[@]} == 0)); then
    echo "install-deps: all ${#packages[@]} packages present"
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
