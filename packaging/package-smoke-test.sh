#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Rebind authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Smoke test of an installed Rebind package, run by packaging/check-package.sh inside a bare chroot
# where the .deb was installed with its Depends only. Usable on any machine with the package:
#
#   bash packaging/package-smoke-test.sh programs   # as an ordinary user: the installed programs
#   bash packaging/package-smoke-test.sh files      # the installed desktop file, metainfo and man
#                                                   # pages (needs desktop-file-utils, appstream,
#                                                   # man-db and poppler-utils for the PDF check)
#
# `programs` uses nothing the package does not bring, so that a missing Depends shows up here;
# `files` runs after check-package.sh installed the validators.
set -euo pipefail

phase="${1:-}"
prefix="${REBIND_PREFIX:-/usr}"
app_id=io.github.rebindapp.Rebind
work="${REBIND_SMOKE_DIR:-${TMPDIR:-/tmp}/rebind-smoke}"
passphrase='correct horse battery staple 7'

step() { printf '\n--- %s\n' "$*"; }
fail() {
    echo "package-smoke-test: FAILED: $*" >&2
    exit 1
}

programs() {
    rm -rf "$work"
    mkdir -p "$work"
    local vault="$work/smoke.rebind" cli=(rebind-cli --vault "$work/smoke.rebind")

    step "rebind-cli --version"
    rebind-cli --version

    step "a session against $vault"
    # Passphrases come from standard input, one line each, when it is not a terminal.
    printf '%s\n%s\n' "$passphrase" "$passphrase" | "${cli[@]}" init --decryption-time 100
    [ -s "$vault" ] || fail "init wrote no vault at $vault"
    printf '%s\n' "$passphrase" | "${cli[@]}" add-person "Zhang Wei" --relation self
    printf '%s\n' "$passphrase" | "${cli[@]}" add-number "Zhang Wei" 13800138000 \
        --cancel-date 2027-03-01
    printf '%s\n' "$passphrase" | "${cli[@]}" add-binding 13800138000 alipay --role login,2fa
    printf '%s\n' "$passphrase" | "${cli[@]}" add-binding 13800138000 "Smoke Test Credit Union" \
        --category banking
    local listing
    listing="$(printf '%s\n' "$passphrase" | "${cli[@]}" list)"
    printf '%s\n' "$listing"
    grep -q "Smoke Test Credit Union" <<<"$listing" || fail "list does not show the custom service"
    grep -q "Alipay" <<<"$listing" || fail "list does not show the catalog service"

    step "export pdf"
    printf '%s\n' "$passphrase" | "${cli[@]}" export pdf 13800138000 -o "$work/plan.pdf"
    [ -s "$work/plan.pdf" ] || fail "export pdf wrote nothing"
    head -c 5 "$work/plan.pdf" | grep -q '%PDF-' || fail "$work/plan.pdf is not a PDF"
    ls -l "$work/plan.pdf"

    step "rebind (offscreen) on the vault for 5 s, then SIGTERM"
    # It shows the unlock dialog and waits; SIGTERM must end it through its event loop, with
    # status 0, not kill it where it stands.
    local log="$work/gui.log" pid status
    QT_QPA_PLATFORM=offscreen rebind --vault "$vault" >"$log" 2>&1 &
    pid=$!
    sleep 5
    if ! kill -0 "$pid" 2>/dev/null; then
        status=0
        wait "$pid" || status=$?
        cat "$log"
        fail "rebind ended by itself within 5 s (status $status)"
    fi
    kill -TERM "$pid"
    status=0
    wait "$pid" || status=$?
    echo "rebind exited with status $status after SIGTERM; its output:"
    sed 's/^/    /' "$log"
    [ "$status" -eq 0 ] || fail "rebind did not quit cleanly on SIGTERM (status $status)"
}

files() {
    local desktop="$prefix/share/applications/$app_id.desktop"
    local metainfo="$prefix/share/metainfo/$app_id.metainfo.xml"
    local page out

    step "pdftotext $work/plan.pdf"
    [ -s "$work/plan.pdf" ] || fail "no $work/plan.pdf: run the programs phase first"
    out="$(pdftotext "$work/plan.pdf" -)"
    grep -q "Smoke Test Credit Union" <<<"$out" || {
        printf '%s\n' "$out"
        fail "the PDF does not name the service"
    }
    # Chinese text comes out only if a font with Chinese glyphs was found (the font Depends).
    grep -q "支付宝" <<<"$out" || {
        printf '%s\n' "$out"
        fail "the PDF has no Chinese text (支付宝): no CJK font?"
    }
    echo "the PDF names 'Smoke Test Credit Union' and 'Alipay 支付宝' ($(wc -w <<<"$out") words of text)"

    step "desktop-file-validate $desktop"
    [ -f "$desktop" ] || fail "$desktop is not installed"
    out="$(desktop-file-validate "$desktop" 2>&1)" || {
        printf '%s\n' "$out"
        fail "desktop-file-validate"
    }
    printf '%s\n' "${out:-(no output: valid)}"

    step "appstreamcli validate --no-net $metainfo"
    [ -f "$metainfo" ] || fail "$metainfo is not installed"
    appstreamcli validate --no-net "$metainfo" || fail "appstreamcli validate"

    for page in rebind rebind-cli; do
        local file
        file="$(find "$prefix/share/man/man1" -name "$page.1*" -print -quit 2>/dev/null)"
        step "man -l ${file:-$prefix/share/man/man1/$page.1}"
        [ -n "$file" ] || fail "no man page for $page in $prefix/share/man/man1"
        # --warnings passes groff's warnings on; any output on standard error fails the check.
        out="$(MANWIDTH=80 man --warnings -l "$file" 2>&1 >"$work/$page.man.txt")" || {
            printf '%s\n' "$out"
            fail "man -l $file"
        }
        [ -z "$out" ] || {
            printf '%s\n' "$out"
            fail "man -l $file warned"
        }
        [ -s "$work/$page.man.txt" ] || fail "man -l $file rendered nothing"
        echo "rendered without warnings: $(wc -l <"$work/$page.man.txt") lines; it begins:"
        head -n 8 "$work/$page.man.txt" | sed 's/^/    /'
    done
}

case "$phase" in
    programs) programs ;;
    files) files ;;
    *)
        echo "usage: bash packaging/package-smoke-test.sh programs|files" >&2
        exit 2
        ;;
esac
echo "package-smoke-test: $phase passed"
