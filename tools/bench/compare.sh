#!/bin/bash
# SPDX-FileCopyrightText: 2026 The Rebind authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Rebind next to KeePassXC at the same vault size, on this machine, in this one run:
#
#   tools/bench/compare.sh [RUNS]      RUNS defaults to 5
#
# Builds the "bench" preset (Release with the benchmarks), makes a 10,000-binding inventory
# (10 people x 5 numbers x 200 services) as a Rebind vault and as a KeePass database with one
# entry per binding, both with key derivation tuned to 100 ms, then times whole processes as a
# user runs them: each pair alternately RUNS times after one warm-up run each, and prints the
# medians (wall time and peak memory, the process's own maximum resident set) and the ratios.
# Then runs the in-process benchmarks: the open's check (bench_vault), catalog loading
# (bench_catalog), the GUI (start-up, unlock at 10,000 bindings, typing in the filter box) and
# the checklist PDF. CI does not run this; keep it working.
#
# Installs keepassxc, libxml2-utils and time from Debian when they are missing (sudo unless
# root). Everything it makes lives in a temporary folder removed at the end.
set -euo pipefail

RUNS=${1:-5}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BUILD="$ROOT/build/bench"
BIN="$BUILD/bin"
PASS=compare-bench-passphrase

need=()
command -v keepassxc-cli >/dev/null || need+=(keepassxc)
command -v xmllint >/dev/null || need+=(libxml2-utils)
[ -x /usr/bin/time ] || need+=(time)
if [ ${#need[@]} -gt 0 ]; then
    SUDO=""
    [ "$(id -u)" -eq 0 ] || SUDO=sudo
    echo "=== installing ${need[*]}"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}"
fi

echo "=== building the bench preset (Release with benchmarks) in $BUILD"
(cd "$ROOT" && cmake --preset bench >/dev/null &&
    cmake --build --preset bench --target rebind rebind-cli make_bench_data bench_export \
        bench_startup bench_gui bench_vault bench_catalog -- -j"$(nproc)" >/dev/null)

WORK=$(mktemp -d /tmp/rebind-compare.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
# The GUI benchmarks and the CLI keep their settings and vaults in here, not in the user's home.
export HOME="$WORK/home" XDG_CONFIG_HOME="$WORK/home/.config" XDG_DATA_HOME="$WORK/home/.local/share"
mkdir -p "$HOME"
export LANGUAGE=en LC_ALL=C.UTF-8
printf '%s\n' "$PASS" >"$WORK/pass1"
printf '%s\n%s\n' "$PASS" "$PASS" >"$WORK/pass2"

rebind() { "$BIN/rebind-cli" "$@"; }

echo "=== making the data (Rebind JSON and KeePass XML)"
mkdir -p "$WORK/big" "$WORK/person" "$WORK/small"
"$BIN/make_bench_data" "$WORK/big" 10 5 200
"$BIN/make_bench_data" "$WORK/person" 1 5 200
"$BIN/make_bench_data" "$WORK/small" 1 1 200

new_vault() { rebind --vault "$1" init --decryption-time 100 <"$WORK/pass2" >/dev/null 2>&1; }
new_vault "$WORK/empty.rebind"
cp "$WORK/empty.rebind" "$WORK/template.rebind"
for set in big person small; do
    new_vault "$WORK/$set.rebind"
    rebind --vault "$WORK/$set.rebind" import json "$WORK/$set/inventory.json" <"$WORK/pass1" >/dev/null
done
# One number and no services: the smallest vault plan and status can run on.
new_vault "$WORK/one.rebind"
rebind --vault "$WORK/one.rebind" add-person "Person 1" <"$WORK/pass1" >/dev/null
rebind --vault "$WORK/one.rebind" add-number "Person 1" +8613900000000 <"$WORK/pass1" >/dev/null

# keepassxc-cli import stops at the first XML error; say plainly when the generator wrote one.
xmllint --noout "$WORK/big/keepass.xml"

kp() { keepassxc-cli "$@"; }
kp db-create -q -p -t 100 "$WORK/empty.kdbx" <"$WORK/pass2" >/dev/null
kp db-create -q -p -t 100 "$WORK/big.kdbx" <"$WORK/pass2" >/dev/null
# "import" sets its own key-derivation cost; merging its entries into a database made with
# -t 100 gives the same budget as the Rebind vault.
kp import -q -p -t 100 "$WORK/big/keepass.xml" "$WORK/imported.kdbx" <"$WORK/pass2" >/dev/null
kp merge -q -s "$WORK/big.kdbx" "$WORK/imported.kdbx" <"$WORK/pass1" >/dev/null
entries=$(kp ls -q -R -f "$WORK/big.kdbx" <"$WORK/pass1" | grep -vc '/$' || true)
bindings=$(rebind --vault "$WORK/big.rebind" list --json <"$WORK/pass1" | grep -c '"service":' || true)
echo "Rebind vault: $bindings bindings, $(stat -c %s "$WORK/big.rebind") bytes; KeePass database: $entries entries, $(stat -c %s "$WORK/big.kdbx") bytes"
if [ "$bindings" -ne 10000 ] || [ "$entries" -ne 10000 ]; then
    echo "compare.sh: the generated data is not 10,000 of each" >&2
    exit 1
fi

# ---- timing ------------------------------------------------------------------------------------
# run_once NAME STDIN PREP CMD...: runs PREP (untimed, e.g. a fresh copy of a vault), then CMD
# with stdin from STDIN and stdout to /dev/null; appends "ms KiB" to $WORK/NAME.times.
run_once() {
    local name=$1 input=$2 prep=$3
    shift 3
    eval "$prep"
    local start end
    start=$(date +%s%N)
    if ! /usr/bin/time -f %M -o "$WORK/mem" "$@" <"$input" >/dev/null 2>"$WORK/err"; then
        # status exits 3 while a number is not safe to cancel; anything else is a failure.
        if ! grep -q "exited with non-zero status 3" "$WORK/mem"; then
            echo "compare.sh: '$*' failed:" >&2
            cat "$WORK/err" "$WORK/mem" >&2
            exit 1
        fi
    fi
    end=$(date +%s%N)
    echo "$(((end - start) / 1000)) $(tail -1 "$WORK/mem")" >>"$WORK/$name.times"
}

# median FILE COLUMN: the median of that column (1: µs, 2: KiB).
median() {
    sort -n -k"$2","$2" "$1" | awk -v c="$2" '{v[NR]=$c} END {
        if (NR % 2) print v[(NR+1)/2]; else print (v[NR/2] + v[NR/2+1]) / 2 }'
}

declare -A LABEL
ORDER=()
# pair NAME_A LABEL_A STDIN_A PREP_A CMD_A... -- NAME_B LABEL_B STDIN_B PREP_B CMD_B...
# (NAME_B may be absent: then only A is timed.)
pair() {
    local a=() b=() seen=0 arg
    for arg in "$@"; do
        if [ "$arg" = "--" ] && [ $seen -eq 0 ]; then seen=1; continue; fi
        if [ $seen -eq 0 ]; then a+=("$arg"); else b+=("$arg"); fi
    done
    LABEL[${a[0]}]=${a[1]}
    ORDER+=("${a[0]}")
    rm -f "$WORK/${a[0]}.times"
    if [ ${#b[@]} -gt 0 ]; then
        LABEL[${b[0]}]=${b[1]}
        ORDER+=("${b[0]}")
        rm -f "$WORK/${b[0]}.times"
    fi
    local i
    for ((i = 0; i <= RUNS; i++)); do
        run_once "${a[0]}" "${a[@]:2}"
        [ ${#b[@]} -eq 0 ] || run_once "${b[0]}" "${b[@]:2}"
        if [ $i -eq 0 ]; then # the warm-up run is not counted
            rm -f "$WORK/${a[0]}.times"
            [ ${#b[@]} -eq 0 ] || rm -f "$WORK/${b[0]}.times"
        fi
    done
}

ms() { awk -v us="$(median "$WORK/$1.times" 1)" 'BEGIN { printf "%.0f", us / 1000 }'; }
mib() { awk -v kib="$(median "$WORK/$1.times" 2)" 'BEGIN { printf "%.0f", kib / 1024 }'; }
ratio() { awk -v a="$(median "$WORK/$1.times" 1)" -v b="$(median "$WORK/$2.times" 1)" \
    'BEGIN { printf "%.2fx", a / b }'; }

V="rebind-cli --vault"
R=("$BIN/rebind-cli" --vault)
echo "=== timing whole processes: $RUNS runs each, alternating, after one warm-up run"
pair list_big "$V big list --json (10,000 bindings)" "$WORK/pass1" : "${R[@]}" "$WORK/big.rebind" list --json \
    -- kp_big "keepassxc-cli ls -R -f (10,000 entries)" "$WORK/pass1" : keepassxc-cli ls -q -R -f "$WORK/big.kdbx"
pair list_empty "$V empty list --json (empty vault)" "$WORK/pass1" : "${R[@]}" "$WORK/empty.rebind" list --json \
    -- kp_empty "keepassxc-cli ls -R -f (empty database)" "$WORK/pass1" : keepassxc-cli ls -q -R -f "$WORK/empty.kdbx"
pair list_text "$V big list (text, 10,000 bindings)" "$WORK/pass1" : "${R[@]}" "$WORK/big.rebind" list
pair plan_big "$V big plan NUMBER (200 services, 10,000 in the vault)" "$WORK/pass1" : "${R[@]}" "$WORK/big.rebind" plan +8613900000000 \
    -- plan_one "$V one plan NUMBER (one number, no services)" "$WORK/pass1" : "${R[@]}" "$WORK/one.rebind" plan +8613900000000
pair status_big "$V big status NUMBER (200 services, 10,000 in the vault)" "$WORK/pass1" : "${R[@]}" "$WORK/big.rebind" status +8613900000000 \
    -- status_one "$V one status NUMBER (one number, no services)" "$WORK/pass1" : "${R[@]}" "$WORK/one.rebind" status +8613900000000
pair catalog "rebind-cli catalog list --json (no vault)" /dev/null : "$BIN/rebind-cli" catalog list --json
pair import "$V new import json (10,000 bindings, with its backup)" "$WORK/pass1" \
    'cp "$WORK/template.rebind" "$WORK/new.rebind"; rm -rf "$WORK/home/.local/share/rebind/backups"' \
    "${R[@]}" "$WORK/new.rebind" import json "$WORK/big/inventory.json"
pair pdf_person "$V person export pdf --person (1,000 items)" "$WORK/pass1" : "${R[@]}" "$WORK/person.rebind" export pdf --person "Person 1" -o "$WORK/person.pdf" \
    -- pdf_person_large "  the same, --large-print" "$WORK/pass1" : "${R[@]}" "$WORK/person.rebind" export pdf --person "Person 1" --large-print -o "$WORK/person-large.pdf"
pair pdf_small "$V small export pdf NUMBER (200 items)" "$WORK/pass1" : "${R[@]}" "$WORK/small.rebind" export pdf +8613900000000 -o "$WORK/small.pdf"
pages=$(pdfinfo "$WORK/person.pdf" 2>/dev/null | awk '/^Pages:/ {print $2}' || true)

echo
printf '%-72s %9s %8s %8s\n' "work (median of $RUNS)" "time" "memory" "ratio"
for name in "${ORDER[@]}"; do
    extra=""
    case $name in
    list_big) extra=$(ratio list_big kp_big) ;;
    list_empty) extra=$(ratio list_empty kp_empty) ;;
    plan_big) extra="+$(($(ms plan_big) - $(ms plan_one))) ms" ;;
    status_big) extra="+$(($(ms status_big) - $(ms status_one))) ms" ;;
    esac
    printf '%-72s %6s ms %4s MiB %8s\n' "${LABEL[$name]}" "$(ms "$name")" "$(mib "$name")" "$extra"
done
echo "(ratio: Rebind / keepassxc-cli; +ms: over the same command on the one-number vault.${pages:+ The 1,000-item checklist has $pages pages.})"
echo "Targets: list --json <= 0.50x keepassxc-cli's time and no more memory; plan and status"
echo "within 50 ms of the small vault; 1,000-item PDF <= 1 s, large print <= 1.5x of it;"
echo "import json of 10,000 bindings <= 1 s."

echo
echo "=== the open's check at 10,000 bindings (bench_vault)"
"$BIN/bench_vault" "$WORK/big.rebind" "$PASS" | tail -4
echo
echo "=== loading the catalog (bench_catalog)"
"$BIN/bench_catalog" | head -2
echo
echo "=== GUI: cold start to the unlock window (bench_startup)"
"$BIN/bench_startup" "$RUNS"
echo
echo "=== GUI: unlock at 10,000 bindings and typing in the filter box (bench_gui)"
QT_QPA_PLATFORM=offscreen "$BIN/bench_gui" "$WORK/big.rebind" "$PASS"
echo
echo "=== checklist PDF in one process (bench_export)"
QT_QPA_PLATFORM=offscreen "$BIN/bench_export"
