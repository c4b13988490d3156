#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Meedoen contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the Release preset and runs every benchmark. Each figure is one line:
#   <name> <value> <unit>[ ratio=<x>]
# where ratio compares against the baseline measured in the same run.
# MEEDOEN_BENCH_BUILD_DIR=DIR uses an already configured Release build directory instead of
# the preset's build-release/ (handy when several people build on one machine).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

if [[ -x "$root/scripts/setup-deps.sh" ]]; then
    "$root/scripts/setup-deps.sh"
fi

targets=(meedoen meedoen_bench_signup_save meedoen_bench_hours_save meedoen_bench_fts meedoen_bench_ui_keystroke meedoen_bench_baseline)
# Startup and memory with a 10k catalogue: the catalogue file writer.
targets+=(meedoen_bench_catalogue)
# The sync benchmarks reuse the integration tests' server fixture (MEEDOEN_BUILD_TESTS=ON).
targets+=(meedoen-server meedoen_bench_sync)
# The corporation's areas: import of a CBS-sized table and the device's look-up.
targets+=(meedoen_bench_areas)
if [[ -n "${MEEDOEN_BENCH_BUILD_DIR:-}" ]]; then
    build=$MEEDOEN_BENCH_BUILD_DIR
    cmake --build "$build" --target "${targets[@]}" >&2
else
    build=$root/build-release
    cmake --preset release >&2
    cmake --build --preset release --target "${targets[@]}" >&2
fi
bin=$build/bin

# Databases on the same disk as a real device's data folder, not tmpfs.
work=$(mktemp -d "${TMPDIR:-/tmp}/meedoen-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT

"$bin/meedoen_bench_signup_save" 300 "$work"
# Logging one hours entry on the phone (record + outbox) against the raw insert (target <= 1.3x).
"$bin/meedoen_bench_hours_save" 300 "$work"
"$bin/meedoen_bench_fts" 100000 3 "$work"
# import-areas of 500k CBS rows vs a raw prepared batch insert (target <= 1.5x); the device's
# postcode + house number look-up (target p95 <= 1 ms).
"$bin/meedoen_bench_areas" 500000 100000 "$work"
QT_QPA_PLATFORM=offscreen "$bin/meedoen_bench_ui_keystroke" 100000 3 "$work"
"$root/bench/bench_startup.sh" "$bin" 10
# First frame with 10k opportunities, kiosk and phone, against the baseline (target <= 1.5x).
"$root/bench/bench_startup_10k.sh" "$bin" 10 10000
# Resident memory after the scripted tour, kiosk and phone, over the baseline (target <= +40 MB).
"$root/bench/bench_tour_rss.sh" "$bin" 10000
# Sync against the real meedoen-server: drain 10k queued mutations, pull 100k catalogue rows,
# client RSS during the pull; on SQLite, then on PostgreSQL in a throw-away cluster.
# Drain and pull in separate processes, so the pull's RSS baseline is a fresh client's.
sync_bench() {
    "$bin/meedoen_bench_sync" 10000 0 "$work" && "$bin/meedoen_bench_sync" 0 100000 "$work"
}
sync_bench
if command -v pg_virtualenv >/dev/null; then
    export bin work
    export -f sync_bench
    MEEDOEN_TEST_PG=1 pg_virtualenv bash -c sync_bench
else
    echo "pg_virtualenv not found: PostgreSQL sync benchmarks skipped" >&2
fi
