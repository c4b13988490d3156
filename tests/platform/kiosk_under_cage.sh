#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Meedoen contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The kiosk appliance's session without a screen: cage with wlroots' headless backend runs
# `meedoen --mode kiosk` on Qt's Wayland platform, as meedoen-kiosk.service does, and the app
# must show its first frame. cage refuses to run as root, so as root this runs as nobody.
# Usage: kiosk_under_cage.sh MEEDOEN_BINARY
set -euo pipefail
bin=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/run" "$work/data"
chmod 700 "$work/run"
as_user=()
if [ "$(id -u)" -eq 0 ]; then
  chown -R nobody:nogroup "$work"
  chmod 755 "$work"
  as_user=(setpriv --reuid=nobody --regid=nogroup --clear-groups)
fi
out=$("${as_user[@]}" env -i PATH=/usr/bin:/bin HOME="$work" XDG_RUNTIME_DIR="$work/run" \
  WLR_BACKENDS=headless WLR_LIBINPUT_NO_DEVICES=1 WLR_RENDERER=pixman \
  QT_QPA_PLATFORM=wayland QT_IM_MODULE=qtvirtualkeyboard \
  timeout 100 cage -d -- "$bin" --mode kiosk --data-dir "$work/data" --demo --startup-probe 2>&1) || true
# cage's own log lines are written in pieces (time stamp first), so on a busy machine the app's
# line can land behind a stray time stamp: look for the figure anywhere in a line.
if ! grep -q 'first-frame-ms=[0-9]' <<<"$out"; then
  echo "no first frame under cage:"
  grep -v 'Basic output test failed' <<<"$out" | tail -30
  exit 1
fi
grep -o 'first-frame-ms=[0-9].*' <<<"$out"
