#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Meedoen contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Installs what is missing, builds, starts a local meedoen-server with the demo
# catalogue and an enrolled demo kiosk, and opens the app. Without a display it runs the
# scripted tour offscreen and says where the screenshots are.
#   MODE=phone scripts/demo.sh      # kiosk (default), phone or staff
source "$(dirname "$0")/common.sh"

build_all

MODE=${MODE:-kiosk}
DEMO_DIR="$ROOT/build/demo"
mkdir -p "$DEMO_DIR"

server_pid=""
cleanup() { [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null || true; }
trap cleanup EXIT

SERVER_URL=http://127.0.0.1:8470
if [ -x build/bin/meedoen-server ]; then
  rm -f "$DEMO_DIR"/server/*-code
  "$ROOT/scripts/demo-server.sh" "$DEMO_DIR/server" 127.0.0.1:8470 &
  server_pid=$!
  # The server writes fresh enrollment codes once it has the catalogue.
  for _ in $(seq 1 100); do
    [ -s "$DEMO_DIR/server/staff-code" ] && break
    kill -0 "$server_pid" 2>/dev/null || { echo "meedoen-server did not start" >&2; exit 1; }
    sleep 0.1
  done
fi

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "No display found: running the scripted tour offscreen."
  for mode in kiosk phone staff; do
    rm -rf "$DEMO_DIR/tour-$mode" "$DEMO_DIR/data-tour-$mode"
    QT_QPA_PLATFORM=offscreen build/bin/meedoen --mode "$mode" --data-dir "$DEMO_DIR/data-tour-$mode" \
      --tour "$DEMO_DIR/tour-$mode"
    echo "Screenshots of the $mode tour: $DEMO_DIR/tour-$mode/"
  done
  exit 0
fi

data="$DEMO_DIR/data-$MODE"
if [ -n "$server_pid" ] && [ ! -f "$data/.enrolled" ]; then
  build/bin/meedoen --mode "$MODE" --data-dir "$data" --enroll "$(cat "$DEMO_DIR/server/$MODE-code")" \
    --server "$SERVER_URL" && touch "$data/.enrolled"
fi
build/bin/meedoen --mode "$MODE" --data-dir "$data" --demo
