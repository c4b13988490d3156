#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Meedoen contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# A local meedoen-server for the demo: SQLite in DIR/server.db, the demo catalogue, on
# loopback. Prints an enrollment code for a demo kiosk to DIR/kiosk-code, then serves
# until it is stopped.   Usage: scripts/demo-server.sh DIR [HOST:PORT]
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:?usage: demo-server.sh DIR [HOST:PORT]}
listen=${2:-127.0.0.1:8470}
server=build/bin/meedoen-server
db="sqlite:$dir/server.db"
mkdir -p "$dir"

if [ ! -f "$dir/server.db" ]; then
  "$server" import-catalogue assets/demo/catalogue.json --db "$db" >/dev/null
fi
# The demo kiosk stands in Buurthuis De Wielewaal, Rotterdam (or the first site there is).
site=${MEEDOEN_DEMO_SITE:-wielewaal-buurthuis}
"$server" sites --db "$db" | cut -d' ' -f1 | grep -qx "$site" \
  || site=$("$server" sites --db "$db" | head -n 1 | cut -d' ' -f1)
"$server" enroll --kind kiosk --site "$site" --db "$db" > "$dir/kiosk-code"
echo "meedoen-server on http://$listen (site $site); demo kiosk enrollment code: $(cat "$dir/kiosk-code")"
exec "$server" serve --db "$db" --listen "$listen"
