// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "controllers/staffexport.h"

#include <QTest>

using namespace Qt::StringLiterals;

// The tablet's CSV exports: the columns of `meedoen-server export`, RFC 4180 quoting, and
// cells that a spreadsheet would run as a formula neutralised.
class TestStaffExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void titlesAreEscaped_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("cell");
        QTest::newRow("plain") << u"Moestuin"_s << u"Moestuin"_s;
        QTest::newRow("comma") << u"Tuin, groot"_s << u"\"Tuin, groot\""_s;
        QTest::newRow("quote") << u"De \"echte\" tuin"_s << u"\"De \"\"echte\"\" tuin\""_s;
        QTest::newRow("newline") << u"Tuin\nnoord"_s << u"\"Tuin\nnoord\""_s;
        QTest::newRow("carriage return") << u"\rTuin"_s << u"\"'\rTuin\""_s;
        QTest::newRow("equals") << u"=1+1"_s << u"'=1+1"_s;
        QTest::newRow("plus") << u"+31 6 1234"_s << u"'+31 6 1234"_s;
        QTest::newRow("minus") << u"-5"_s << u"'-5"_s;
        QTest::newRow("at") << u"@SUM(A1)"_s << u"'@SUM(A1)"_s;
        QTest::newRow("tab") << u"\tTuin"_s << u"'\tTuin"_s;
        QTest::newRow("formula with comma") << u"=HYPERLINK(\"x\",\"y\")"_s << u"\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\""_s;
    }
    void titlesAreEscaped()
    {
        QFETCH(QString, title);
        QFETCH(QString, cell);
        StaffRepository::Dashboard d;
        StaffRepository::OpportunityFigures o;
        o.id = u"tuin"_s;
        o.title = title;
        o.site = u"site-a"_s;
        o.neighbourhood = u"wielewaal"_s;
        o.route = u"wonen"_s;
        o.capacity = 4;
        o.confirmed = 3;
        o.waitlistLength = 2;
        d.opportunities.append(o);
        const QString csv = StaffExport::resultsCsv(d);
        const QStringList lines = csv.split(u"\r\n"_s);
        QCOMPARE(lines.size(), 3); // header, row, and the empty rest after the last CRLF
        QCOMPARE(lines.at(1), u"opportunity,,site-a,wielewaal,wonen,tuin,"_s + cell + u",,,,,,4,3,2,0.750"_s);
    }

    void monthRowsInHours()
    {
        StaffRepository::Dashboard d;
        StaffRepository::MonthFigures m;
        m.month = u"2026-10"_s;
        m.site = u"site-a"_s;
        m.neighbourhood = u"wielewaal"_s;
        m.route = u"werken"_s;
        m.activeVolunteers = 2;
        m.minutes = 95;
        m.trainingCompleted = 1;
        d.months.append(m);
        StaffRepository::OpportunityFigures unlimited;
        unlimited.id = u"koffie"_s;
        unlimited.title = u"Koffie"_s;
        unlimited.confirmed = 5;
        d.opportunities.append(unlimited);
        QCOMPARE(StaffExport::resultsCsv(d),
                 u"record,month,site,neighbourhood,route,opportunity,title,active_volunteers,hours,training_started,"
                 "training_completed,training_dropped_out,capacity,confirmed,waitlist_length,fill_rate\r\n"
                 "month,2026-10,site-a,wielewaal,werken,,,2,1.58,0,1,0,,,,\r\n"
                 "opportunity,,,,,koffie,Koffie,,,,,,0,5,0,\r\n"_s);
    }

    void decisionsKeepEveryColumn()
    {
        const QString csv = StaffExport::decisionsCsv(
            {{u"2026-11-01T09:05:00.000Z"_s, u"2026-11-01T09:00:00.000Z"_s, u"anna"_s, u"Anna, de Boer"_s, u"dev-1"_s,
              u"K7QP-3M"_s, u"race"_s, u"Moestuin"_s, u"decline"_s, u"decided"_s, QString(), u"-geen plaats"_s,
              u"Helaas,\n\"volgende keer\""_s}});
        const QStringList lines = csv.split(u"\r\n"_s);
        QCOMPARE(lines.at(0), u"decided_at,device_time,staff_login,staff_name,device,reference_code,opportunity,title,"
                              "decision,status,refusal,reason,message_to_tenant"_s);
        QCOMPARE(lines.at(1), u"2026-11-01T09:05:00.000Z,2026-11-01T09:00:00.000Z,anna,\"Anna, de Boer\",dev-1,K7QP-3M,"
                              "race,Moestuin,decline,decided,,'-geen plaats,\"Helaas,\n\"\"volgende keer\"\"\""_s);
    }

    // The organiser's list: a tenant without `share-partner` consent is a reference code only,
    // even when the row handed in still carries a name.
    void participantsOnlyNamedWithConsent()
    {
        const QVariantList rows{
            QVariantMap{{u"referenceCode"_s, u"REF-1"_s}, {u"shared"_s, true}, {u"name"_s, u"Fatma Yılmaz"_s},
                        {u"phone"_s, u"+31612345678"_s}, {u"email"_s, u"fatma@example.nl"_s}},
            QVariantMap{{u"referenceCode"_s, u"REF-2"_s}, {u"shared"_s, false}, {u"name"_s, u"Jan Bakker"_s},
                        {u"phone"_s, u"0612345678"_s}, {u"email"_s, u"jan@example.nl"_s}},
        };
        const QString csv = StaffExport::participantsCsv(u"tuin"_s, u"Moestuin, noord"_s, rows);
        QCOMPARE(csv, u"opportunity,title,reference_code,shared,name,phone,email\r\n"
                      "tuin,\"Moestuin, noord\",REF-1,yes,Fatma Yılmaz,'+31612345678,fatma@example.nl\r\n"
                      "tuin,\"Moestuin, noord\",REF-2,no,,,\r\n"_s);
        QVERIFY(!csv.contains(u"Bakker"_s));
        QVERIFY(!csv.contains(u"jan@"_s));
    }
};

QTEST_GUILESS_MAIN(TestStaffExport)
#include "tst_staffexport.moc"
