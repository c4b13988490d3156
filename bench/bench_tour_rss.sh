#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Meedoen contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Memory after use: meedoen runs its scripted tour (`--tour`, offscreen, software
# rendering) in kiosk and in phone mode on a data folder with N opportunities (default
# 10000), and prints its resident memory as it leaves (MEEDOEN_REPORT_RSS=1). Baseline:
# meedoen_bench_baseline's resident memory at its first frame, also rendered in software.
# Prints per mode
#   rss_after_tour_<mode> <MB> MB delta=<MB over baseline>     (target: delta <= 40 MB)
#   rss_peak_tour_<mode> <MB> MB delta=<MB over baseline peak>
# Usage: bench/bench_tour_rss.sh BIN_DIR [N=10000]
set -euo pipefail

bin=${1:?usage: bench_tour_rss.sh BIN_DIR [N]}
items=${2:-10000}
root=$(cd "$(dirname "$0")/.." && pwd)
export QT_QPA_PLATFORM=offscreen
export LANG=C.UTF-8 LC_ALL=C.UTF-8
export MEEDOEN_REPORT_RSS=1

work=$(mktemp -d "${TMPDIR:-/tmp}/meedoen-bench-tourrss.XXXXXX")
trap 'rm -rf "$work"' EXIT

"$bin/meedoen_bench_catalogue" "$root/assets/demo/catalogue.json" "$items" "$work/catalogue.json"

rss() {   # runs "$@", prints "<rss kb> <peak kb>" from its last words
    local out
    out=$(timeout 300 "$@" 2>&1 >/dev/null | grep '^rss-kb=' | tail -n1) || {
        echo "bench_tour_rss: no rss line from $1" >&2
        exit 1
    }
    sed -E 's/^rss-kb=([0-9]+) peak-rss-kb=([0-9]+).*/\1 \2/' <<<"$out"
}

read -r base_kb base_peak_kb < <(QT_QUICK_BACKEND=software rss "$bin/meedoen_bench_baseline" --startup-probe)
for mode in kiosk phone; do
    data=$work/data-$mode
    # First start loads the catalogue (its memory is not what a device carries afterwards).
    MEEDOEN_REPORT_RSS=0 timeout 120 "$bin/meedoen" --mode "$mode" --data-dir "$data" \
        --catalogue "$work/catalogue.json" --startup-probe >/dev/null 2>&1
    read -r kb peak_kb < <(rss "$bin/meedoen" --mode "$mode" --data-dir "$data" --tour "$work/tour-$mode")
    awk -v mode="$mode" -v kb="$kb" -v pk="$peak_kb" -v bk="$base_kb" -v bp="$base_peak_kb" 'BEGIN {
        printf "rss_after_tour_%s %.1f MB delta=%.1f MB\n", mode, kb / 1024, (kb - bk) / 1024
        printf "rss_peak_tour_%s %.1f MB delta=%.1f MB\n", mode, pk / 1024, (pk - bp) / 1024
    }'
done
awk -v bk="$base_kb" 'BEGIN { printf "rss_baseline %.1f MB\n", bk / 1024 }'
