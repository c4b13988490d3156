// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/dailywindow.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Meedoen::DailyWindow;

class TestDailyWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void contains_data()
    {
        QTest::addColumn<QString>("window");
        QTest::addColumn<QTime>("time");
        QTest::addColumn<bool>("inside");
        // The night of a kiosk, across midnight.
        QTest::newRow("evening") << u"22:00-07:00"_s << QTime(23, 30) << true;
        QTest::newRow("at the start") << u"22:00-07:00"_s << QTime(22, 0) << true;
        QTest::newRow("after midnight") << u"22:00-07:00"_s << QTime(3, 15) << true;
        QTest::newRow("at the end") << u"22:00-07:00"_s << QTime(7, 0) << false;
        QTest::newRow("daytime") << u"22:00-07:00"_s << QTime(12, 0) << false;
        // A lunch break within one day.
        QTest::newRow("lunch") << u"12:30-13:15"_s << QTime(12, 45) << true;
        QTest::newRow("before lunch") << u"12:30-13:15"_s << QTime(12, 29) << false;
    }

    void contains()
    {
        QFETCH(QString, window);
        QFETCH(QTime, time);
        QFETCH(bool, inside);
        const auto w = DailyWindow::parse(window);
        QVERIFY(w);
        QCOMPARE(w->contains(time), inside);
    }

    void refusesWhatIsNotAWindow_data()
    {
        QTest::addColumn<QString>("text");
        for (const char *bad : {"", "22:00", "22:00-", "22-07", "22:00 - 07:00", "25:00-07:00", "22:00-07:60",
                                "07:00-07:00", "22:00–07:00", "22:00-07:00x"})
            QTest::newRow(bad) << QString::fromUtf8(bad);
    }

    void refusesWhatIsNotAWindow()
    {
        QFETCH(QString, text);
        QVERIFY(!DailyWindow::parse(text));
    }
};

QTEST_GUILESS_MAIN(TestDailyWindow)
#include "tst_dailywindow.moc"
