#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Rebind authors
# SPDX-License-Identifier: GPL-3.0-or-later
# The README's two commands:
#   bash packaging/dev.sh run    install dependencies, build, start Rebind
#   bash packaging/dev.sh test   install dependencies, build, run every test
set -euo pipefail
cd "$(dirname "$0")/.."

mode="${1:-}"
case "$mode" in
    run | test) ;;
    *)
        echo "usage: bash packaging/dev.sh run|test" >&2
        exit 1
        ;;
esac

bash packaging/install-deps.sh

jobs="$(nproc 2>/dev/null || echo 2)"
if [ "$mode" = run ]; then
    cmake --preset release
    cmake --build --preset release -j "$jobs"
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
        echo "No display found: starting Rebind on a virtual one (xvfb-run)." >&2
        exec xvfb-run -a build/release/bin/rebind "${@:2}"
    fi
    exec build/release/bin/rebind "${@:2}"
fi

cmake --preset dev
cmake --build --preset dev -j "$jobs"
ctest --preset dev -j "$jobs"
