// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Reading the corporation's area table (core/postcodeareas.h): both formats, every check with
// the line IT has to fix, and addresses collapsed into ranges.

#include "core/csv.h"
#include "core/postcodeareas.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Meedoen;

namespace {

const QByteArray kCbs = "\xEF\xBB\xBF" // as the CBS download starts
                        "PC6;Huisnummer;Buurt2023;Wijk2023;Gemeente2023\r\n"
                        "\"3083BK\";\"1\";\"05990110\";\"059901\";\"0599\"\r\n"
                        "\"3083BK\";\"3\";\"05990110\";\"059901\";\"0599\"\r\n"
                        "\"3083BK\";\"7\";\"05990110\";\"059901\";\"0599\"\r\n"
                        "\"3083BK\";\"2\";\"05990111\";\"059901\";\"0599\"\r\n"
                        "\"3083BK\";\"4\";\"05990111\";\"059901\";\"0599\"\r\n"
                        "\"1065AB\";\"12\";\"BU03630607\";\"036306\";\"0363\"\r\n";

} // namespace

class TestPostcodeAreas : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void csvReader()
    {
        QStringList cells;
        const QString text = u"a;\"b;c\";\"say \"\"hi\"\"\"\r\n\"two\nlines\";x\nlast"_s;
        Csv::Reader reader(text, u';');
        QVERIFY(reader.next(cells));
        QCOMPARE(cells, (QStringList{u"a"_s, u"b;c"_s, u"say \"hi\""_s}));
        QCOMPARE(reader.line(), 1);
        QVERIFY(reader.next(cells));
        QCOMPARE(cells, (QStringList{u"two\nlines"_s, u"x"_s}));
        QCOMPARE(reader.line(), 2);
        QVERIFY(reader.next(cells));
        QCOMPARE(cells, (QStringList{u"last"_s}));
        QCOMPARE(reader.line(), 4);
        QVERIFY(!reader.next(cells));
        QVERIFY(reader.error().isEmpty());

        Csv::Reader broken(u"a;\"open\nb"_s, u';');
        QVERIFY(!broken.next(cells));
        QVERIFY(!broken.error().isEmpty());
    }

    void cbsTableCollapsesIntoRanges()
    {
        const AreaTableRead read = PostcodeAreas::read(kCbs);
        QVERIFY2(!read.error, read.error ? qPrintable(read.error->message) : "");
        QCOMPARE(read.table.format, AreaTable::Format::Cbs);
        QCOMPARE(read.table.rows, 6);
        QCOMPARE(read.table.areas.size(), 2);
        QCOMPARE(read.table.areas.at(0),
                 (PostcodeArea{u"1065AB"_s, {{12, 12, u"bu03630607"_s}}}));
        // 1 and 3 are one range (2 lies in another buurt), 7 stands alone after 4.
        QCOMPARE(read.table.areas.at(1),
                 (PostcodeArea{u"3083BK"_s,
                               {{1, 1, u"bu05990110"_s}, {2, 2, u"bu05990111"_s}, {3, 3, u"bu05990110"_s},
                                {4, 4, u"bu05990111"_s}, {7, 7, u"bu05990110"_s}}}));
        QCOMPARE(read.table.neighbourhoods.size(), 3);
        QCOMPARE(read.table.neighbourhoods.at(0).id, u"bu05990110"_s);
        QVERIFY(read.table.neighbourhoods.at(0).name.isEmpty());
    }

    void oneSideOfAStreetIsOneRange()
    {
        const AreaTableRead read = PostcodeAreas::read("PC6;Huisnummer;Buurt;Buurtnaam2023;Gemeentenaam2023\n"
                                                        "3083BK;1;05990110;Wielewaal;Rotterdam\n"
                                                        "3083BK;3;05990110;Wielewaal;Rotterdam\n"
                                                        "3083BK;5;05990110;Wielewaal;Rotterdam\n"
                                                        "3083BK;9;05990111;Lombardijen;Rotterdam\n");
        QVERIFY(!read.error);
        QCOMPARE(read.table.areas.at(0).ranges,
                 (QList<PostcodeRange>{{1, 5, u"bu05990110"_s}, {9, 9, u"bu05990111"_s}}));
        QCOMPARE(read.table.neighbourhoods.at(0), (Neighbourhood{u"bu05990110"_s, u"Wielewaal"_s, u"Rotterdam"_s}));
        const auto &ranges = read.table.areas.at(0).ranges;
        QCOMPARE(PostcodeAreas::neighbourhoodAt(ranges, 3), u"bu05990110"_s);
        QCOMPARE(PostcodeAreas::neighbourhoodAt(ranges, 4), u"bu05990110"_s);
        QCOMPARE(PostcodeAreas::neighbourhoodAt(ranges, 9), u"bu05990111"_s);
        QCOMPARE(PostcodeAreas::neighbourhoodAt(ranges, 7), std::nullopt);
        QCOMPARE(PostcodeAreas::neighbourhoodAt(ranges, 10), std::nullopt);
    }

    // The file is read as UTF-8 bytes: names keep their letters, quoted cells their quotes,
    // and a message quotes a wrong cell as written.
    void utf8NamesAndQuotes()
    {
        const AreaTableRead read = PostcodeAreas::read("PC6;Huisnummer;Buurt;Buurtnaam2023;Gemeentenaam2023\r\n"
                                                        "8701AB;1;19000101;\"Bolsward \"\"Centrum\"\"\";S\xC3\xBB""dwest-Frysl\xC3\xA2""n\r\n"
                                                        "8701AB;3;19000101;x;y\r\n");
        QVERIFY2(!read.error, read.error ? qPrintable(read.error->message) : "");
        QCOMPARE(read.table.neighbourhoods.at(0),
                 (Neighbourhood{u"bu19000101"_s, u"Bolsward \"Centrum\""_s, u"S\u00FBdwest-Frysl\u00E2n"_s}));
        QCOMPARE(read.table.areas.at(0).ranges, (QList<PostcodeRange>{{1, 3, u"bu19000101"_s}}));

        const AreaTableRead wrong = PostcodeAreas::read("PC6;Huisnummer;Buurt\n8701AB;1;19000101\n87\xC3\xA9""1AB;3;19000101\n");
        QVERIFY(wrong.error);
        QCOMPARE(wrong.error->line, 3);
        QVERIFY2(wrong.error->message.contains(u"\"87\u00E91AB\""_s), qPrintable(wrong.error->message));
    }

    void rangeTable()
    {
        const AreaTableRead read = PostcodeAreas::read("postcode,huisnummer_van,huisnummer_tot,buurt\n"
                                                        "3083 BK,1,19,wielewaal\n"
                                                        "3083BK,20,40,wielewaal\n"
                                                        "3083bk,50,60,wielewaal\n"
                                                        "5621KS,2,200,woensel-west\n");
        QVERIFY(!read.error);
        QCOMPARE(read.table.format, AreaTable::Format::Ranges);
        // Touching ranges join; the gap 41–49 stays unknown.
        QCOMPARE(read.table.areas.at(0),
                 (PostcodeArea{u"3083BK"_s, {{1, 40, u"wielewaal"_s}, {50, 60, u"wielewaal"_s}}}));
        QCOMPARE(read.table.areas.at(1), (PostcodeArea{u"5621KS"_s, {{2, 200, u"woensel-west"_s}}}));
    }

    // Every mistake names its line; the table is not used then (the caller imports nothing).
    void refusedWithLine_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("message");
        const QByteArray cbs = "PC6;Huisnummer;Buurt2023;Wijk2023;Gemeente2023\n3083BK;1;05990110;059901;0599\n";
        const QByteArray ranges = "postcode,huisnummer_van,huisnummer_tot,buurt\n3083BK,1,9,wielewaal\n";
        QTest::newRow("unknown header") << QByteArray("pc;nr;wijk\n3083BK;1;x\n") << 1 << u"header"_s;
        QTest::newRow("empty") << QByteArray() << 1 << u"empty"_s;
        QTest::newRow("bad postcode") << cbs + "308BK;3;05990110;059901;0599\n" << 3 << u"postcode \"308BK\""_s;
        QTest::newRow("postcode starting with 0") << cbs + "0383BK;3;05990110;059901;0599\n" << 3 << u"postcode"_s;
        QTest::newRow("house number zero") << cbs + "3083BK;0;05990110;059901;0599\n" << 3 << u"house number \"0\""_s;
        QTest::newRow("house number text") << cbs + "3083BK;12a;05990110;059901;0599\n" << 3 << u"house number"_s;
        QTest::newRow("negative") << ranges + "3083BK,-4,9,wielewaal\n" << 3 << u"house number \"-4\""_s;
        QTest::newRow("too many fields") << cbs + "3083BK;3;05990110;059901;0599;x\n" << 3 << u"6 fields"_s;
        QTest::newRow("bad buurt") << cbs + "3083BK;3;BU 0599;059901;0599\n" << 3 << u"neighbourhood"_s;
        QTest::newRow("quote not closed") << cbs + "3083BK;\"3;05990110;059901;0599\n" << 3 << u"not closed"_s;
        QTest::newRow("inverted range") << ranges + "3083BK,30,20,wielewaal\n" << 3 << u"runs backwards"_s;
        QTest::newRow("address twice") << cbs + "1065AB;1;05990110;059901;0599\n3083BK;1;05990111;059901;0599\n"
                                       << 4 << u"3083BK 1 is already on line 2"_s;
        QTest::newRow("overlapping ranges") << ranges + "5621KS,1,9,x\n3083BK,9,12,wielewaal\n"
                                            << 4 << u"3083BK 9–12 overlaps 1–9 on line 2"_s;
    }
    void refusedWithLine()
    {
        QFETCH(QByteArray, file);
        QFETCH(int, line);
        QFETCH(QString, message);
        const AreaTableRead read = PostcodeAreas::read(file);
        QVERIFY(read.error);
        QCOMPARE(read.error->line, line);
        QVERIFY2(read.error->message.contains(message), qPrintable(read.error->message));
    }

    void rowsAreBounded()
    {
        const AreaTableRead read = PostcodeAreas::read("postcode,huisnummer_van,huisnummer_tot,buurt\n"
                                                        "3083BK,1,9,a\n3083BK,10,19,b\n3083BK,20,29,c\n",
                                                        2);
        QVERIFY(read.error);
        QCOMPARE(read.error->line, 4);
    }

    void normalised()
    {
        QCOMPARE(PostcodeAreas::normalisedPostcode(u"3083 bk"), u"3083BK"_s);
        QCOMPARE(PostcodeAreas::normalisedPostcode(u"3083  BK"), QString());
        QCOMPARE(PostcodeAreas::normalisedNeighbourhoodId(u"05990110"), u"bu05990110"_s);
        QCOMPARE(PostcodeAreas::normalisedNeighbourhoodId(u"BU05990110"), u"bu05990110"_s);
        QCOMPARE(PostcodeAreas::normalisedNeighbourhoodId(u"Wielewaal"), u"wielewaal"_s);
        QCOMPARE(PostcodeAreas::normalisedNeighbourhoodId(u"wie le"), QString());
    }
};

QTEST_GUILESS_MAIN(TestPostcodeAreas)
#include "tst_postcodeareas.moc"
