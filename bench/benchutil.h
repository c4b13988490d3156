// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Small helpers shared by the benchmark programs: order statistics and the one-line
// output format "<name> <value> <unit>[ ratio=<x>]" that scripts/bench.sh collects.

#include <QElapsedTimer>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <optional>
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

// The times of a save benchmark, in milliseconds: ours and the baseline's.
struct SaveTimes
{
    std::vector<double> ours;
    std::vector<double> baseline;
};

// `iterations` saves on each side in rounds of `roundSize`, alternating which side goes
// first so that neither always follows the other's fsync; each save is timed alone.
// `prepare(n)` builds our n-th save before the clock starts and returns what runs it (false
// on failure); `baseline(n)` is timed as it is. Numbering starts at `first`. Nothing (and a
// message) when one of our saves fails.
template<typename Prepare, typename Baseline>
std::optional<SaveTimes> alternateSaves(int iterations, int roundSize, int first, Prepare prepare, Baseline baseline)
{
    SaveTimes times;
    times.ours.reserve(std::size_t(iterations));
    times.baseline.reserve(std::size_t(iterations));
    QElapsedTimer timer;
    int next = first;
    for (int done = 0; done < iterations; done += roundSize) {
        const bool oursFirst = (done / roundSize) % 2 == 0;
        for (int side = 0; side < 2; ++side) {
            const bool oursNow = (side == 0) == oursFirst;
            for (int i = 0; i < roundSize; ++i) {
                const int n = next + i;
                if (oursNow) {
                    auto save = prepare(n);
                    timer.start();
                    if (!save()) {
                        std::fprintf(stderr, "save %d failed\n", n);
                        return std::nullopt;
                    }
                    times.ours.push_back(double(timer.nsecsElapsed()) / 1e6);
                } else {
                    timer.start();
                    baseline(n);
                    times.baseline.push_back(double(timer.nsecsElapsed()) / 1e6);
                }
            }
        }
        next += roundSize;
    }
    return times;
}

} // namespace Bench
