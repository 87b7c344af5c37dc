#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Rebind authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs everything Rebind needs to build, run and test on Debian 12 or Ubuntu 24.04, from the
# distribution's own packages. Safe to run again: apt-get skips what is already there.
# Assumes nothing beyond a bare (debootstrap minbase) system: bash, apt and dpkg.
set -euo pipefail

# Only Debian and Ubuntu (and their derivatives, on a best-effort basis) use these package names.
if [ -r /etc/os-release ]; then
    # shellcheck disable=SC1091 # a system file, not part of the repository
    . /etc/os-release
fi
os="${ID:-unknown}"
case "$os:${VERSION_ID:-}" in
    debian:12 | ubuntu:24.04) ;;
    debian:* | ubuntu:*)
        echo "install-deps: ${PRETTY_NAME:-$os} is untested (Debian 12 and Ubuntu 24.04 are); trying anyway." >&2
        ;;
    *)
        case " ${ID_LIKE:-} " in
            *" debian "* | *" ubuntu "*)
                echo "install-deps: ${PRETTY_NAME:-$os} derives from Debian/Ubuntu but is untested" \
                    "(Debian 12 and Ubuntu 24.04 are); trying anyway." >&2
                ;;
            *)
                echo "install-deps: ${PRETTY_NAME:-this system} is not Debian or Ubuntu. This script only knows" \
                    "their apt package names; install the equivalents of the PACKAGES list in" \
                    "packaging/install-deps.sh yourself, then run cmake --preset dev." >&2
                exit 1
                ;;
        esac
        ;;
esac
for tool in apt-get dpkg-query; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "install-deps: $tool not found; this script needs apt and dpkg." >&2
        exit 1
    fi
done

PACKAGES=(
    # toolchain
    build-essential cmake ninja-build pkg-config ca-certificates
    # libraries
    qt6-base-dev qt6-tools-dev qt6-l10n-tools qt6-tools-dev-tools qt6-translations-l10n
    libsqlcipher-dev qtkeychain-qt6-dev libsodium-dev libphonenumber-dev libqrencode-dev
    libzxcvbn-dev libxml2-dev
    # the build turns libphonenumber's carrier data into the prefix → carrier table (Debian's C++
    # libphonenumber has no carrier mapper; the Python port ships the data)
    python3-phonenumbers
    # running the GUI, and the test suite's real keychain, display and PDF tools
    # (qt6-qpa-plugins holds the xcb and offscreen platform plugins: named here because the Qt GUI
    # library only recommends it, and this script installs without recommends)
    qt6-qpa-plugins xvfb xauth dbus dbus-x11 gnome-keyring libsecret-1-0 poppler-utils
    fonts-wqy-microhei
    # the desktop's own file chooser on GNOME and other GTK desktops (without it Qt shows its own)
    qt6-gtk-platformtheme
    # the export tests read back what Rebind writes: QR codes (zbarimg), calendars (icalendar)
    zbar-tools python3-icalendar
    # the crash harness kills rebind-cli at chosen system calls (strace -e inject)
    strace
    # bench_sms times the SMS scan against xmllint --stream on the same file
    libxml2-utils
    # tst_completion runs rebind-cli's completions in bash (with bash-completion) and in zsh, and
    # renders the manual pages with man and groff (a minbase system has none of them)
    bash-completion zsh man-db groff-base
    # tests/install validates the installed desktop entry, AppStream data and MIME types with the
    # tools distributions check them with, and compiles the MIME database to read it back
    desktop-file-utils appstream shared-mime-info
)

missing=()
for pkg in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ "${#missing[@]}" -eq 0 ]; then
    echo "install-deps: all ${#PACKAGES[@]} packages are installed."
    exit 0
fi

# Root (or sudo) is needed only when something is missing: a user without sudo on a machine that
# already has everything can still build and test.
if [ "$(id -u)" -eq 0 ]; then
    SUDO=()
elif command -v sudo >/dev/null 2>&1; then
    SUDO=(sudo)
else
    echo "install-deps: missing ${missing[*]}; run as root or install sudo first." >&2
    exit 1
fi

echo "install-deps: installing ${missing[*]}"
# Through env so that DEBIAN_FRONTEND survives sudo, which resets the environment.
"${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
if ! "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -q --no-install-recommends "${missing[@]}"; then
    if [ "$os" = ubuntu ]; then
        echo "install-deps: most of these packages are in Ubuntu's 'universe' component: check that" \
            "it is enabled (sudo add-apt-repository universe) and run this again." >&2
    fi
    exit 1
fi
