#!/usr/bin/env bash
# check-desktop-file.sh FILE.desktop: desktop-file-validate must report no error and no warning
# (hints are advice and are shown, but pass).
set -euo pipefail
file=$1
if ! command -v desktop-file-validate >/dev/null; then
    echo "check-desktop-file: desktop-file-validate missing (Debian: desktop-file-utils;" \
        "scripts/install-deps.sh installs it)" >&2
    exit 1
fi
report=$(desktop-file-validate "$file" 2>&1) || status=$?
[[ -n $report ]] && echo "$report"
if [[ ${status:-0} -ne 0 ]] || grep -qE ': (error|warning): ' <<<"$report"; then
    echo "check-desktop-file: FAIL: $file" >&2
    exit 1
fi
echo "check-desktop-file: ok: $file"
