#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Meedoen contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Startup: meedoen in kiosk mode against meedoen_bench_baseline (a bare Qt Quick Controls
# window of the same size). Both print "first-frame-ms=<n> rss-kb=<n>" via --startup-probe.
# One warm-up run each (meedoen's loads the demo catalogue into a fresh data folder), then
# RUNS measured runs each, alternating. Prints medians, the first-frame ratio and the RSS
# difference in MB.
# Usage: bench/bench_startup.sh BIN_DIR [RUNS=10]
set -euo pipefail

bin=${1:?usage: bench_startup.sh BIN_DIR [RUNS]}
runs=${2:-10}
export QT_QPA_PLATFORM=offscreen
export LANG=C.UTF-8 LC_ALL=C.UTF-8

data=$(mktemp -d "${TMPDIR:-/tmp}/meedoen-bench-startup.XXXXXX")
trap 'rm -rf "$data"' EXIT

source "$(dirname "$0")/startuplib.sh"
app()      { probe "$bin/meedoen" --mode kiosk --data-dir "$data" --demo; }
baseline() { probe "$bin/meedoen_bench_baseline"; }


app >/dev/null        # first start: creates the database, loads the demo catalogue
baseline >/dev/null

app_ms=() app_kb=() base_ms=() base_kb=()
for ((i = 0; i < runs; i++)); do
    read -r ms kb < <(app);      app_ms+=("$ms");  app_kb+=("$kb")
    read -r ms kb < <(baseline); base_ms+=("$ms"); base_kb+=("$kb")
done

am=$(printf '%s\n' "${app_ms[@]}" | median)
bm=$(printf '%s\n' "${base_ms[@]}" | median)
ak=$(printf '%s\n' "${app_kb[@]}" | median)
bk=$(printf '%s\n' "${base_kb[@]}" | median)
awk -v am="$am" -v bm="$bm" -v ak="$ak" -v bk="$bk" 'BEGIN {
    printf "startup_first_frame_median %.1f ms ratio=%.2f\n", am, (bm > 0 ? am / bm : 0)
    printf "startup_first_frame_baseline_median %.1f ms\n", bm
    printf "startup_rss_median %.1f MB ratio=%.2f\n", ak / 1024, (bk > 0 ? ak / bk : 0)
    printf "startup_rss_baseline_median %.1f MB\n", bk / 1024
    printf "startup_rss_over_baseline %.1f MB\n", (ak - bk) / 1024
}'
