#!/bin/sh
# SPDX-FileCopyrightText: 2026 The Rebind authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a test with a small, private tmpfs at $REBIND_TMPFS, in a mount namespace of its own
# (unshare: as root, or as any user where the kernel allows user namespaces), so that a test can
# fill a real file system to ENOSPC, or remount it read-only, without touching the machine's.
# Where no namespace can be made, the test runs without REBIND_TMPFS and skips those cases.
set -eu
if unshare -rm true 2>/dev/null; then
    exec unshare -rm sh -c '
        dir=$(mktemp -d)
        mount -t tmpfs -o size=2m,mode=0700 rebind-test "$dir"
        REBIND_TMPFS="$dir" exec "$@"' with-tmpfs "$@"
fi
echo "with-tmpfs: no mount namespace can be made here (unshare -rm failed); the full-disk and read-only cases will skip." >&2
exec "$@"
