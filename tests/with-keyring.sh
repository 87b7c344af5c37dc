#!/bin/sh
# SPDX-FileCopyrightText: 2026 The Rebind authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a test inside a private D-Bus session with a fresh, unlocked gnome-keyring, so keychain
# tests use the real Secret Service without touching the user's own keyring.
set -eu
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export HOME="$scratch" XDG_DATA_HOME="$scratch/data" XDG_CONFIG_HOME="$scratch/config" \
       XDG_RUNTIME_DIR="$scratch/run"
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
# An empty unlock password leaves the keyring locked, and a locked keyring answers later reads
# with a misleading EntryNotFound: unlock with a real one.
# Not exec'd: the trap must still remove the scratch keyring afterwards.
dbus-run-session -- sh -c 'echo -n ci | gnome-keyring-daemon --unlock --components=secrets >/dev/null && exec "$@"' keyring-test "$@"
