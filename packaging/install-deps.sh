#!/usr/bin/env bash
# Installs everything Rebind needs to build, run and test on Debian 12 or Ubuntu 24.04, from the
# distribution's own packages. Safe to run again: apt-get skips what is already there.
set -euo pipefail

if [ "$(id -u)" -eq 0 ]; then
    SUDO=()
elif command -v sudo >/dev/null 2>&1; then
    SUDO=(sudo)
else
    echo "install-deps: run as root or install sudo first." >&2
    exit 1
fi

PACKAGES=(
    # toolchain
    build-essential cmake ninja-build pkg-config ca-certificates
    # libraries
    qt6-base-dev qt6-tools-dev qt6-l10n-tools qt6-tools-dev-tools qt6-translations-l10n
    libsqlcipher-dev qtkeychain-qt6-dev libsodium-dev libphonenumber-dev libqrencode-dev
    libzxcvbn-dev
    # running the GUI, and the test suite's real keychain, display and PDF tools
    xvfb xauth dbus dbus-x11 gnome-keyring libsecret-1-0 poppler-utils fonts-wqy-microhei
)

missing=()
for pkg in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ "${#missing[@]}" -eq 0 ]; then
    echo "install-deps: all ${#PACKAGES[@]} packages are installed."
    exit 0
fi

echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${SUDO[@]}" apt-get update -q
"${SUDO[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
