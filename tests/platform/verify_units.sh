#!/bin/sh
# SPDX-FileCopyrightText: 2026 Meedoen contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# verify_units.sh SERVER_BINARY [--security-threshold N] UNIT...
# systemd-analyze verify on every unit (and timer) we ship. It checks that ExecStart's program exists, and
# meedoen-server is installed to /usr/bin only by the package: the copies checked here start
# the server just built instead. With --security-threshold, `systemd-analyze security` must
# also rate each unit's exposure at most N (0 safest, 10 unprotected).
set -eu
server=$1
shift
threshold=
if [ "${1:-}" = --security-threshold ]; then
    threshold=$2
    shift 2
fi
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
for unit in "$@"; do
    sed "s#^ExecStart=/usr/bin/meedoen-server #ExecStart=$server #" "$unit" >"$dir/$(basename "$unit")"
done
systemd-analyze verify "$dir"/*
if [ -n "$threshold" ]; then
    for unit in "$dir"/*.service; do
        systemd-analyze security --offline=yes --threshold="$threshold" "$unit" | tail -n 1
    done
fi
