// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Meedoen::isoUtc() writes what QDateTime::toString(Qt::ISODateWithMs) writes for the same
// moment in UTC: stored times, payload hashes and sync cursors depend on the exact text.
#include "core/isotime.h"

#include <QRandomGenerator>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

class TstIsoTime : public QObject
{
    Q_OBJECT

private slots:
    void knownMoment()
    {
        const QDateTime t(QDate(2026, 3, 9), QTime(7, 5, 4, 21), Qt::UTC);
        QCOMPARE(Meedoen::isoUtc(t), u"2026-03-09T07:05:04.021Z"_s);
        // Amsterdam summer time: two hours ahead of UTC.
        const QDateTime local(QDate(2026, 7, 1), QTime(0, 30), QTimeZone("Europe/Amsterdam"));
        QCOMPARE(Meedoen::isoUtc(local), u"2026-06-30T22:30:00.000Z"_s);
        QCOMPARE(Meedoen::isoUtc(QDateTime()), QString());
    }

    void sameAsQt_data()
    {
        QTest::addColumn<QDateTime>("moment");
        const QDateTime edges[] = {
            QDateTime(QDate(1, 1, 1), QTime(0, 0), Qt::UTC),
            QDateTime(QDate(999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC),
            QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC),
            QDateTime(QDate(10000, 1, 1), QTime(0, 0), Qt::UTC),
            QDateTime(QDate(-44, 3, 15), QTime(12, 0), Qt::UTC),
            QDateTime(QDate(2024, 2, 29), QTime(12, 0), Qt::OffsetFromUTC, -3600 * 5),
        };
        for (const QDateTime &t : edges)
            QTest::newRow(qPrintable(t.toString(Qt::ISODateWithMs))) << t;
        // Moments from 1900 to 2100 in UTC, Amsterdam and a fixed offset.
        QRandomGenerator rng(20261128);
        const qint64 from = QDateTime(QDate(1900, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        const qint64 to = QDateTime(QDate(2100, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        const QTimeZone amsterdam("Europe/Amsterdam");
        for (int i = 0; i < 300; ++i) {
            const qint64 ms = from + qint64(rng.bounded(double(to - from)));
            QDateTime t = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
            if (i % 3 == 1)
                t = t.toTimeZone(amsterdam);
            else if (i % 3 == 2)
                t = t.toOffsetFromUtc(-9 * 3600 - 1800);
            QTest::newRow(qPrintable(u"random-%1"_s.arg(i))) << t;
        }
    }
    void sameAsQt()
    {
        QFETCH(QDateTime, moment);
        QCOMPARE(Meedoen::isoUtc(moment), moment.toUTC().toString(Qt::ISODateWithMs));
    }
};

QTEST_GUILESS_MAIN(TstIsoTime)
#include "tst_isotime.moc"
