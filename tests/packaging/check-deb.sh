#!/usr/bin/env bash
# check-deb.sh BUILD_DIR [VERSION]
#
# The Debian package end to end, on this machine (Debian 12):
#   1. builds it with "cpack -G DEB" from a finished build in BUILD_DIR;
#   2. checks its control fields: the explicit Depends, what dpkg-shlibdeps found, Recommends;
#   3. checks its files: both binaries (stripped), desktop file, metainfo, D-Bus service with the
#      installed path, icons, man pages; everything in /usr, owned by root; and validates them
#      as installed;
#   4. installs it with "apt-get install ./latchkey_*.deb" (as root, or through sudo -n);
#   5. runs /usr/bin/latchkey --version and /usr/bin/latchkey-cli --help without a display,
#      checks that the desktop registered the latchkey:// scheme handler, and starts the GUI
#      under Xvfb (window class, window icon) and opens a latchkey:// link with it (xdg-open,
#      through the registered handler: a second process forwards it to the running window and
#      exits; the window ignores the foreign answer and keeps running);
#   6. removes the package again, with the dependencies its installation pulled in that nothing
#      else needs, so the machine is left as it was.
# Runs under a machine-wide lock, so concurrent runs from other build directories wait.
set -euo pipefail

build_dir=$(realpath "${1:?usage: check-deb.sh BUILD_DIR [VERSION]}")
version=${2:-}
app_id=org.latchkey.Latchkey
work=$build_dir/packaging/deb-test
lock_file=/tmp/latchkey-deb-test.lock
# Present while this test has the package installed: a later run may then remove a leftover
# of a killed run, but never a latchkey package someone installed by hand.
marker=/var/tmp/latchkey-deb-test.installed

fail() {
    echo "check-deb: FAIL: $*" >&2
    exit 1
}
step() { echo "check-deb: == $*"; }
# Once the package is installed, problems are collected and reported together at the end, so
# that one run lists everything the installed application still lacks.
problems=()
problem() {
    echo "check-deb: PROBLEM: $*" >&2
    problems+=("$*")
}

sudo=()
if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null || fail "not root and no sudo: cannot install the package"
    sudo=(sudo -n)
