#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Meedoen contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Startup with a large catalogue: meedoen in kiosk and in phone mode on a data folder that
# holds N opportunities (default 10000, loaded on a first start with --catalogue), against
# meedoen_bench_baseline. Both print "first-frame-ms=<n> rss-kb=<n>" via --startup-probe.
# RUNS measured runs each, alternating app and baseline; prints per mode
#   startup_10k_<mode> <median ms> ms ratio=<app/baseline>     (target: ratio <= 1.5)
# Usage: bench/bench_startup_10k.sh BIN_DIR [RUNS=10] [N=10000]
set -euo pipefail

bin=${1:?usage: bench_startup_10k.sh BIN_DIR [RUNS] [N]}
runs=${2:-10}
items=${3:-10000}
root=$(cd "$(dirname "$0")/.." && pwd)
export QT_QPA_PLATFORM=offscreen
export LANG=C.UTF-8 LC_ALL=C.UTF-8

work=$(mktemp -d "${TMPDIR:-/tmp}/meedoen-bench-startup10k.XXXXXX")
trap 'rm -rf "$work"' EXIT

"$bin/meedoen_bench_catalogue" "$root/assets/demo/catalogue.json" "$items" "$work/catalogue.json"

source "$(dirname "$0")/startuplib.sh"
baseline() { probe "$bin/meedoen_bench_baseline"; }

baseline >/dev/null   # warm-up: the file cache holds Qt's libraries for both
for mode in kiosk phone; do
    data=$work/data-$mode
    # First start: creates the database and loads the large catalogue (not measured).
    probe "$bin/meedoen" --mode "$mode" --data-dir "$data" --catalogue "$work/catalogue.json" >/dev/null
    app_ms=() base_ms=()
    for ((i = 0; i < runs; i++)); do
        read -r ms _ < <(probe "$bin/meedoen" --mode "$mode" --data-dir "$data"); app_ms+=("$ms")
        read -r ms _ < <(baseline);                                               base_ms+=("$ms")
    done
    am=$(printf '%s\n' "${app_ms[@]}" | median)
    bm=$(printf '%s\n' "${base_ms[@]}" | median)
    awk -v mode="$mode" -v am="$am" -v bm="$bm" 'BEGIN {
        printf "startup_10k_%s %.1f ms ratio=%.2f\n", mode, am, (bm > 0 ? am / bm : 0)
        printf "startup_10k_%s_baseline %.1f ms\n", mode, bm
    }'
done
