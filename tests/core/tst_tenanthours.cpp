// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The rules of the hours a tenant logs on the phone: what the form accepts, and the code the
// server turns into a refusal's reason.

#include "core/tenanthours.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Meedoen;

class TestTenantHours : public QObject
{
    Q_OBJECT

    const QDate m_today{2026, 12, 6};

private Q_SLOTS:
    void date_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("code");
        QTest::newRow("today, Dutch") << u"6-12-2026"_s << QDate(2026, 12, 6) << QString();
        QTest::newRow("ISO") << u"2026-12-03"_s << QDate(2026, 12, 3) << QString();
        QTest::newRow("slashes, short year") << u"3/12/26"_s << QDate(2026, 12, 3) << QString();
        QTest::newRow("no year") << u" 1-12 "_s << QDate(2026, 12, 1) << QString();
        QTest::newRow("window's last day") << u"7-10-2026"_s << QDate(2026, 10, 7) << QString();
        QTest::newRow("one day too old") << u"6-10-2026"_s << QDate(2026, 10, 6) << u"hours.date.window"_s;
        QTest::newRow("tomorrow") << u"7-12-2026"_s << QDate(2026, 12, 7) << u"hours.date.future"_s;
        QTest::newRow("empty") << u"  "_s << QDate() << u"hours.date.required"_s;
        QTest::newRow("words") << u"gisteren"_s << QDate() << u"hours.date.format"_s;
        QTest::newRow("31 November") << u"31-11-2026"_s << QDate() << u"hours.date.format"_s;
    }
    void date()
    {
        QFETCH(QString, typed);
        QFETCH(QDate, date);
        QFETCH(QString, code);
        const auto v = validateHoursDate(typed, m_today);
        QCOMPARE(v.value, date);
        QCOMPARE(v.error ? v.error->code : QString(), code);
        if (v.error) {
            QCOMPARE(v.error->field, HoursField::date.toString());
            QVERIFY(!v.error->message.isEmpty());
        }
    }

    void duration_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<int>("minutes");
        QTest::addColumn<QString>("code");
        QTest::newRow("clock") << u"1:30"_s << 90 << QString();
        QTest::newRow("comma") << u"1,5"_s << 90 << QString();
        QTest::newRow("point quarter") << u"2.25"_s << 135 << QString();
        QTest::newRow("whole hours") << u"3"_s << 180 << QString();
        QTest::newRow("twelve hours") << u"12:00"_s << 720 << QString();
        QTest::newRow("over twelve") << u"12:15"_s << 735 << u"hours.duration.dayLimit"_s;
        QTest::newRow("not a quarter") << u"1:20"_s << 80 << u"hours.duration.quarter"_s;
        QTest::newRow("a tenth") << u"1,1"_s << 66 << u"hours.duration.quarter"_s;
        QTest::newRow("zero") << u"0:00"_s << 0 << u"hours.duration.required"_s;
        QTest::newRow("empty") << QString() << 0 << u"hours.duration.required"_s;
        QTest::newRow("minutes over 59") << u"1:75"_s << 0 << u"hours.duration.format"_s;
        QTest::newRow("words") << u"anderhalf"_s << 0 << u"hours.duration.format"_s;
    }
    void duration()
    {
        QFETCH(QString, typed);
        QFETCH(int, minutes);
        QFETCH(QString, code);
        const auto v = validateHoursDuration(typed);
        QCOMPARE(v.value, minutes);
        QCOMPARE(v.error ? v.error->code : QString(), code);
        if (!v.error)
            QCOMPARE(validateHoursDuration(formatHoursDuration(minutes)).value, minutes);
    }

    void dayTotal()
    {
        // Other entries of that day count: 10 h there leaves room for 2 h, not 2:15.
        QVERIFY(!checkHoursDayTotal(600, 120));
        const auto over = checkHoursDayTotal(600, 135);
        QVERIFY(over);
        QCOMPARE(over->code, u"hours.duration.dayLimit"_s);
        QCOMPARE(over->field, u"duration"_s);
        QVERIFY(!over->message.isEmpty());
        QVERIFY(!checkHoursDayTotal(0, kTenantMaxMinutesPerDay));
    }

    void formatted()
    {
        QCOMPARE(formatHoursDuration(90), u"1:30"_s);
        QCOMPARE(formatHoursDuration(720), u"12:00"_s);
        QCOMPARE(formatHoursDuration(15), u"0:15"_s);
    }
};

QTEST_GUILESS_MAIN(TestTenantHours)
#include "tst_tenanthours.moc"
