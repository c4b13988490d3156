// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/eventthrottle.h"

#include <QTest>

using namespace Qt::StringLiterals;

// A flood of 401s or 429s costs IT one line per address or device and minute, not one per
// request, and the line still says how many there were.
class TestEventThrottle : public QObject
{
    Q_OBJECT

private slots:
    void floodIsOneLinePerWindow()
    {
        qint64 now = 0;
        Server::SecurityEventThrottle throttle(60, [&now] { return now; });
        QTest::ignoreMessage(QtWarningMsg, R"({"count":1,"event":"unauthorized","peer":"192.0.2.7"})");
        for (int i = 0; i < 5000; ++i)
            throttle.record("unauthorized", "peer", u"192.0.2.7"_s);
        // Still inside the window: nothing more is written.
        now = 59'000;
        throttle.flush();
        // The window is over: the 4,999 not yet logged come as one line.
        now = 60'000;
        QTest::ignoreMessage(QtWarningMsg,
                             R"({"count":4999,"event":"unauthorized","peer":"192.0.2.7","windowSeconds":60})");
        throttle.flush();
        QTest::failOnWarning(QRegularExpression(u".*"_s));
        throttle.flush();
    }

    // Each device (or address) gets its own first line: one noisy key does not hide another.
    void keysAreCountedApart()
    {
        qint64 now = 0;
        Server::SecurityEventThrottle throttle(60, [&now] { return now; });
        QTest::ignoreMessage(QtWarningMsg, R"({"count":1,"device":"dev-a","event":"rate-limited"})");
        QTest::ignoreMessage(QtWarningMsg, R"({"count":1,"device":"dev-b","event":"rate-limited"})");
        throttle.record("rate-limited", "device", u"dev-a"_s);
        throttle.record("rate-limited", "device", u"dev-a"_s);
        throttle.record("rate-limited", "device", u"dev-b"_s);
        // The next event after the window logs the old count, then starts a new window.
        now = 61'000;
        QTest::ignoreMessage(QtWarningMsg, R"({"count":1,"device":"dev-a","event":"rate-limited","windowSeconds":60})");
        QTest::ignoreMessage(QtWarningMsg, R"({"count":1,"device":"dev-a","event":"rate-limited"})");
        throttle.record("rate-limited", "device", u"dev-a"_s);
    }
};

QTEST_GUILESS_MAIN(TestEventThrottle)
#include "tst_eventthrottle.moc"
