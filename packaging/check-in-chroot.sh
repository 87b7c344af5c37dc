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
ready="$root/.rebind-chroot-ready" # written only once debootstrap has finished
log() { printf '\n=== check-in-chroot: %s\n' "$*" >&2; }

# --- Safety: everything mounted below the chroot, deepest first -------------------------------
# Listed from /proc/self/mountinfo (not `mount`) so paths are exact. Used both before deleting the
# chroot (an `rm -rf` through a bind mount of /dev would wipe the host's /dev) and when cleaning up.
mounts_below() {
    awk -v root="$root" '$5 == root || index($5, root "/") == 1 { print $5 }' /proc/self/mountinfo |
        sort -r
}

# Processes whose root directory is the chroot were started by this script (a dbus-daemon or
# gnome-keyring-daemon a test left behind, say). They would keep the mounts busy, so they are
# ended one by one, by PID.
# shellcheck disable=SC2317 # called from the EXIT trap, which shellcheck 0.9 does not follow
kill_chroot_processes() {
    local pid signal found
    for signal in TERM KILL; do
        found=0
        for pid in /proc/[0-9]*; do
            if [ "$(readlink "$pid/root" 2>/dev/null)" = "$root" ]; then
                echo "check-in-chroot: ending leftover process ${pid#/proc/} ($(tr '\0' ' ' <"$pid/cmdline" 2>/dev/null))" >&2
                kill "-$signal" "${pid#/proc/}" 2>/dev/null || true
                found=1
            fi
        done
        [ "$found" -eq 1 ] || return 0
        sleep 1
    done
}

# shellcheck disable=SC2317 # the EXIT trap
cleanup() {
    local status=$? mnt
    kill_chroot_processes
    mounts_below | while IFS= read -r mnt; do
        # A lazy unmount is the last resort: it detaches the mount now and frees it once unused.
        umount "$mnt" 2>/dev/null || umount -l "$mnt" || echo "check-in-chroot: could not unmount $mnt" >&2
    done
    if [ -n "$(mounts_below)" ]; then
        echo "check-in-chroot: mounts left below $root:" >&2
        mounts_below >&2
        [ "$status" -ne 0 ] || status=1
    fi
    exit "$status"
}

# Two runs sharing one chroot would unmount each other's /proc and /dev: allow one at a time.
mkdir -p "$(dirname "$root")"
exec 9>"$root.lock"
if ! flock -n 9; then
    echo "check-in-chroot: another run holds $root.lock; wait for it to finish." >&2
    exit 1
fi

trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# --- The mirror: the one the host's apt already uses -------------------------------------------
# Reads both apt source formats (one-line *.list and deb822 *.sources, the only files apt reads
# in sources.list.d) and prints "URI SUITE" for every enabled `deb` entry.
host_apt_entries() {
    local files=()
    [ -f /etc/apt/sources.list ] && files+=(/etc/apt/sources.list)
    shopt -s nullglob
    files+=(/etc/apt/sources.list.d/*.list)
    local sources=(/etc/apt/sources.list.d/*.sources)
    shopt -u nullglob
    if [ "${#files[@]}" -gt 0 ]; then
        # deb [options] URI SUITE COMPONENT...; the [options] part may contain spaces.
        sed -e 's/#.*//' -e 's/\[[^]]*\]//' "${files[@]}" | awk '$1 == "deb" { print $2, $3 }'
    fi
    if [ "${#sources[@]}" -gt 0 ]; then
        awk '
            function flush(   u, s, nu, ns, i, j) {
                if (types ~ /(^| )deb( |$)/ && enabled != "no") {
                    nu = split(uris, u, " "); ns = split(suites, s, " ")
                    for (i = 1; i <= nu; i++) for (j = 1; j <= ns; j++) print u[i], s[j]
                }
                types = uris = suites = ""; enabled = "yes"
            }
            FNR == 1 { flush() }
            /^[ \t]*#/ { next }
            /^[ \t]*$/ { flush(); next }
            {
                key = tolower($1); sub(/:$/, "", key); $1 = ""; sub(/^ +/, "")
                if (key == "types") types = $0
                else if (key == "uris") uris = $0
                else if (key == "suites") suites = $0
                else if (key == "enabled") enabled = tolower($0)
            }
            END { flush() }
        ' "${sources[@]}"
    fi
}

# The first http(s)/file URI that serves $1 (a suite name) on the host, minus any trailing slash.
host_mirror_for() {
    host_apt_entries | awk -v suite="$1" '$2 == suite && $1 ~ /^(https?|file):/ { sub(/\/$/, "", $1); print $1; exit }'
}

