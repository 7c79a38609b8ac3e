#!/usr/bin/env bash
# Renders the hicolor PNGs from org.latchkey.Latchkey.svg. The PNGs are committed, so a build
# never needs this; re-run it after editing the SVG. Needs rsvg-convert (Debian: librsvg2-bin).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source_svg="$here/org.latchkey.Latchkey.svg"

if ! command -v rsvg-convert >/dev/null; then
    echo "render.sh: rsvg-convert not found; install librsvg2-bin" >&2
    exit 1
fi

for size in 16 24 32 48 64 128 256; do
    out_dir="$here/hicolor/${size}x${size}/apps"
    mkdir -p "$out_dir"
    rsvg-convert --width "$size" --height "$size" --format png \
        --output "$out_dir/org.latchkey.Latchkey.png" "$source_svg"
    echo "render.sh: $out_dir/org.latchkey.Latchkey.png"
done
