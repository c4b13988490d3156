// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The tenancy check's rule and the rent administration's file (core/tenancy.h): how numbers,
// postcodes and additions are compared, the four verdicts, and which files are refused.

#include "core/tenancy.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Meedoen;

class TestTenancy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keys()
    {
        QCOMPARE(postcodeKey(u"3083 bk"), u"3083BK"_s);
        QCOMPARE(postcodeKey(u" 3083BK "), u"3083BK"_s);
        QCOMPARE(additionKey(u"-a"), u"A"_s);
        QCOMPARE(additionKey(u"2 hoog"), additionKey(u"2-HOOG"));
        QCOMPARE(tenancyNumberKey(u"12-345 a"), u"12345A"_s);
        for (const TenancyVerdict v : {TenancyVerdict::Match, TenancyVerdict::Mismatch, TenancyVerdict::UnknownNumber,
                                       TenancyVerdict::NotGiven})
            QCOMPARE(tenancyVerdictFromKey(toKey(v)), v);
        QCOMPARE(toKey(TenancyVerdict::UnknownNumber), u"unknown-number"_s);
        QVERIFY(!tenancyVerdictFromKey(u"maybe"));
    }

    void verdicts_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("postcode");
        QTest::addColumn<int>("houseNumber");
        QTest::addColumn<QString>("addition");
        QTest::addColumn<bool>("known");
        QTest::addColumn<QString>("verdict");
        QTest::newRow("match") << u"HT-1"_s << u"3083 BK"_s << 12 << u"a"_s << true << u"match"_s;
        QTest::newRow("second tenancy") << u"HT-1"_s << u"3071 AB"_s << 3 << QString() << true << u"match"_s;
        QTest::newRow("addition missing") << u"HT-1"_s << u"3083 BK"_s << 12 << QString() << true << u"mismatch"_s;
        QTest::newRow("house number") << u"HT-1"_s << u"3083 BK"_s << 13 << u"A"_s << true << u"mismatch"_s;
        QTest::newRow("unknown") << u"HT-2"_s << u"3083 BK"_s << 12 << u"A"_s << false << u"unknown-number"_s;
        QTest::newRow("not given") << u"  "_s << u"3083 BK"_s << 12 << u"A"_s << false << u"not-given"_s;
    }
    void verdicts()
    {
        QFETCH(QString, number);
        QFETCH(QString, postcode);
        QFETCH(int, houseNumber);
        QFETCH(QString, addition);
        QFETCH(bool, known);
        QFETCH(QString, verdict);
        Person p;
        p.tenantNumber = number;
        p.address.postcode = postcode;
        p.address.houseNumber = houseNumber;
        p.address.addition = addition;
        const QList<Tenancy> tenancies{{u"HT1"_s, u"3083BK"_s, 12, u"A"_s, QDate(2020, 1, 1)},
                                       {u"HT1"_s, u"3071AB"_s, 3, QString(), QDate(2010, 1, 1)}};
        QCOMPARE(toKey(tenancyVerdict(p, known ? tenancies : QList<Tenancy>{})), verdict);
    }

    void goodFile()
    {
        const TenancyFile f = readTenancyFile("\xEF\xBB\xBF" "Ingangsdatum,Huurdernummer,Postcode,Huisnummer,Toevoeging\r\n"
                                              "01-03-2024,\"ht-1\",3083 bk,12a,\r\n\r\n2020-01-01,HT-2,3083BK,14,2 hoog\r\n");
        QVERIFY2(f.ok(), qPrintable(f.error));
        QCOMPARE(f.tenancies.size(), 2);
        QCOMPARE(f.tenancies.at(0), (Tenancy{u"HT1"_s, u"3083BK"_s, 12, u"A"_s, QDate(2024, 3, 1)}));
        QCOMPARE(f.tenancies.at(1), (Tenancy{u"HT2"_s, u"3083BK"_s, 14, u"2HOOG"_s, QDate(2020, 1, 1)}));
    }

    void badFile_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("line");
        const QByteArray header = "huurdernummer;postcode;huisnummer;toevoeging;ingangsdatum\n";
        QTest::newRow("empty") << QByteArray() << 1;
        QTest::newRow("a name column") << QByteArray("huurdernummer;postcode;huisnummer;naam;ingangsdatum\n") << 1;
        QTest::newRow("a column twice") << QByteArray("huurdernummer;postcode;postcode;toevoeging;ingangsdatum\n") << 1;
        QTest::newRow("not utf-8") << header + "HT-1;3083 BK;12;\xff;2024-03-01\n" << 0;
        QTest::newRow("bad date on line 3") << header + "HT-1;3083 BK;12;;2024-03-01\nHT-2;3083 BK;12;;2024-02-30\n" << 3;
        QTest::newRow("two additions") << header + "HT-1;3083 BK;12a;b;2024-03-01\n" << 2;
        QTest::newRow("quote left open on line 3")
            << header + "HT-1;3083 BK;12;;2024-03-01\nHT-2;\"3083 BK;12;;2024-03-01\n" << 3;
        QTest::newRow("text after a quote") << header + "HT-1;\"3083\" BK;12;;2024-03-01\n" << 2;
        QTest::newRow("house number 0") << header + "HT-1;3083 BK;0;;2024-03-01\n" << 2;
    }
    void badFile()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, line);
        const TenancyFile f = readTenancyFile(bytes);
        QVERIFY(!f.ok());
        QCOMPARE(f.errorLine, line);
        QVERIFY(f.tenancies.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTenancy)
#include "tst_tenancy.moc"
