# SPDX-FileCopyrightText: 2026 Meedoen contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Shared by bench_startup.sh and bench_startup_10k.sh (sourced, not run).

# Runs "$@ --startup-probe" and prints "<first-frame ms> <rss kB>".
probe() {
    local out
    out=$(timeout 120 "$@" --startup-probe 2>/dev/null | grep -m1 '^first-frame-ms=') || {
        echo "$(basename "$0"): no probe line from $1" >&2
        exit 1
    }
    sed -E 's/^first-frame-ms=([0-9]+) rss-kb=([0-9]+).*/\1 \2/' <<<"$out"
}

# The median of the numbers on stdin, one per line.
median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
