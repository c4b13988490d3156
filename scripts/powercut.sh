#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Meedoen contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The power-cut loop at 1,000 kills (README.md, "The power-cut loop"): the crash test of the
# kiosk's database and the sync drain killed in turn on the device and the server, on SQLite,
# then the sync drain with the server on PostgreSQL (a throw-away cluster, as test.sh does).
# About half an hour on two cores. Prints each test's seed, its kills and where they landed,
# and exits non-zero when one fails.
#
#   scripts/powercut.sh
#   MEEDOEN_KILL_SEED=<seed> build/tests/tst_sync_powercut   # one run's kill moments again
source "$(dirname "$0")/common.sh"

build_all --target tst_crashsafety meedoen_crashwriter tst_sync_powercut meedoen_sync_driver meedoen-server

export QT_QPA_PLATFORM=offscreen
status=0
run() {
  local log
  log=$(mktemp)
  if "$@" >"$log" 2>&1; then echo "passed"; else echo "FAILED (log: $log)"; status=1; fi
  grep -E 'QINFO|FAIL!' "$log" | sed -e 's/^[0-9]*: //' -e 's/^QINFO  : [A-Za-z:()]* //' || true
}
echo "== crash test, SQLite"
run ctest --test-dir build -R '^tst_crashsafety_1000$' --output-on-failure -V
echo "== sync drain, device and server killed in turn, SQLite"
run ctest --test-dir build -R '^tst_sync_powercut_1000$' --output-on-failure -V
if command -v pg_virtualenv >/dev/null; then
  echo "== sync drain, device and server killed in turn, PostgreSQL"
  run pg_virtualenv -t -o "max_connections=200" env MEEDOEN_TEST_PG=1 \
    ctest --test-dir build -R '^tst_sync_powercut_1000$' --output-on-failure -V
fi
exit $status
