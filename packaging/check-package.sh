#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Rebind authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the Debian package and proves it installs and runs with nothing but its Depends:
#   1. the Release build of the `package` preset (no tests) and `cpack` → build/package/rebind_*.deb
#   2. lintian on it: any error fails the check
#   3. a bare `debootstrap --variant=minbase bookworm` chroot, where
#      `apt-get install --no-install-recommends ./rebind_*.deb` pulls in only what the package
#      declares (the CI machine has every library already, so installing there would hide a
#      missing Depends)
#   4. packaging/package-smoke-test.sh in the chroot, as an ordinary user: rebind-cli --version,
#      an init / add / list / export pdf session, the GUI offscreen for 5 s and quit by SIGTERM
#   5. then, with the validators installed there after the package: pdftotext on the PDF,
#      desktop-file-validate, appstreamcli validate --no-net, man -l of both man pages
#
#   sudo bash packaging/check-package.sh [--fresh]
#
#   --fresh  bootstrap the base chroot again (otherwise the one an earlier run made is reused)
#
# The base chroot, /var/tmp/rebind-pkg-chroot.base, holds only what debootstrap put there; each
# run copies it to /var/tmp/rebind-pkg-chroot and installs into the copy (override the path with
# REBIND_PKG_CHROOT). Downloaded packages are kept in /var/tmp/rebind-pkg-chroot.apt-archives.
# Mirror as in check-in-chroot.sh (REBIND_CHROOT_MIRROR). Works inside check-in-chroot.sh's
# chroot too: the chroot is then nested.
set -euo pipefail

fresh=0
while [ "$#" -gt 0 ]; do
    case "$1" in
        --fresh) fresh=1 ;;
        *)
            echo "usage: bash packaging/check-package.sh [--fresh]" >&2
            exit 2
            ;;
    esac
    shift
done

if [ "$(id -u)" -ne 0 ]; then
    echo "check-package: must run as root (apt-get, debootstrap, chroot and mount need it)." >&2
    exit 1
fi

repo="$(cd "$(dirname "$0")/.." && pwd)"
cd "$repo"
suite=bookworm
work="${REBIND_PKG_CHROOT:-/var/tmp/rebind-pkg-chroot}"
base="$work.base"
apt_archives="$work.apt-archives"
chroot_tag=check-package
# shellcheck source=packaging/chroot-lib.sh
. "$repo/packaging/chroot-lib.sh"

root="$work"
chroot_lock
trap chroot_cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# stage NAME CMD...: runs CMD and prints how long it took.
times=()
stage() {
    local name="$1" start=$SECONDS
    shift
    chroot_log "$name"
    "$@"
    times+=("$(printf '%5d s  %s' "$((SECONDS - start))" "$name")")
    chroot_log "$name: $((SECONDS - start)) s"
}

# --- 1. The package -----------------------------------------------------------------------------
host_tools() {
    bash packaging/install-deps.sh
    # dpkg-shlibdeps (dpkg-dev) and `file` for CPack's Depends; lintian; debootstrap.
    local pkg missing=()
    for pkg in dpkg-dev file lintian debootstrap; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
    done
    if [ "${#missing[@]}" -gt 0 ]; then
        echo "check-package: installing ${missing[*]}" >&2
        DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}" ||
            { apt-get update -q &&
                DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"; }
    fi
}

build_package() {
    cmake --preset package
    cmake --build --preset package -j "$(nproc 2>/dev/null || echo 2)"
    rm -f build/package/rebind_*.deb
    cpack --config build/package/CPackConfig.cmake -B build/package
}

deb=""
inspect_package() {
    local debs=(build/package/rebind_*.deb)
    if [ "${#debs[@]}" -ne 1 ] || [ ! -f "${debs[0]}" ]; then
        echo "check-package: expected one build/package/rebind_*.deb, found: ${debs[*]}" >&2
        exit 1
    fi
    deb="${debs[0]}"
    dpkg-deb --info "$deb"
    dpkg-deb --contents "$deb"
    # The programs and their data only: no static libraries, headers or tests.
    local unexpected
    unexpected="$(dpkg-deb --contents "$deb" | awk '{ print $6 }' |
        grep -Ev '^\./(usr/(bin/(rebind|rebind-cli)|share/.*)|usr/bin/|usr/|)$' || true)"
    if [ -n "$unexpected" ]; then
        echo "check-package: files outside /usr/bin/rebind, /usr/bin/rebind-cli and /usr/share:" >&2
        printf '%s\n' "$unexpected" >&2
        exit 1
    fi
}

