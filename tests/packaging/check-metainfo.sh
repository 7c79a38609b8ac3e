#!/usr/bin/env bash
# check-metainfo.sh VERSION FILE.metainfo.xml: appstreamcli validates the file strictly (any
# issue above "pedantic" fails) without network access, and its newest release is VERSION.
set -euo pipefail
version=$1 file=$2
if ! command -v appstreamcli >/dev/null; then
    echo "check-metainfo: appstreamcli missing (Debian: appstream;" \
        "scripts/install-deps.sh installs it)" >&2
    exit 1
fi
appstreamcli validate --no-net --strict --explain "$file"
# Releases are listed newest first.
newest=$(grep -o '<release version="[^"]*"' "$file" | head -n1 | cut -d'"' -f2)
if [[ $newest != "$version" ]]; then
    echo "check-metainfo: FAIL: newest <release> is \"$newest\", the project is $version;" \
        "add a <release> for it" >&2
    exit 1
fi
echo "check-metainfo: ok: $file (release $version)"
