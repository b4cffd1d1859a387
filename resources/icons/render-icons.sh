#!/usr/bin/env bash
# render-icons.sh: renders the PNG sizes from the hand-written SVGs (needs rsvg-convert, Debian librsvg2-bin).
# The PNGs are committed so that building Tsuzuki does not need librsvg; run this after editing an SVG.
set -euo pipefail
cd "$(dirname "$0")"
app=io.github.tsuzuki_app.Tsuzuki
for size in 16 22 24 32 48 64 128 256 512; do
    mkdir -p "app/${size}"
    rsvg-convert -w "$size" -h "$size" "app/${app}.svg" -o "app/${size}/${app}.png"
done
for state in idle syncing error; do
    for size in 16 22 24 32 48 64; do
        rsvg-convert -w "$size" -h "$size" "tray/tsuzuki-tray-${state}.svg" -o "tray/tsuzuki-tray-${state}-${size}.png"
    done
done
