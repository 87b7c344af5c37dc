#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Rebind authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders the hicolor PNG icons from the scalable SVG. Run it by hand after changing the SVG and
# commit the PNGs: the build and the package only copy them, so they never need a renderer.
# Needs rsvg-convert (Debian: librsvg2-bin). The same PNGs are compiled into the app as its window
# icon (ui/CMakeLists.txt).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
icons="$(cd "$here/../../resources/icons" && pwd)"
id=io.github.rebindapp.Rebind
svg="$icons/hicolor/scalable/apps/$id.svg"
# Small sizes have drawings of their own on the pixel grid: the full drawing, scaled down, blurs
# the phone's frame and turns the arrows into two yellow bars. 22 px is the 24 px drawing without
# its 1 px margin.
svg16="$here/$id-16.svg"
svg24="$here/$id-24.svg"

if ! command -v rsvg-convert >/dev/null 2>&1; then
    echo "render_icons: rsvg-convert not found (Debian/Ubuntu: apt-get install librsvg2-bin)" >&2
    exit 1
fi
for f in "$svg" "$svg16" "$svg24"; do
    if [ ! -f "$f" ]; then
        echo "render_icons: $f is missing" >&2
        exit 1
    fi
done

# The sizes the hicolor theme (and the issue) asks for: 16-512 px.
for size in 16 22 24 32 48 64 128 256 512; do
    dir="$icons/hicolor/${size}x${size}/apps"
    mkdir -p "$dir"
    case "$size" in
        16) rsvg-convert --format png --output "$dir/$id.png" "$svg16" ;;
        22)
            sed -e 's/viewBox="0 0 24 24"/viewBox="1 1 22 22"/' \
                -e 's/width="24" height="24"/width="22" height="22"/' "$svg24" |
                rsvg-convert --format png --output "$dir/$id.png"
            ;;
        24) rsvg-convert --format png --output "$dir/$id.png" "$svg24" ;;
        *)
            rsvg-convert --width "$size" --height "$size" --keep-aspect-ratio --format png \
                --output "$dir/$id.png" "$svg"
            ;;
    esac
done
echo "render_icons: wrote 9 sizes under $icons/hicolor"
