// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Small helpers shared by the benchmark programs: order statistics and the one-line
// output format "<name> <value> <unit>[ ratio=<x>]" that scripts/bench.sh collects.

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

namespace Bench {

// Nearest-rank percentile (p in 0..100) of the samples; 0 for none.
inline double percentile(std::vector<double> samples, double p)
{
    if (samples.empty())
        return 0;
    std::sort(samples.begin(), samples.end());
    const auto rank = static_cast<std::size_t>(std::ceil(p / 100.0 * double(samples.size())));
    return samples[std::clamp<std::size_t>(rank, 1, samples.size()) - 1];
}

inline double median(const std::vector<double> &samples)
{
    if (samples.empty())
        return 0;
    std::vector<double> s = samples;
    std::sort(s.begin(), s.end());
    const std::size_t n = s.size();
    return n % 2 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
}

inline void report(const char *name, double value, const char *unit)
{
    std::printf("%s %.3f %s\n", name, value, unit);
    std::fflush(stdout);
}

inline void report(const char *name, double value, const char *unit, double baseline)
{
    std::printf("%s %.3f %s ratio=%.2f\n", name, value, unit, baseline > 0 ? value / baseline : 0.0);
    std::fflush(stdout);
}

} // namespace Bench
