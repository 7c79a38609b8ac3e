#!/usr/bin/env bash
# check-manpages.sh VERSION PAGE...: each man page formats with groff without a single warning
# (-ww enables them all) and names VERSION in its .TH line.
set -euo pipefail
version=$1
shift
if ! command -v groff >/dev/null; then
    echo "check-manpages: groff missing (Debian: groff-base;" \
        "scripts/install-deps.sh installs it)" >&2
    exit 1
fi
failed=0
for page in "$@"; do
    warnings=$(LC_ALL=C.UTF-8 groff -man -Tutf8 -ww -z "$page" 2>&1) || true
    if [[ -n $warnings ]]; then
        echo "$warnings"
        echo "check-manpages: FAIL: groff warns about $page" >&2
        failed=1
    fi
    if ! grep -qE "^\.TH .*\"Latchkey ${version//./\\.}\"" "$page"; then
        echo "check-manpages: FAIL: the .TH line of $page does not name \"Latchkey $version\"" >&2
        failed=1
    fi
done
((failed == 0)) && echo "check-manpages: ok: $*"
exit "$failed"
