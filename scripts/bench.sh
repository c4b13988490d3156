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
# 1,000 kiosks against one server (bench/load).
targets+=(meedoen_bench_load)
# The results dashboard at 100k tenants and 1M hours entries.
targets+=(meedoen_bench_results)
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
# The results dashboard, 100k tenants and 1M hours entries: the server's results (p95) and the
# tablet's offline dashboard, each against the plain SQL aggregate of the same figures (target <= 1.5x).
"$bin/meedoen_bench_results" 100000 1000000 15 "$work"
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
# Load (bench/load; docs/operations.md, "Load test"): 1,000 enrolled kiosks each pushing a
# registration + a sign-up at Poisson moments, a pull after each push, against one
# meedoen-server on SQLite, then on PostgreSQL. The baseline is the same server at 300
# pushes/s offered (a busy day's peak, where it has room to spare), measured first in the
# same run:
#   load_<db>_1000_devices_p99             push p99 at 1,000 pushes/s offered; ratio over the 300/s p99
#   load_<db>_max_rate_p99_under_200ms     the highest offered rate (bisection between 300/s and
#                                          1,000/s to 25/s, 10 s runs) whose push p99 stays under
#                                          200 ms (0: not even 300/s; 1000: at least that); ratio over 300/s
# and the same two with every push in its own transaction (serve --group-commit 1, the server
# before group commit; docs/sync-protocol.md, "Group commit"), each with the ratio
# group commit / one commit per push:
#   load_<db>_1000_devices_p99_one_commit_per_push
#   load_<db>_max_rate_p99_under_200ms_one_commit_per_push
# and what several instances on the one database answer together (docs/operations.md, "Load
# test"), with the ratio over one instance in the same run:
#   load_<db>_1000_devices_achieved_2_instances   pushes answered a second at 1,000/s offered
# Every run checks the database afterwards; a lost, doubled or over-booked row stops the bench.
load_figure() { # FIGURE DB RATE SECONDS TAG [OPTIONS…] → the run's FIGURE (all its figures on stderr)
    local figure=$1 db=$2 rate=$3 seconds=$4 tag=$5 out
    shift 5
    out=$("$bin/meedoen_bench_load" --db "$db" --rate "$rate" --duration "$seconds" --devices 1000 "$@" \
        --work-dir "$work/load-$db" --name run) || { echo "load run $db at $rate/s$tag failed its check" >&2; return 1; }
    echo "$out" | sed "s/^run_/load_${db}_${rate}${tag}_/" >&2
    echo "$out" | awk -v f="run_$figure" '$1 == f { print $2 }'
}
load_p99() { # DB RATE SECONDS [GROUP-COMMIT] → the push p99 in ms
    load_figure push_p99 "$1" "$2" "$3" "${4:+_g$4}" --group-commit "${4:-0}"
}
load_achieved() { # DB INSTANCES → pushes answered a second at 1,000/s offered
    load_figure achieved "$1" 1000 20 "_i$2" --instances "$2"
}
load_pull() { # DB THREADS → pushes answered a second at 300/s offered with that many pull readers
    load_figure achieved "$1" 300 20 "_r$2" --pull-threads "$2"
}
max_rate() { # DB BASE-P99 P99-AT-1000 [GROUP-COMMIT] → the highest rate with p99 < 200 ms
    local lo=300 hi=1000 mid p
    if awk -v p="$2" 'BEGIN { exit !(p >= 200) }'; then
        lo=0
    elif awk -v p="$3" 'BEGIN { exit !(p < 200) }'; then
        lo=1000
    fi
    hi=$((lo > 300 ? lo : 1000))
    while ((lo > 0 && hi - lo > 25)); do
        mid=$(((lo + hi) / 50 * 25))
        p=$(load_p99 "$1" "$mid" 10 "${4:-}")
        if awk -v p="$p" 'BEGIN { exit !(p < 200) }'; then lo=$mid; else hi=$mid; fi
    done
    echo "$lo"
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }'; }
load_bench() { # DB
    local db=$1 base at1000 rate base1 single rate1 one two none reader
    base=$(load_p99 "$db" 300 20)
    at1000=$(load_p99 "$db" 1000 20)
    rate=$(max_rate "$db" "$base" "$at1000")
    base1=$(load_p99 "$db" 300 20 1)
    single=$(load_p99 "$db" 1000 20 1)
    rate1=$(max_rate "$db" "$base1" "$single" 1)
    echo "load_${db}_1000_devices_p99 $at1000 ms ratio=$(ratio "$at1000" "$base")"
    echo "load_${db}_max_rate_p99_under_200ms $rate pushes/s ratio=$(ratio "$rate" 300)"
    echo "load_${db}_1000_devices_p99_one_commit_per_push $single ms ratio=$(ratio "$at1000" "$single")"
    echo "load_${db}_max_rate_p99_under_200ms_one_commit_per_push $rate1 pushes/s ratio=$(ratio "$rate" "$rate1")"
    one=$(load_achieved "$db" 1)
    two=$(load_achieved "$db" 2)
    echo "load_${db}_1000_devices_achieved_2_instances $two pushes/s ratio=$(ratio "$two" "$one")"
    none=$(load_pull "$db" 0)
    reader=$(load_pull "$db" 1)
    echo "load_${db}_300_achieved_one_pull_reader $reader pushes/s ratio=$(ratio "$reader" "$none")"
}
sync_bench
load_bench sqlite
if command -v pg_virtualenv >/dev/null; then
    export bin work
    export -f sync_bench load_figure load_p99 load_achieved load_pull max_rate ratio load_bench
    MEEDOEN_TEST_PG=1 pg_virtualenv bash -c 'set -eo pipefail; sync_bench; load_bench postgresql'
else
    echo "pg_virtualenv not found: PostgreSQL sync and load benchmarks skipped" >&2
fi
