#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Rebind authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Checks the README's promise: on a fresh Debian 12, `bash packaging/dev.sh test` installs what it
# needs, builds and passes. "Fresh" is approximated by a bare `debootstrap --variant=minbase
# bookworm` chroot, which has far less than any real install (no sudo, no ca-certificates, no
# locales, no compiler), so whatever the scripts silently take from the host shows up here.
#
#   sudo bash packaging/check-in-chroot.sh [--fresh] [--deps-only | -- CMD...]
#
#   --fresh      delete the chroot and bootstrap it again (otherwise it is reused, which saves
#                debootstrap and the package downloads, about a minute and a half, but keeps what
#                earlier runs installed: use --fresh to prove the package list complete or to time
#                install-deps)
#   --deps-only  run only `bash packaging/install-deps.sh`, not the build and the tests
#   -- CMD...    run CMD in /src instead, to look into a failure, e.g.
#                -- bash -c 'bash packaging/dev.sh test || ctest --preset dev --rerun-failed -V'
#                (/src is copied afresh each run, without any build/ directory)
#
# The chroot lives in /var/tmp/rebind-chroot (override with REBIND_CHROOT). Packages come from
# the Debian mirror the host's own apt sources name, never from a host written into this file
# (override with REBIND_CHROOT_MIRROR). The exit code is the inner command's.
set -euo pipefail

usage() {
    echo "usage: bash packaging/check-in-chroot.sh [--fresh] [--deps-only | -- CMD...]" >&2
    exit 2
}

fresh=0
inner=(bash packaging/dev.sh test)
while [ "$#" -gt 0 ]; do
    case "$1" in
        --fresh) fresh=1 ;;
        --deps-only) inner=(bash packaging/install-deps.sh) ;;
        --)
            shift
            [ "$#" -gt 0 ] || usage
            inner=("$@")
            break
            ;;
        -h | --help) usage ;;
        *)
            echo "check-in-chroot: unknown argument '$1'" >&2
            usage
            ;;
    esac
    shift
done

if [ "$(id -u)" -ne 0 ]; then
    # debootstrap, chroot and mount all need root; say so rather than fail halfway through.
    echo "check-in-chroot: must run as root (debootstrap, chroot and mount need it)." >&2
    exit 1
fi

repo="$(cd "$(dirname "$0")/.." && pwd)"
root="${REBIND_CHROOT:-/var/tmp/rebind-chroot}"
suite=bookworm
chroot_tag=check-in-chroot
# shellcheck source=packaging/chroot-lib.sh
. "$repo/packaging/chroot-lib.sh"
log() { chroot_log "$@"; }

chroot_lock
trap chroot_cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

chroot_bootstrap "$suite" "$fresh"
chroot_copy_network_config

# --- The source tree: what a clone of the current working tree would hold ----------------------
# Tracked files plus untracked files that are not ignored, as they are on disk now (uncommitted
# edits included, deleted files left out). Nothing ignored comes along, so neither build/ nor
# other local output does: the build starts from scratch like CI's fresh clone. .git is left out
# too; the build does not need it.
log "copying the working tree of $repo to $root/src"
rm -rf --one-file-system "$root/src"
mkdir -p "$root/src"
git -c safe.directory="$repo" -C "$repo" ls-files -z --cached --others --exclude-standard |
    while IFS= read -r -d '' path; do
        case "$path" in build/* | build-*/*) continue ;; esac
        if [ -e "$repo/$path" ] || [ -L "$repo/$path" ]; then printf '%s\0' "$path"; fi
    done |
    tar -C "$repo" --null --no-recursion -T - -cf - |
    tar -C "$root/src" -xf -
echo "$(find "$root/src" -type f | wc -l) files copied" >&2

chroot_mount_kernel_fs

# --- The check ----------------------------------------------------------------------------------
# As root, as CI runs it, with nothing from this shell's environment but a PATH and a HOME: a
# variable the scripts rely on without setting (LANG, TERM, XDG_RUNTIME_DIR, DISPLAY...) makes
# the check fail here instead of on a user's machine. No standard input either, like CI.
log "running '${inner[*]}' in $root (CI=true)"
start=$SECONDS
set +e
chroot_run /bin/bash -c 'cd /src && exec "$@"' check-in-chroot "${inner[@]}"
status=$?
set -e
log "'${inner[*]}' exited with $status after $((SECONDS - start)) s"
exit "$status"
