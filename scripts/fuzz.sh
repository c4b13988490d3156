#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Meedoen contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Builds the libFuzzer harnesses of tests/fuzz (preset fuzz: clang, ASan + UBSan) and runs
# each for SECONDS (default 60), then prints per harness the executions, the coverage
# (cov: edges, ft: features) and the findings. Each finding is minimised into
# tests/fuzz/reproducers/<harness>/, where ctest's fuzz_replay_<harness> replays it from then
# on: fix the bug, keep the file. See docs/security/fuzz.md.
#
#   scripts/fuzz.sh [SECONDS] [HARNESS…]
#   FUZZ_JOBS=2 FUZZ_RUNS=10000000 nice -n 19 scripts/fuzz.sh 900   # the release run
#
# FUZZ_JOBS: harnesses run at a time (default 1); FUZZ_RUNS: stop a harness after this many
# executions (default: only the time bounds it); FUZZ_TIMEOUT: seconds one input may take
# before it counts as a hang (default 120). The corpus each run grows is kept in
# build-fuzz/corpus/<harness>/ (not in the source tree; the seeds are), the logs in
# build-fuzz/logs/.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$PWD

SECONDS_EACH=${1:-60}
shift || true
ALL=(push pull_query enroll staff_login catalogue csv pull_applier push_answer)
if [ $# -gt 0 ]; then HARNESSES=("$@"); else HARNESSES=("${ALL[@]}"); fi
JOBS=${FUZZ_JOBS:-1}
# One input that runs this long is a hang. Generous: under `nice -n 19` on a machine that
# is building, a fuzzer gets a sliver of a core, and the first input also builds the
# harness's databases.
TIMEOUT=${FUZZ_TIMEOUT:-120}
RUNS=${FUZZ_RUNS:--1}

if [ ! -f build-fuzz/build.ninja ]; then
  cmake --preset fuzz >/dev/null
fi
cmake --build --preset fuzz -j "$(nproc)" >/dev/null

# halt_on_error: the first report is the finding. detect_leaks=0: Qt keeps per-process
# caches (locale, plugin and metatype tables) that LeakSanitizer would report on every
# input; a leak per input shows as growing RSS instead (-rss_limit_mb).
export ASAN_OPTIONS="halt_on_error=1:abort_on_error=1:detect_leaks=0:allocator_may_return_null=1"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 TZ=Europe/Amsterdam

run_one() {
  local h=$1 bin="$ROOT/build-fuzz/fuzz/fuzz_$1"
  local corpus="$ROOT/build-fuzz/corpus/$h" artifacts="$ROOT/build-fuzz/artifacts/$h/"
  local log="$ROOT/build-fuzz/logs/$h.log" repro="$ROOT/tests/fuzz/reproducers/$h"
  rm -rf "$artifacts"
  mkdir -p "$corpus" "$artifacts" "$(dirname "$log")"
  "$bin" -max_total_time="$SECONDS_EACH" -runs="$RUNS" -timeout="$TIMEOUT" -rss_limit_mb=2048 \
    -dict="$ROOT/tests/fuzz/$h.dict" -artifact_prefix="$artifacts" -print_final_stats=1 \
    "$corpus" "$ROOT/tests/fuzz/corpus/$h" >"$log" 2>&1 || true
  # Minimise what it found into the reproducers ctest replays.
  rm -f "$artifacts"slow-unit-* # a note on speed, not a finding
  for a in "$artifacts"crash-* "$artifacts"leak-* "$artifacts"timeout-* "$artifacts"oom-*; do
    [ -e "$a" ] || continue
    mkdir -p "$repro"
    local name
    name=$(basename "$a")
    if [ -e "$repro/$name" ]; then continue; fi
    case $name in
      crash-*)
        "$bin" -minimize_crash=1 -max_total_time=120 -timeout="$TIMEOUT" -exact_artifact_path="$repro/$name" "$a" \
          >"$log.minimise-$name" 2>&1 || true
        [ -e "$repro/$name" ] || cp "$a" "$repro/$name" ;;
      *) cp "$a" "$repro/$name" ;;
    esac
  done
}

report() {
  local h=$1 log="$ROOT/build-fuzz/logs/$1.log"
  local execs cov ft speed findings
  execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || true)
  cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*' || true)
  ft=$(grep -o 'ft: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*' || true)
  speed=$(grep -o 'stat::average_exec_per_sec: *[0-9]*' "$log" | grep -o '[0-9]*$' || true)
  findings=$(find "$ROOT/build-fuzz/artifacts/$h" -type f 2>/dev/null | wc -l)
  printf '%-13s executions %-10s exec/s %-7s cov %-6s ft %-7s findings %s\n' \
    "$h" "${execs:-?}" "${speed:-?}" "${cov:-?}" "${ft:-?}" "$findings"
  grep -h -m3 'ERROR: \|runtime error:\|SUMMARY:\|qFatal\|^==.*deadly' "$log" | sed 's/^/    /' || true
}

running=0
for h in "${HARNESSES[@]}"; do
  run_one "$h" &
  running=$((running + 1))
  if [ "$running" -ge "$JOBS" ]; then
    wait -n
    running=$((running - 1))
  fi
done
wait

status=0
for h in "${HARNESSES[@]}"; do
  report "$h"
  if [ -n "$(find "$ROOT/build-fuzz/artifacts/$h" -type f 2>/dev/null)" ]; then status=1; fi
done
exit $status