mirror="${REBIND_CHROOT_MIRROR:-$(host_mirror_for "$suite")}"
if [ -z "$mirror" ]; then
    echo "check-in-chroot: no '$suite' entry in /etc/apt/sources.list or /etc/apt/sources.list.d/;" \
        "set REBIND_CHROOT_MIRROR to a Debian mirror URL." >&2
    exit 1
fi
# A fresh Debian 12 also gets bookworm-updates and bookworm-security; take them from the host too
# when it has them, so the chroot sees the same package versions a real machine would.
security_mirror="$(host_mirror_for "$suite-security")"

# --- The chroot ---------------------------------------------------------------------------------
if [ "$fresh" -eq 1 ] || [ ! -e "$ready" ]; then
    if [ -n "$(mounts_below)" ]; then
        echo "check-in-chroot: refusing to delete $root while something is mounted below it:" >&2
        mounts_below >&2
        exit 1
    fi
    if [ -e "$root" ]; then
        log "removing the old chroot at $root"
        # --one-file-system: never follow a mount out of the chroot, even if the check above missed one.
        rm -rf --one-file-system "$root"
    fi

    if ! command -v debootstrap >/dev/null 2>&1; then
        log "installing debootstrap on the host"
        DEBIAN_FRONTEND=noninteractive apt-get install -y -q debootstrap ||
            { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q debootstrap; }
    fi

    debootstrap_args=(--variant=minbase)
    keyring=/usr/share/keyrings/debian-archive-keyring.gpg
    [ -f "$keyring" ] && debootstrap_args+=("--keyring=$keyring")
    # apt in a minbase chroot has no CA certificates to check an https mirror with.
    case "$mirror" in https:*) debootstrap_args+=(--include=ca-certificates) ;; esac

    log "debootstrap ${debootstrap_args[*]} $suite $root $mirror"
    start=$SECONDS
    debootstrap "${debootstrap_args[@]}" "$suite" "$root" "$mirror"
    log "debootstrap took $((SECONDS - start)) s"

    {
        echo "deb $mirror $suite main"
        echo "deb $mirror $suite-updates main"
        [ -z "$security_mirror" ] || echo "deb $security_mirror $suite-security main"
    } >"$root/etc/apt/sources.list"

    # Chroot-only: keep package scripts from starting daemons (the system D-Bus, say) that would
    # outlive the run and hold the bind mounts. The tests start their own session bus, and a real
    # machine's init system is not what is being checked here.
    printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d"
    chmod 755 "$root/usr/sbin/policy-rc.d"

    echo "$suite from $mirror, $(date -u +%FT%TZ)" >"$ready"
fi

# Name resolution as on a real machine: the mirror's name, and localhost for tests that use it.
cp /etc/resolv.conf "$root/etc/resolv.conf"
cp /etc/hosts "$root/etc/hosts"

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

# --- Kernel file systems ------------------------------------------------------------------------
# /proc and /sys for ps, nproc, Qt and ctest; /dev for /dev/null, /dev/urandom (libsodium); a
# /dev/pts for apt's dpkg log and anything that opens a terminal; a private /dev/shm (POSIX shared
# memory and semaphores, used by Qt and D-Bus) instead of the host's. Each bind mount is made
# private at once, so that mounting /dev/pts on the chroot's /dev cannot propagate to the host's.
chroot_mount() { # chroot_mount TARGET MOUNT-ARGS...
    local target="$root$1"
    shift
    mkdir -p "$target"
    mount "$@" "$target"
    mount --make-private "$target"
}
chroot_mount /proc -t proc proc
chroot_mount /sys --bind /sys
chroot_mount /dev --bind /dev
chroot_mount /dev/pts --bind /dev/pts
chroot_mount /dev/shm -t tmpfs -o mode=1777,nosuid,nodev shm

# --- The check ----------------------------------------------------------------------------------
# As root, as CI runs it, with nothing from this shell's environment but a PATH and a HOME: a
# variable the scripts rely on without setting (LANG, TERM, XDG_RUNTIME_DIR, DISPLAY...) makes
# the check fail here instead of on a user's machine. No standard input either, like CI.
# `unshare --ipc` gives it System V shared memory and semaphores of its own, as a separate machine
# has: a segment the host (or an earlier, crashed run) left under the same key cannot leak in.
log "running '${inner[*]}' in $root (CI=true)"
start=$SECONDS
set +e
env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin HOME=/root CI=true \
    unshare --ipc chroot "$root" /bin/bash -c 'cd /src && exec "$@"' check-in-chroot "${inner[@]}" </dev/null
status=$?
set -e
log "'${inner[*]}' exited with $status after $((SECONDS - start)) s"
exit "$status"
