#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Meedoen contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Installs the Debian 12 packages Meedoen needs, and only those that are missing, so a
# second run takes a fraction of a second. Needs root or sudo for the first run.
set -euo pipefail

packages=(
  # toolchain
  cmake ninja-build g++ ccache pkg-config git
  # Qt 6.4 from Debian
  qt6-base-dev qt6-declarative-dev qt6-declarative-dev-tools qt6-positioning-dev
  libqt6positioning6-plugins qt6-httpserver-dev qt6-websockets-dev qt6-tools-dev
  qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev qt6-virtualkeyboard-dev
  qt6-virtualkeyboard-plugin qml6-module-qtquick-virtualkeyboard
  qml6-module-qt-labs-folderlistmodel qml6-module-qtquick qml6-module-qtquick-controls
  qml6-module-qtquick-layouts qml6-module-qtquick-window qml6-module-qtquick-templates
  qml6-module-qtqml qml6-module-qtqml-models qml6-module-qtqml-workerscript qml6-module-qttest
  qml6-module-qtpositioning qt6-multimedia-dev qml6-module-qtmultimedia
  libqt6sql6-sqlite libqt6sql6-psql libxkbcommon-dev libgl-dev libvulkan-dev
  # libraries
  libsqlite3-dev libzxing-dev libsodium-dev libpq-dev
  # the device token in the platform keychain (Secret Service)
  qtkeychain-qt6-dev
  # running and testing without a display, PostgreSQL for the server's tests
  xvfb xauth postgresql postgresql-common fonts-noto-core
  # a private session bus for the desktop-notification test (dbus-daemon)
  dbus-daemon
  # the kiosk appliance: systemd readiness and watchdog, the cage compositor (with its
  # Xwayland) and Qt's Wayland platform, tested headless; systemd-analyze checks the units
  libsystemd-dev cage xwayland qt6-wayland systemd
  # read-aloud (Qt TextToSpeech through speech-dispatcher and espeak-ng), the screen-reader
  # tree test (the AT-SPI bus and its Python client) and the printed receipt's text (pdftotext)
  qt6-speech-dev qml6-module-qttexttospeech qt6-speech-speechd-plugin speech-dispatcher
  espeak-ng speech-dispatcher-espeak-ng at-spi2-core python3-pyatspi gir1.2-atspi-2.0 poppler-utils
  # the Debian packages (cpack -G DEB: dpkg-shlibdeps, file) and their maintainer scripts
  dpkg-dev file adduser
  # results that steer: charts (Qt Charts for QML), the accountant's workbook (libxlsxwriter)
  # and reading it back in the tests (xlsx2csv, openpyxl)
  qt6-charts-dev qml6-module-qtcharts libxlsxwriter-dev xlsx2csv python3-openpyxl
)

# One dpkg-query for all; a package dpkg has never heard of is simply not listed.
installed=" $( { dpkg-query -W -f='${db:Status-Status} ${Package}\n' "${packages[@]}" 2>/dev/null || true; } \
  | awk '$1 == "installed" { printf "%s ", $2 }')"
missing=()
for p in "${packages[@]}"; do
  [[ "$installed" == *" $p "* ]] || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "Installing ${#missing[@]} missing Debian packages: ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "Run as root or install sudo." >&2; exit 1; }
  SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
