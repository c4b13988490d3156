#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Meedoen contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# A local meedoen-server for the demo: SQLite in DIR/server.db, the demo catalogue, on
# loopback. Writes fresh enrollment codes for a demo kiosk, phone and staff tablet to
# DIR/<kind>-code, adds a demo staff member, then serves until it is stopped.   Usage: scripts/demo-server.sh DIR [HOST:PORT]
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:?usage: demo-server.sh DIR [HOST:PORT]}
listen=${2:-127.0.0.1:8470}
server=build/bin/meedoen-server
db="sqlite:$dir/server.db"
mkdir -p "$dir"

if [ ! -f "$dir/catalogue-imported" ]; then
  "$server" import-catalogue assets/demo/catalogue.json --db "$db" >/dev/null
  touch "$dir/catalogue-imported"
fi
# A supplier's social-return obligation, valued with Meedoen's default table and proxies.
if [ ! -f "$dir/social-return-imported" ]; then
  "$server" social-return import assets/demo/social-return.json --db "$db" >/dev/null
  touch "$dir/social-return-imported"
fi
# The demo kiosk stands in Buurthuis De Wielewaal, Rotterdam (or the first site there is).
site=${MEEDOEN_DEMO_SITE:-wielewaal-buurthuis}
"$server" sites --db "$db" | cut -d' ' -f1 | grep -qx "$site" \
  || site=$("$server" sites --db "$db" | head -n 1 | cut -d' ' -f1)
if [ ! -f "$dir/staff-login" ]; then
  # A demo staff member for the tablet: login "demo", password "meedoen-demo"; every role, so
  # the demo shows every screen.
  printf '%s' meedoen-demo | "$server" staff add --site "$site" --name "Fatma Demir" --login demo \
    --role coordinator,consultant,viewer,admin --db "$db" >/dev/null && echo demo > "$dir/staff-login"
fi
for kind in kiosk phone staff; do
  "$server" enroll --kind "$kind" --site "$site" --db "$db" > "$dir/$kind-code.new"
  mv "$dir/$kind-code.new" "$dir/$kind-code"
done
echo "meedoen-server on http://$listen (site $site); demo staff sign-in: demo / meedoen-demo"
exec "$server" serve --db "$db" --listen "$listen"
