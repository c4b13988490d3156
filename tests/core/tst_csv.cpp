// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/csv.h"

#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;
using namespace Meedoen;

namespace {
// The cells of the text's first record; nullopt on a quoting error.
std::optional<QStringList> firstRecord(const QString &text, QChar separator)
{
    Csv::Reader reader(text, separator);
    QStringList cells;
    if (!reader.next(cells) && !reader.error().isEmpty())
        return std::nullopt;
    return cells;
}
} // namespace

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

    // Reading the first record of an import (import-tenancies, import-areas).
    void reader_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("separator");
        QTest::addColumn<QStringList>("cells"); // {"<bad>"}: refused
        QTest::newRow("semicolons") << u"a;b;;c"_s << u";"_s << QStringList{u"a"_s, u"b"_s, QString(), u"c"_s};
        QTest::newRow("commas") << u"a,b"_s << u","_s << QStringList{u"a"_s, u"b"_s};
        QTest::newRow("other separator is text") << u"a,b"_s << u";"_s << QStringList{u"a,b"_s};
        QTest::newRow("quoted separator") << u"\"a;b\";c"_s << u";"_s << QStringList{u"a;b"_s, u"c"_s};
        QTest::newRow("doubled quote") << u"\"de \"\"W\"\"\";x"_s << u";"_s << QStringList{u"de \"W\""_s, u"x"_s};
        QTest::newRow("empty quoted last") << u"a;\"\""_s << u";"_s << QStringList{u"a"_s, QString()};
        QTest::newRow("trailing separator") << u"a;"_s << u";"_s << QStringList{u"a"_s, QString()};
        QTest::newRow("empty line") << u"\r\nx"_s << u";"_s << QStringList{QString()};
        QTest::newRow("no text, no record") << QString() << u";"_s << QStringList{};
        QTest::newRow("quoted line break") << u"\"a\nb\";c\nd"_s << u";"_s << QStringList{u"a\nb"_s, u"c"_s};
        QTest::newRow("open quote") << u"\"a;b"_s << u";"_s << QStringList{u"<bad>"_s};
        QTest::newRow("text after quote") << u"\"a\"b;c"_s << u";"_s << QStringList{u"<bad>"_s};
        QTest::newRow("stray quote") << u"a\"b;c"_s << u";"_s << QStringList{u"<bad>"_s};
    }
    void reader()
    {
        QFETCH(QString, line);
        QFETCH(QString, separator);
        QFETCH(QStringList, cells);
        const auto read = firstRecord(line, separator.front());
        if (cells == QStringList{u"<bad>"_s})
            QVERIFY(!read);
        else
            QCOMPARE(read.value_or(QStringList{u"<bad>"_s}), cells);
    }

    void writtenRowsReadBack()
    {
        const QStringList cells{u"Rotterdam, Zuid"_s, u"de \"Wielewaal\""_s, u"a=b"_s};
        QCOMPARE(firstRecord(Csv::row(cells), u','), cells);
    }
};

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
