#!/bin/sh
# SPDX-FileCopyrightText: 2026 The Rebind authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Remakes the user guide's pictures (docs/images/<lang>-<name>.png) from rebind_gui_shots, which
# renders the real windows over a sample vault of made-up people and numbers.
#   tools/guide/make_images.sh [BUILD_DIR]      (default build/dev; needs xvfb-run and pngquant)
# The pictures are reduced to 256 colours so that each stays well under 150 KB.
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$root/build/dev}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
names="firstrun person number checklist_search main_mother export main walkthrough discovery
export_handoff restore_backup"
for lang in zh_CN en; do
    xvfb-run -a -s "-screen 0 1366x768x24" "$build/bin/rebind_gui_shots" "$out" "$lang" >/dev/null
    for name in $names; do
        # checklist_search is the guide's "checklist" picture, main_mother its "main_person".
        target=$(echo "$name" | sed -e "s/^checklist_search$/checklist/" -e "s/^main_mother$/main_person/")
        pngquant --quality 70-95 --speed 1 --strip --force \
            --output "$root/docs/images/$lang-$target.png" "$out/${lang}_$name.png"
    done
done
ls -l "$root/docs/images"
