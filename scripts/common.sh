# SPDX-FileCopyrightText: 2026 Meedoen contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Shared by demo.sh and test.sh: install what is missing, configure once, build
# incrementally. Source it; it changes to the repository root.

set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$PWD

"$ROOT/scripts/setup-deps.sh"

# CI treats warnings as errors; a developer's build only shows them.
PRESET=dev
if [ "${CI:-}" = "true" ]; then
  PRESET=ci
fi

build_all() {
  if [ ! -f build/CMakeCache.txt ] || [ ! -f build/build.ninja ]; then
    cmake --preset "$PRESET" >/dev/null
  elif [ "$PRESET" = ci ] && ! grep -q '^MEEDOEN_WERROR:BOOL=ON' build/CMakeCache.txt; then
    cmake --preset "$PRESET" >/dev/null
  fi
  # Two cores: ninja's default of nproc + 2 jobs only thrashes.
  cmake --build build -j "$(nproc)" "$@"
}