fi
apt_get=("${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -y -o DPkg::Lock::Timeout=600)

for tool in cpack dpkg-deb dpkg-shlibdeps apt-get readelf; do
    command -v "$tool" >/dev/null ||
        fail "$tool missing (scripts/install-deps.sh installs what this test needs)"
done

# --- 1. Build ---------------------------------------------------------------------------------
step "building the package"
[[ -f $build_dir/CPackConfig.cmake ]] || fail "$build_dir has no CPackConfig.cmake; configure it"
[[ -x $build_dir/app/gui/latchkey && -x $build_dir/app/cli/latchkey-cli ]] ||
    fail "build $build_dir first (latchkey and latchkey-cli are missing)"
rm -rf "$work"
mkdir -p "$work"
cpack --config "$build_dir/CPackConfig.cmake" -G DEB -B "$work" >"$work/cpack.log" 2>&1 || {
    cat "$work/cpack.log"
    fail "cpack -G DEB failed"
}
shopt -s nullglob
debs=("$work"/latchkey_*.deb)
shopt -u nullglob
((${#debs[@]} == 1)) || fail "expected one latchkey_*.deb in $work, found ${#debs[@]}"
deb=${debs[0]}
echo "check-deb: built $(basename "$deb") ($(du -h "$deb" | cut -f1))"

# --- 2. Control fields ------------------------------------------------------------------------
step "control fields"
dpkg-deb --field "$deb"
field() { dpkg-deb --field "$deb" "$1"; }
# A relation list contains NAME as a package name (not as a prefix of a longer one).
relation_has() { tr ',|' '\n\n' <<<"$1" | sed -e 's/^ *//' -e 's/[ (].*//' | grep -qx "$2"; }

[[ $(field Package) == latchkey ]] || fail "Package is \"$(field Package)\", not latchkey"
if [[ -n $version && $(field Version) != "$version"-* ]]; then
    fail "Version is \"$(field Version)\", expected $version-<release>"
fi
[[ $(field Architecture) == "$(dpkg --print-architecture)" ]] || fail "wrong Architecture"
for name in Maintainer Section Priority Homepage Description Installed-Size; do
    [[ -n $(field "$name") ]] || fail "control field $name is empty"
done
depends=$(field Depends)
# Explicit (detection cannot see them), then found by dpkg-shlibdeps in the binaries.
for need in libsecret-1-0 libqt6svg6 qt6-translations-l10n \
    libqt6core6 libqt6gui6 libqt6widgets6 libqt6network6 libqt6keychain1 libc6 libstdc++6; do
    relation_has "$depends" "$need" || fail "Depends lacks $need: $depends"
done
recommends=$(field Recommends)
for want in gnome-keyring keepassxc; do
    relation_has "$recommends" "$want" || fail "Recommends lacks $want: $recommends"
done

# --- 3. Files -----------------------------------------------------------------------------------
step "files"
dpkg-deb --contents "$deb" | tee "$work/contents.txt"
mapfile -t files < <(dpkg-deb --fsys-tarfile "$deb" | tar -t | sed 's|^\./|/|')
has_file() { printf '%s\n' "${files[@]}" | grep -qx "$1"; }
expected=(
    /usr/bin/latchkey
    /usr/bin/latchkey-cli
    /usr/share/applications/$app_id.desktop
    /usr/share/metainfo/$app_id.metainfo.xml
    /usr/share/dbus-1/services/$app_id.service
    /usr/share/icons/hicolor/scalable/apps/$app_id.svg
    /usr/share/man/man1/latchkey.1.gz
    /usr/share/man/man1/latchkey-cli.1.gz
    /usr/share/doc/latchkey/copyright
)
for size in 16 24 32 48 64 128 256; do
    expected+=("/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png")
done
for path in "${expected[@]}"; do
    has_file "$path" || fail "the package lacks $path"
done
unexpected=$(printf '%s\n' "${files[@]}" | grep -vE '^/$|^/usr(/(bin|share)(/.*)?)?/?$' || true)
[[ -z $unexpected ]] || fail "files outside /usr/bin and /usr/share: $unexpected"
not_root=$(awk '$2 != "root/root"' "$work/contents.txt")
[[ -z $not_root ]] || fail "files not owned by root: $not_root"

root=$work/root
dpkg-deb --extract "$deb" "$root"
service=$root/usr/share/dbus-1/services/$app_id.service
grep -qx "Name=$app_id" "$service" || fail "the D-Bus service file names no $app_id"
grep -qx 'Exec=/usr/bin/latchkey --dbus-activated' "$service" ||
    fail "the D-Bus service file does not start /usr/bin/latchkey: $(grep Exec= "$service")"
for binary in latchkey latchkey-cli; do
    if readelf --section-headers "$root/usr/bin/$binary" | grep -q '\.debug_info'; then
        fail "/usr/bin/$binary is not stripped"
    fi
done
for page in latchkey latchkey-cli; do
    gzip -t "$root/usr/share/man/man1/$page.1.gz" || fail "$page.1.gz is not valid gzip"
done
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$root/usr/share/applications/$app_id.desktop"
fi
if command -v appstreamcli >/dev/null; then
    # Desktop file, metainfo and icons as they are installed, checked together.
    appstreamcli validate-tree --no-net "$root" || fail "appstreamcli validate-tree failed"
fi

# --- 4. Install ---------------------------------------------------------------------------------
exec 9>"$lock_file"
chmod 0666 "$lock_file" 2>/dev/null || true
step "waiting for the machine-wide lock $lock_file"
flock --wait 1200 9 || fail "another run holds $lock_file"

installed() { [[ $(dpkg-query -W -f='${db:Status-Abbrev}' "$1" 2>/dev/null) == ii* ]]; }
installed_packages() {
    dpkg-query -W -f='${db:Status-Abbrev} ${Package}\n' | awk '$1 ~ /^ii/ {print $2}' | sort
}
if installed latchkey; then
    [[ -e $marker ]] || fail "a latchkey package is already installed and was not installed by" \
        "this test; it is left alone (remove it with: apt-get remove latchkey)"
    step "removing the package a killed earlier run left installed"
    "${apt_get[@]}" remove --purge latchkey
fi
installed_packages >"$work/packages-before.txt"

cleanup() {
    local status=$?
    set +e
    step "removing the package"
    if installed latchkey; then
        "${apt_get[@]}" remove --purge latchkey || status=1
    fi
    # What installing pulled in and nothing needs any more; never anything that was there.
    installed_packages >"$work/packages-after.txt"
    local pulled_in unneeded leftovers
    pulled_in=$(comm -13 "$work/packages-before.txt" "$work/packages-after.txt")
    unneeded=$(LC_ALL=C apt-get -s autoremove 2>/dev/null | awk '/^Remv /{print $2}' | sort)
    leftovers=$(comm -12 <(echo "$pulled_in") <(echo "$unneeded") | grep -v '^$')
    if [[ -n $leftovers ]]; then
        echo "check-deb: removing dependencies the installation pulled in:" $leftovers
        # shellcheck disable=SC2086
        "${apt_get[@]}" remove --purge $leftovers || status=1
    fi
    if installed latchkey || [[ -e /usr/bin/latchkey || -e /usr/bin/latchkey-cli ]]; then
        echo "check-deb: FAIL: latchkey is still installed" >&2
        status=1
    fi
    "${sudo[@]}" rm -f "$marker"
    rm -rf "${home:-/nonexistent-latchkey-home}"
    exit "$status"
}
trap cleanup EXIT
trap 'exit 143' TERM INT HUP
"${sudo[@]}" touch "$marker"

step "apt-get install ./$(basename "$deb")"
# apt reads local packages as the unprivileged _apt user where it can; a world-readable copy
# avoids its "unsandboxed download" notice.
staged=$(mktemp -d /tmp/latchkey-deb.XXXXXX)
cp "$deb" "$staged/"
chmod 0755 "$staged"
chmod 0644 "$staged/$(basename "$deb")"
(cd "$staged" && "${apt_get[@]}" install "./$(basename "$deb")")
rm -rf "$staged"
installed latchkey || fail "apt-get did not install latchkey"

# --- 5. Run the installed binaries ----------------------------------------------------------
step "running the installed binaries without a display"
home=$(mktemp -d /tmp/latchkey-deb-home.XXXXXX)
# A bare environment: no DISPLAY, no WAYLAND_DISPLAY, no session bus, a throwaway home.
bare=(env -i PATH=/usr/bin:/bin HOME="$home" XDG_CONFIG_HOME="$home/config" LANG=C.UTF-8)

before=${#problems[@]}
out=$("${bare[@]}" /usr/bin/latchkey-cli --help 2>&1) || problem "latchkey-cli --help failed: $out"
grep -q 'Usage:' <<<"$out" || problem "latchkey-cli --help printed no usage: $out"
grep -q 'site add URL' <<<"$out" || problem "latchkey-cli --help lists no commands: $out"
out=$("${bare[@]}" /usr/bin/latchkey-cli --version 2>&1) || problem "latchkey-cli --version: $out"
[[ -z $version || $(head -n1 <<<"$out") == "latchkey-cli $version" ]] || problem "latchkey-cli --version printed: $out"
[[ $out == *"QtKeychain "[0-9]* ]] || problem "latchkey-cli --version names no QtKeychain version: $out"
((${#problems[@]} > before)) || echo "check-deb: latchkey-cli --help and --version ok ($out)"

# Standard output alone: Qt may warn on standard error (no XDG_RUNTIME_DIR, ...).
if out=$("${bare[@]}" timeout 20 /usr/bin/latchkey --version 2>"$work/version.err"); then
    [[ -z $version || $(head -n1 <<<"$out") == "latchkey $version" ]] ||
        problem "latchkey --version printed \"$out\", expected \"latchkey $version\""
    echo "check-deb: latchkey --version ok without a display ($out)"
else
    cat "$work/version.err"
    offscreen=$("${bare[@]}" QT_QPA_PLATFORM=offscreen timeout 20 /usr/bin/latchkey --version \
        2>/dev/null) || offscreen=""
    if [[ -n $offscreen ]]; then
        problem "latchkey --version needs a display: only with QT_QPA_PLATFORM=offscreen does it" \
            "print \"$offscreen\". It must answer --version and --help before creating its" \
            "QApplication."
    else
        problem "latchkey --version fails, even with QT_QPA_PLATFORM=offscreen"
    fi
fi

step "desktop integration"
mimecache=/usr/share/applications/mimeinfo.cache
# One line per type, each handler followed by ";".
grep -qE "^x-scheme-handler/latchkey=(.*;)?${app_id//./\\.}\.desktop;" "$mimecache" ||
    problem "$mimecache does not register $app_id.desktop for x-scheme-handler/latchkey"
echo "check-deb: x-scheme-handler/latchkey is registered in $mimecache"
man_page=$(man -w latchkey-cli 2>/dev/null) || problem "man -w latchkey-cli finds no page"
echo "check-deb: man latchkey-cli -> $man_page"

if command -v xvfb-run >/dev/null && command -v xwininfo >/dev/null; then
    step "starting the installed GUI under Xvfb"
    # Prints the id of latchkey's top-level window once it is there (used by both probes).
    wait_window='
        for _ in $(seq 1 100); do
            window=$(xwininfo -root -children | awk "/\"latchkey\" \"latchkey\"/ {print \$1; exit}")
            [ -n "$window" ] && break
            sleep 0.2
        done'

    # Inside Xvfb: start latchkey, wait for its top-level window, report its class and whether
    # it carries an icon; then open a latchkey:// link as the desktop does (xdg-open runs the
    # registered handler, "latchkey %u"): an answer for an attempt this instance never made,
    # which it must take over the single-instance socket and ignore (log line, no secret) while
    # the second process exits at once. Then close it.
    probe='
        # A desktop session has a private XDG_RUNTIME_DIR (0700, the user'"'"'s); the single-instance
        # socket lives only there (no shared /tmp fallback).
        XDG_RUNTIME_DIR=$(mktemp -d) && export XDG_RUNTIME_DIR
        link="latchkey://authorized?state=CheckDebForeignState_0&site_url=https%3A%2F%2Fexample.com&user_login=someone&password=abcd%20EFGH%20ijkl%20MNOP%20qrst%20UVWX"
        /usr/bin/latchkey >"$HOME/gui.log" 2>&1 &
        pid=$!
        for _ in $(seq 1 100); do
            kill -0 "$pid" 2>/dev/null || { echo "EXITED"; cat "$HOME/gui.log"; exit 1; }
            window=$(xwininfo -root -children | awk "/\"latchkey\" \"latchkey\"/ {print \$1; exit}")
            [ -n "$window" ] && break
            sleep 0.2
        done
        [ -n "$window" ] || { echo "NO WINDOW"; xwininfo -root -children; kill "$pid"; exit 1; }
        sleep 1
        echo "WINDOW $window"
        xprop -id "$window" WM_CLASS
        xprop -id "$window" _NET_WM_ICON | head -n 2
        opener="/usr/bin/latchkey"
        command -v xdg-open >/dev/null && opener="xdg-open"
        start=$(date +%s)
        timeout 20 $opener "$link" >"$HOME/open.log" 2>&1
        echo "OPENED $opener status $? in $(( $(date +%s) - start ))s"
        cat "$HOME/open.log"
        sleep 1
        if kill -0 "$pid" 2>/dev/null; then echo "STILL RUNNING"; fi
        sed "s/^/gui: /" "$HOME/gui.log"
        grep -q "ignored a latchkey://authorized callback" "$HOME/gui.log" && echo "LINK IGNORED"
        grep -qi -e "abcd.EFGH" -e "abcd%20EFGH" -e "abcdEFGH" "$HOME/gui.log" "$HOME/open.log" &&
            echo "SECRET LOGGED"
        kill "$pid"; wait "$pid" 2>/dev/null
        exit 0'
    if out=$("${bare[@]}" timeout 60 xvfb-run --auto-servernum sh -c "$probe" 2>&1); then
        echo "$out"
        if ! grep -q 'WM_CLASS(STRING) = "latchkey", "latchkey"' <<<"$out"; then
            problem "the window class is not \"latchkey\" (StartupWMClass in the desktop file)"
        elif ! grep -q '_NET_WM_ICON(CARDINAL) = ' <<<"$out"; then
            problem "the window has no icon"
        else
            echo "check-deb: the installed GUI starts, window class latchkey, with an icon"
        fi
        if ! grep -qE '^OPENED [^ ]+ status 0 in [0-4]s' <<<"$out"; then
            problem "opening a latchkey:// link did not hand it over at once: $(grep OPENED <<<"$out")"
        elif ! grep -q '^STILL RUNNING' <<<"$out"; then
            problem "the running GUI did not survive a latchkey:// link it did not ask for"
        elif ! grep -q '^LINK IGNORED' <<<"$out"; then
            problem "the running GUI did not receive the latchkey:// link (no log line)"
        else
            echo "check-deb: a latchkey:// link reaches the running GUI, which ignores a foreign one"
        fi
        if grep -q '^SECRET LOGGED' <<<"$out"; then
            problem "the password in a latchkey:// link appeared in a log"
        fi
    else
        problem "the installed GUI did not show its window under Xvfb: $out"
    fi

    if command -v dbus-run-session >/dev/null && command -v gdbus >/dev/null; then
        step "D-Bus activation: org.freedesktop.Application.Activate on $app_id"
        # A private session bus finds the installed service file in /usr/share/dbus-1/services
        # and starts "latchkey --dbus-activated", which must claim the name, answer Activate
        # and show its window.
        probe_dbus='
            gdbus call --session --timeout 20 --dest '"$app_id"' \
                --object-path /'"${app_id//.//}"' \
                --method org.freedesktop.Application.Activate "{}" || { echo "NO ANSWER"; exit 1; }
            '"$wait_window"'
            [ -n "$window" ] || { echo "NO WINDOW"; exit 1; }
            echo "WINDOW $window"
            pid=$(gdbus call --session --dest org.freedesktop.DBus \
                --object-path /org/freedesktop/DBus \
                --method org.freedesktop.DBus.GetConnectionUnixProcessID '"$app_id"' |
                tr -dc 0-9 | sed "s/^32//")
            [ -n "$pid" ] && kill "$pid"
            exit 0'
        if out=$("${bare[@]}" timeout 90 xvfb-run --auto-servernum \
            dbus-run-session -- sh -c "$probe_dbus" 2>&1); then
            echo "$out"
            echo "check-deb: D-Bus activation starts latchkey and it shows its window"
        else
            problem "D-Bus activation does not work (DBusActivatable=true in the desktop file):" \
                "$out"
        fi
    fi
else
    echo "check-deb: xvfb-run or xwininfo missing: GUI start not checked"
fi

if ((${#problems[@]} > 0)); then
    echo "check-deb: FAIL: the installed package does not work as it should:" >&2
    printf '  - %s\n' "${problems[@]}" >&2
    exit 1
fi
echo "check-deb: ok: $(basename "$deb")"
# cleanup (trap) removes the package and reports the final status
