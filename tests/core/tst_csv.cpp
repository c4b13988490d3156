// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/csv.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Meedoen;

class TestCsv : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void field_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("cell");
        QTest::newRow("plain") << u"Moestuin"_s << u"Moestuin"_s;
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("comma") << u"Rotterdam, Zuid"_s << u"\"Rotterdam, Zuid\""_s;
        QTest::newRow("quote") << u"de \"Wielewaal\""_s << u"\"de \"\"Wielewaal\"\"\""_s;
        QTest::newRow("newline") << u"regel 1\nregel 2"_s << u"\"regel 1\nregel 2\""_s;
        QTest::newRow("crlf inside") << u"a\r\nb"_s << u"\"a\r\nb\""_s;
        QTest::newRow("formula =") << u"=HYPERLINK(\"http://x\")"_s << u"\"'=HYPERLINK(\"\"http://x\"\")\""_s;
        QTest::newRow("formula +") << u"+31612345678"_s << u"'+31612345678"_s;
        QTest::newRow("formula -") << u"-2+3"_s << u"'-2+3"_s;
        QTest::newRow("formula @") << u"@SUM(A1)"_s << u"'@SUM(A1)"_s;
        QTest::newRow("tab") << u"\tcmd"_s << u"'\tcmd"_s;
        QTest::newRow("leading CR") << u"\rcmd"_s << u"\"'\rcmd\""_s;
        QTest::newRow("formula with comma") << u"=1,2"_s << u"\"'=1,2\""_s;
        QTest::newRow("equals later is fine") << u"a=b"_s << u"a=b"_s;
        QTest::newRow("non-ascii") << u"Yılmaz"_s << u"Yılmaz"_s;
    }
    void field()
    {
        QFETCH(QString, value);
        QFETCH(QString, cell);
        QCOMPARE(Csv::field(value), cell);
    }

    void rowEndsWithCrlf()
    {
        QCOMPARE(Csv::row({u"a"_s, u"b,c"_s, u"=d"_s}), u"a,\"b,c\",'=d\r\n"_s);
        QCOMPARE(Csv::row({}), u"\r\n"_s);
    }
};

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
