# shellcheck shell=bash
# SPDX-FileCopyrightText: 2026 The Rebind authors
# SPDX-License-Identifier: GPL-3.0-or-later
# A bare `debootstrap --variant=minbase` Debian chroot, its kernel file systems, and a cleanup that
# leaves nothing mounted or running: shared by check-in-chroot.sh and check-package.sh, which
# source this file. Both run as root.
#
# The caller sets, before calling anything:
#   root        the chroot's directory (the functions below all act on it)
#   chroot_tag  the prefix of messages, e.g. check-in-chroot
# and installs the cleanup:  trap chroot_cleanup EXIT; trap 'exit 130' INT; trap 'exit 143' TERM
# shellcheck disable=SC2154 # root and chroot_tag are the caller's

chroot_log() { printf '\n=== %s: %s\n' "$chroot_tag" "$*" >&2; }

# --- Safety: everything mounted below the chroot, deepest first -------------------------------
# Listed from /proc/self/mountinfo (not `mount`) so paths are exact. Used both before deleting the
# chroot (an `rm -rf` through a bind mount of /dev would wipe the host's /dev) and when cleaning up.
# Mount points there are relative to this process's root, so this works inside a chroot too.
mounts_below() {
    awk -v root="$root" '$5 == root || index($5, root "/") == 1 { print $5 }' /proc/self/mountinfo |
        sort -r
}

# Processes whose root directory is the chroot (or a chroot inside it) were started by this
# script (a dbus-daemon or gnome-keyring-daemon a test left behind, say). They would keep the
# mounts busy, so they are ended one by one, by PID.
# shellcheck disable=SC2317 # called from the EXIT trap, which shellcheck 0.9 does not follow
kill_chroot_processes() {
    local pid signal found proc_root
    for signal in TERM KILL; do
        found=0
        for pid in /proc/[0-9]*; do
            proc_root="$(readlink "$pid/root" 2>/dev/null)" || continue
            if [ "$proc_root" = "$root" ] || [ "${proc_root#"$root"/}" != "$proc_root" ]; then
                echo "$chroot_tag: ending leftover process ${pid#/proc/} ($(tr '\0' ' ' <"$pid/cmdline" 2>/dev/null))" >&2
                kill "-$signal" "${pid#/proc/}" 2>/dev/null || true
                found=1
            fi
        done
        [ "$found" -eq 1 ] || return 0
        sleep 1
    done
}

# The EXIT trap: ends what runs in the chroot, unmounts everything below it, and exits with the
# script's status (1 if something stayed mounted and the script had succeeded).
# shellcheck disable=SC2317 # the EXIT trap
chroot_cleanup() {
    local status=$? mnt
    kill_chroot_processes
    mounts_below | while IFS= read -r mnt; do
        # A lazy unmount is the last resort: it detaches the mount now and frees it once unused.
        umount "$mnt" 2>/dev/null || umount -l "$mnt" || echo "$chroot_tag: could not unmount $mnt" >&2
    done
    if [ -n "$(mounts_below)" ]; then
        echo "$chroot_tag: mounts left below $root:" >&2
        mounts_below >&2
        [ "$status" -ne 0 ] || status=1
    fi
    exit "$status"
}

# Two runs sharing one chroot would unmount each other's /proc and /dev: one at a time. Holds
# "$root.lock" on file descriptor 9 until the script exits.
chroot_lock() {
    mkdir -p "$(dirname "$root")"
    exec 9>"$root.lock"
    if ! flock -n 9; then
        echo "$chroot_tag: another run holds $root.lock; wait for it to finish." >&2
        exit 1
    fi
}

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

# --- The chroot ---------------------------------------------------------------------------------
# chroot_bootstrap SUITE FRESH: makes $root a bare debootstrap minbase SUITE, unless an earlier
# run finished one there and FRESH is 0. Packages come from the Debian mirror the host's own apt
# sources name, never from a host written into this file (override with REBIND_CHROOT_MIRROR).
chroot_bootstrap() {
    local suite="$1" fresh="$2"
    local ready="$root/.rebind-chroot-ready" # written only once debootstrap has finished
    local mirror security_mirror start
    mirror="${REBIND_CHROOT_MIRROR:-$(host_mirror_for "$suite")}"
    if [ -z "$mirror" ]; then
        echo "$chroot_tag: no '$suite' entry in /etc/apt/sources.list or /etc/apt/sources.list.d/;" \
            "set REBIND_CHROOT_MIRROR to a Debian mirror URL." >&2
        exit 1
    fi
    # A fresh Debian 12 also gets bookworm-updates and bookworm-security; take them from the host
    # too when it has them, so the chroot sees the same package versions a real machine would.
    security_mirror="$(host_mirror_for "$suite-security")"

    if [ "$fresh" -eq 0 ] && [ -e "$ready" ]; then
        return 0
    fi
    if [ -n "$(mounts_below)" ]; then
        echo "$chroot_tag: refusing to delete $root while something is mounted below it:" >&2
        mounts_below >&2
        exit 1
    fi
    if [ -e "$root" ]; then
        chroot_log "removing the old chroot at $root"
        # --one-file-system: never follow a mount out of the chroot, even if the check above missed one.
        rm -rf --one-file-system "$root"
    fi

    if ! command -v debootstrap >/dev/null 2>&1; then
        chroot_log "installing debootstrap on the host"
        DEBIAN_FRONTEND=noninteractive apt-get install -y -q debootstrap ||
            { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q debootstrap; }
    fi

    local debootstrap_args=(--variant=minbase)
    local keyring=/usr/share/keyrings/debian-archive-keyring.gpg
    [ -f "$keyring" ] && debootstrap_args+=("--keyring=$keyring")
    # apt in a minbase chroot has no CA certificates to check an https mirror with.
    case "$mirror" in https:*) debootstrap_args+=(--include=ca-certificates) ;; esac

    chroot_log "debootstrap ${debootstrap_args[*]} $suite $root $mirror"
    start=$SECONDS
    debootstrap "${debootstrap_args[@]}" "$suite" "$root" "$mirror"
    chroot_log "debootstrap took $((SECONDS - start)) s"

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
}

# Name resolution as on a real machine: the mirror's name, and localhost for tests that use it.
chroot_copy_network_config() {
    cp /etc/resolv.conf "$root/etc/resolv.conf"
    cp /etc/hosts "$root/etc/hosts"
}

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
chroot_mount_kernel_fs() {
    chroot_mount /proc -t proc proc
    chroot_mount /sys --bind /sys
    chroot_mount /dev --bind /dev
    chroot_mount /dev/pts --bind /dev/pts
    chroot_mount /dev/shm -t tmpfs -o mode=1777,nosuid,nodev shm
}

# chroot_run CMD...: runs CMD in the chroot as root with nothing from this shell's environment but
# a PATH and a HOME (and CI=true), and no standard input, like CI. `unshare --ipc` gives it System V
# shared memory and semaphores of its own, as a separate machine has: a segment the host (or an
# earlier, crashed run) left under the same key cannot leak in.
chroot_run() {
    env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin HOME=/root CI=true \
        unshare --ipc chroot "$root" "$@" </dev/null
}
