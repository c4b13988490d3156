#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Meedoen contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Installs what is missing, builds, and runs every test through ctest. The server's
# integration tests run twice: on SQLite, then on a throw-away PostgreSQL cluster.
# Exits non-zero when anything fails.
source "$(dirname "$0")/common.sh"

build_all

export QT_QPA_PLATFORM=offscreen
# Label "slow": the 100k variant of the concurrent-pull test (minutes); run it with
#   ctest --test-dir build -L slow
if [ $# -eq 0 ]; then
  set -- -LE slow
fi
ctest --test-dir build --output-on-failure -j "$(nproc)" --timeout 3600 "$@"

# The same integration tests against PostgreSQL (Debian's pg_virtualenv starts a cluster
# and exports PGHOST, PGPORT, PGUSER, PGPASSWORD and PGDATABASE for the command).
# The full-size drain runs on SQLite only, to keep CI within its time.
if [ "$*" = "-LE slow" ] && ctest --test-dir build -N -L postgresql | grep -q 'Total Tests: [1-9]'; then
  pg_virtualenv -t -o "max_connections=200" \
    env MEEDOEN_TEST_PG=1 ctest --test-dir build --output-on-failure -L postgresql -LE slow --timeout 900
fi

# CI installs the Debian packages on its machine as a corporation's IT would, runs both
# programs from /usr/bin and removes them again (scripts/package.sh).
if [ "${CI:-}" = "true" ] && [ "$*" = "-LE slow" ]; then
  scripts/package.sh --install
fi
