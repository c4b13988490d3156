#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Meedoen contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Builds the Debian packages meedoen and meedoen-server (cpack -G DEB, into build/packages/)
# and checks them as a corporation's IT would use them:
#   scripts/package.sh            build, then run both programs from the unpacked packages;
#   scripts/package.sh --install  also install them on this machine (root or sudo), check the
#                                 service users and units, run both programs from /usr/bin,
#                                 and remove the packages again (users and state stay).
# CI runs it with --install (scripts/test.sh).
source "$(dirname "$0")/common.sh"

install=false
if [ "${1:-}" = --install ]; then
  install=true
fi

build_all
rm -f build/packages/*.deb
(cd build && cpack -G DEB >/dev/null)
app_deb=$(ls build/packages/meedoen_*.deb)
server_deb=$(ls build/packages/meedoen-server_*.deb)
echo "Built $app_deb and $server_deb"

fail() { echo "package check: $*" >&2; exit 1; }

# What each package must carry.
expect() {
  local deb=$1; shift
  local listing; listing=$(dpkg-deb -c "$deb")
  for path in "$@"; do
    grep -q " \./${path#/}\$" <<<"$listing" || fail "$(basename "$deb") lacks $path"
  done
}
expect "$app_deb" /usr/bin/meedoen /usr/lib/meedoen/qml/Meedoen/Scan/libmeedoen_scanplugin.so \
  /usr/lib/systemd/system/meedoen-kiosk.service /usr/share/doc/meedoen/copyright
expect "$server_deb" /usr/bin/meedoen-server /usr/share/doc/meedoen-server/copyright
for deb in "$app_deb" "$server_deb"; do
  # (grep reads here-strings: an early exit of grep -q must not fail a pipeline under pipefail)
  grep -q 'libqt6core6' <<<"$(dpkg-deb -f "$deb" Depends)" || fail "$(basename "$deb") has no shared-library dependencies"
  grep -qx './postinst' <<<"$(dpkg-deb --ctrl-tarfile "$deb" | tar -t)" || fail "$(basename "$deb") has no postinst"
done

export QT_QPA_PLATFORM=offscreen
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

# Both programs start from where the package puts them, outside the build tree.
run_both() {
  local bin=$1
  grep -qx "meedoen-server [0-9.]*" <<<"$("$bin/meedoen-server" --version)" || fail "$bin/meedoen-server --version"
  grep -qx "meedoen [0-9.]*" <<<"$("$bin/meedoen" --version)" || fail "$bin/meedoen --version"
  grep -q 'first-frame-ms' <<<"$("$bin/meedoen" --mode kiosk --data-dir "$scratch/kiosk-$2" --startup-probe)" \
    || fail "$bin/meedoen --startup-probe showed no first frame"
}
mkdir -p "$scratch/root"
dpkg-deb -x "$app_deb" "$scratch/root"
dpkg-deb -x "$server_deb" "$scratch/root"
run_both "$scratch/root/usr/bin" unpacked
echo "Both programs run from the unpacked packages."

if ! $install; then
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  SUDO="sudo"
fi
# Debian resolves the run-time dependencies; with a stale package index, refresh it once.
if ! $SUDO apt-get install -y -qq --no-install-recommends "./$app_deb" "./$server_deb" >/dev/null; then
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "./$app_deb" "./$server_deb" >/dev/null
fi
remove() { $SUDO dpkg -r meedoen meedoen-server >/dev/null || true; rm -rf "$scratch"; }
trap remove EXIT

[ "$(command -v meedoen-server)" = /usr/bin/meedoen-server ] || fail "meedoen-server is not in /usr/bin"
for user in meedoen-server meedoen-kiosk; do
  getent passwd "$user" >/dev/null || fail "postinst did not create the user $user"
done
systemd-analyze verify /usr/lib/systemd/system/meedoen-kiosk.service || fail "an installed unit does not verify"
run_both /usr/bin installed
echo "Installed both packages: /usr/bin/meedoen-server and /usr/bin/meedoen run, users and units in place."
