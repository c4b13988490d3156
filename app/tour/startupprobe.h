// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// `--startup-probe`: once the first frame is on screen, print
// "first-frame-ms=<n> rss-kb=<n>" and quit. Header-only so that the minimal baseline app
// in bench/ measures in exactly the same way.

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QQuickWindow>
#include <QTimer>
#include <cstdio>

namespace StartupProbe {

// A "Vm…:" line of /proc/self/status in KiB (0 where there is none).
inline qint64 statusKb(const QByteArray &field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    // /proc files report size 0, so read everything rather than line by line.
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(field) && line.size() > field.size() && line.at(field.size()) == ':')
            return line.mid(field.size() + 1).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

// Resident set size of this process in KiB, now and at its peak.
inline qint64 residentKb() { return statusKb(QByteArrayLiteral("VmRSS")); }
inline qint64 peakResidentKb() { return statusKb(QByteArrayLiteral("VmHWM")); }

// With MEEDOEN_REPORT_RSS=1, prints "rss-kb=<n> peak-rss-kb=<n>" to stderr: called as the
// app leaves (the end of `--tour`), for bench/bench_tour_rss.sh.
inline void reportResidentOnExit()
{
    if (qEnvironmentVariableIntValue("MEEDOEN_REPORT_RSS") != 1)
        return;
    std::fprintf(stderr, "rss-kb=%lld peak-rss-kb=%lld\n", static_cast<long long>(residentKb()),
                 static_cast<long long>(peakResidentKb()));
}

inline void attach(QQuickWindow *window, const QElapsedTimer &sinceStart)
{
    QObject::connect(
        window, &QQuickWindow::frameSwapped, window,
        [sinceStart] {
            std::printf("first-frame-ms=%lld rss-kb=%lld\n", static_cast<long long>(sinceStart.elapsed()),
                        static_cast<long long>(residentKb()));
            std::fflush(stdout);
            QTimer::singleShot(0, qApp, [] { QCoreApplication::exit(0); });
        },
        Qt::SingleShotConnection);
}

} // namespace StartupProbe
