#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Rebind authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer targets of tests/fuzz with clang (ASan + UBSan) and runs each for a
# while on its seed corpus: bash packaging/fuzz.sh [SECONDS per target, default 30]
# New inputs go to a scratch folder, never into the repository's corpus.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-30}"

SUDO=()
if [ "$(id -u)" -ne 0 ]; then
    SUDO=(sudo)
fi
install() {
    "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$@"
}
if ! command -v clang++ >/dev/null 2>&1; then
    install clang
fi
# libFuzzer itself comes in libclang-rt-N-dev, which clang only recommends.
if [ ! -e "$(clang -print-file-name=libclang_rt.fuzzer-x86_64.a)" ] &&
    [ -z "$(find /usr/lib/llvm-* -name 'libclang_rt.fuzzer*.a' 2>/dev/null | head -n 1)" ]; then
    major="$(clang -dumpversion | cut -d. -f1)"
    install "libclang-rt-${major}-dev"
fi

build=build/fuzz
CC=clang CXX=clang++ cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DREBIND_FUZZ=ON -DREBIND_BUILD_TESTS=OFF -DREBIND_BUILD_GUI=OFF >/dev/null
targets=(fuzz_android_sms fuzz_sms_csv fuzz_ios_smsdb fuzz_ios_backup fuzz_password_export)
cmake --build "$build" -j "$(nproc 2>/dev/null || echo 2)" --target "${targets[@]}"

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
status=0
for target in "${targets[@]}"; do
    mkdir -p "$scratch/$target"
    echo "=== fuzz: $target for ${seconds} s"
    # -print_final_stats: the executions run are part of what this reports.
    if ! "$build/bin/$target" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 \
        -print_final_stats=1 -artifact_prefix="$scratch/$target-" \
        "$scratch/$target" "tests/fuzz/corpus/$target" 2>"$scratch/$target.log"; then
        status=1
        tail -n 60 "$scratch/$target.log"
        for crash in "$scratch/$target"-*; do
            [ -e "$crash" ] && { echo "input: $crash"; base64 "$crash" | head -c 4000; echo; }
        done
    fi
    grep -E "stat::number_of_executed_units|stat::peak_rss_mb" "$scratch/$target.log" || true
done
exit "$status"