run_lintian() {
    # Every tag is shown (info included); only errors fail the check.
    lintian --fail-on error --display-info --tag-display-limit 0 "$deb"
    echo "lintian: no errors"
}

# --- 2. The chroot ------------------------------------------------------------------------------
prepare_chroot() {
    root="$base"
    chroot_bootstrap "$suite" "$fresh"
    root="$work"
    if [ -n "$(mounts_below)" ]; then
        echo "check-package: refusing to delete $root while something is mounted below it:" >&2
        mounts_below >&2
        exit 1
    fi
    rm -rf --one-file-system "$root"
    cp -a "$base" "$root"
    chroot_copy_network_config
    chroot_mount_kernel_fs
    mkdir -p "$apt_archives/partial"
    chroot_mount /var/cache/apt/archives --bind "$apt_archives"
    mkdir -p "$root/var/tmp/rebind-check"
    cp "$deb" packaging/package-smoke-test.sh "$root/var/tmp/rebind-check/"
    chmod -R a+rX "$root/var/tmp/rebind-check"
    chroot_run apt-get update -q
}

install_package() {
    local before after
    before="$(chroot_run dpkg-query -W -f='.\n' | wc -l)"
    chroot_run /bin/bash -c 'cd /var/tmp/rebind-check &&
        DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends ./rebind_*.deb'
    after="$(chroot_run dpkg-query -W -f='.\n' | wc -l)"
    echo "check-package: the package and its Depends added $((after - before)) packages to the bare chroot"
    # shellcheck disable=SC2016 # dpkg-query's own ${field} syntax
    chroot_run dpkg-query -W -f='${Package} ${Version} ${Status}\n' rebind
}

# The smoke test runs as an ordinary user with a session's usual variables, as on a desktop.
smoke_user=rebind-smoke
add_smoke_user() {
    chroot_run useradd --create-home --shell /bin/bash "$smoke_user"
    local uid
    uid="$(chroot_run id -u "$smoke_user")"
    chroot_run install -d -m 0700 -o "$smoke_user" -g "$smoke_user" "/run/user/$uid"
}
as_smoke_user() {
    local uid
    uid="$(chroot_run id -u "$smoke_user")"
    chroot_run setpriv --reuid="$smoke_user" --regid="$smoke_user" --init-groups \
        env -i PATH=/usr/local/bin:/usr/bin:/bin HOME="/home/$smoke_user" USER="$smoke_user" \
        LANG=C.UTF-8 XDG_RUNTIME_DIR="/run/user/$uid" "$@"
}

smoke_test_programs() {
    add_smoke_user
    as_smoke_user bash /var/tmp/rebind-check/package-smoke-test.sh programs
}

install_validators() {
    chroot_run env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
        poppler-utils desktop-file-utils appstream man-db
}

stage "host tools (install-deps.sh, dpkg-dev, file, lintian, debootstrap)" host_tools
stage "build the Release package (cmake --preset package, cpack)" build_package
stage "inspect the package" inspect_package
stage "lintian $deb" run_lintian
stage "chroot: bare $suite (debootstrap minbase, copied from $base)" prepare_chroot
stage "chroot: apt-get install --no-install-recommends ./$(basename "$deb")" install_package
stage "chroot: smoke test of the programs" smoke_test_programs
stage "chroot: install the validators (poppler-utils desktop-file-utils appstream man-db)" \
    install_validators
stage "chroot: check the installed files" \
    as_smoke_user bash /var/tmp/rebind-check/package-smoke-test.sh files

chroot_log "stage times"
printf '%s\n' "${times[@]}" >&2
chroot_log "the package $deb passed"
