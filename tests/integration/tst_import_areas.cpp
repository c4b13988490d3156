// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// `meedoen-server import-areas`, `sites set` and `neighbourhoods rename` as IT runs them, and
// what devices then pull (the real process; SQLite, or PostgreSQL with MEEDOEN_TEST_PG=1):
// both table formats, a refused file names its line and changes nothing, and a re-import
// publishes only the postcodes that changed or left.

#include "common/serverharness.h"

#include <QFile>
#include <QJsonArray>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

class TestImportAreas : public QObject, public ServerHarness
{
    Q_OBJECT

public:
    TestImportAreas() : ServerHarness(u"areas"_s) {}

private:
    Reply pull(const QByteArray &token, const QString &cursor)
    {
        return get(u"/v1/pull?limit=500&cursor="_s + cursor, token);
    }

    // The changes after `cursor` (all pages); the new cursor in `cursor`.
    QList<QJsonObject> changesSince(const QByteArray &token, QString &cursor)
    {
        QList<QJsonObject> changes;
        for (int page = 0; page < 100; ++page) {
            const Reply r = pull(token, cursor);
            if (r.status != 200)
                qFatal("pull: %d %s", r.status, r.body.constData());
            for (const QJsonValue &c : r.json().value(u"changes"_s).toArray())
                changes.append(c.toObject());
            cursor = r.json().value(u"cursor"_s).toString();
            if (!r.json().value(u"more"_s).toBool())
                break;
        }
        return changes;
    }

    static QList<QJsonObject> ofEntity(const QList<QJsonObject> &changes, const QString &entity)
    {
        QList<QJsonObject> out;
        for (const QJsonObject &c : changes) {
            if (c.value(u"entity"_s).toString() == entity)
                out.append(c);
        }
        return out;
    }

    static QStringList ids(const QList<QJsonObject> &changes)
    {
        QStringList out;
        for (const QJsonObject &c : changes)
            out.append(c.value(u"id"_s).toString() + u':' + c.value(u"op"_s).toString());
        return out;
    }

    Enrolled m_kiosk;

private Q_SLOTS:
    void initTestCase() { QVERIFY(prepare()); }

    void init()
    {
        QVERIFY(startFresh(writeSmallCatalogue({QJsonObject{{u"id"_s, u"tuin"_s}, {u"kind"_s, u"volunteer"_s},
                                                            {u"route"_s, u"wonen"_s}, {u"title"_s, u"Moestuin"_s},
                                                            {u"site"_s, u"site-a"_s}}})));
        m_kiosk = enroll(u"kiosk"_s, u"site-a"_s);
        QVERIFY(!m_kiosk.token.isEmpty());
    }

    void cleanup() { stopServer(); }

    void cbsTableThenReimportPublishesTheDifference()
    {
        QString cursor;
        changesSince(m_kiosk.token, cursor); // the catalogue
        const QString cbs2023 = writeFile(u"cbs2023.csv"_s,
                                          "PC6;Huisnummer;Buurt2023;Wijk2023;Gemeente2023\r\n"
                                          "\"3083BK\";\"1\";\"05990110\";\"059901\";\"0599\"\r\n"
                                          "\"3083BK\";\"3\";\"05990110\";\"059901\";\"0599\"\r\n"
                                          "\"3083BL\";\"2\";\"05990111\";\"059901\";\"0599\"\r\n"
                                          "\"3083BM\";\"8\";\"05990111\";\"059901\";\"0599\"\r\n");
        CliResult r = cli({u"import-areas"_s, cbs2023, u"--db"_s, m_db});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains("3 postcodes, 3 new or changed, 0 removed, 2 new neighbourhoods"), r.out.constData());

        QList<QJsonObject> changes = changesSince(m_kiosk.token, cursor);
        QCOMPARE(ids(ofEntity(changes, u"postcode-area"_s)),
                 (QStringList{u"3083BK:upsert"_s, u"3083BL:upsert"_s, u"3083BM:upsert"_s}));
        const QJsonObject bk = ofEntity(changes, u"postcode-area"_s).first().value(u"data"_s).toObject();
        QCOMPARE(bk.value(u"ranges"_s).toArray(),
                 (QJsonArray{QJsonObject{{u"first"_s, 1}, {u"last"_s, 3}, {u"neighbourhood"_s, u"bu05990110"_s}}}));
        // New buurten exist with their code as name until IT renames them.
        const QList<QJsonObject> created = ofEntity(changes, u"neighbourhood"_s);
        QCOMPARE(ids(created), (QStringList{u"bu05990110:upsert"_s, u"bu05990111:upsert"_s}));
        QCOMPARE(created.first().value(u"data"_s).toObject().value(u"name"_s).toString(), u"bu05990110"_s);

        // The same table again: nothing to pull.
        r = cli({u"import-areas"_s, cbs2023, u"--db"_s, m_db});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(changesSince(m_kiosk.token, cursor).isEmpty());

        // Next year's table: 3083BL moved buurt, 3083BM left, 3083BN is new; 3083BK unchanged.
        const QString cbs2024 = writeFile(u"cbs2024.csv"_s,
                                          "PC6;Huisnummer;Buurt2024;Wijk2024;Gemeente2024\n"
                                          "3083BK;1;05990110;059901;0599\n"
                                          "3083BK;3;05990110;059901;0599\n"
                                          "3083BL;2;05990110;059901;0599\n"
                                          "3083BN;4;05990111;059901;0599\n");
        r = cli({u"import-areas"_s, cbs2024, u"--db"_s, m_db});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(ids(changesSince(m_kiosk.token, cursor)),
                 (QStringList{u"3083BL:upsert"_s, u"3083BN:upsert"_s, u"3083BM:delete"_s}));
    }

    void rangeTable()
    {
        const QString ranges = writeFile(u"ranges.csv"_s,
                                         "postcode,huisnummer_van,huisnummer_tot,buurt\n"
                                         "3083 BK,1,19,wielewaal\n"
                                         "3083BK,21,45,lombardijen\n");
        const CliResult r = cli({u"import-areas"_s, ranges, u"--db"_s, m_db});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QString cursor;
        const QList<QJsonObject> areas = ofEntity(changesSince(m_kiosk.token, cursor), u"postcode-area"_s);
        QCOMPARE(areas.size(), 1);
        QCOMPARE(areas.first().value(u"data"_s).toObject().value(u"ranges"_s).toArray().size(), 2);
        // wielewaal was known already; only lombardijen is new.
        QVERIFY2(r.out.contains("1 new neighbourhoods"), r.out.constData());
    }

    // A file with a mistake is refused with its line and changes nothing at all.
    void refusedFileChangesNothing_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QString>("where");
        const QByteArray header = "postcode,huisnummer_van,huisnummer_tot,buurt\n3083BK,1,9,wielewaal\n";
        QTest::newRow("bad postcode") << header + "3O83BK,1,9,wielewaal\n" << u":3: postcode"_s;
        QTest::newRow("house number") << header + "3083BL,0,9,wielewaal\n" << u":3: house number"_s;
        QTest::newRow("backwards") << header + "3083BL,9,1,wielewaal\n" << u":3: the range 9–1 runs backwards"_s;
        QTest::newRow("overlap") << header + "3083BL,1,9,x\n3083BK,5,12,y\n" << u":4: 3083BK 5–12 overlaps 1–9 on line 2"_s;
        QTest::newRow("header") << QByteArray("pc,van,tot\n") << u":1: the header"_s;
    }
    void refusedFileChangesNothing()
    {
        QFETCH(QByteArray, file);
        QFETCH(QString, where);
        QString cursor;
        changesSince(m_kiosk.token, cursor);
        const CliResult r = cli({u"import-areas"_s, writeFile(u"bad.csv"_s, file), u"--db"_s, m_db});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(where), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"nothing imported"_s), qPrintable(r.err));
        QVERIFY(changesSince(m_kiosk.token, cursor).isEmpty());
        const CliResult listed = cli({u"neighbourhoods"_s, u"list"_s, u"--db"_s, m_db});
        QCOMPARE(listed.out, QByteArray("wielewaal Wielewaal\n"));
    }

    void sitesAndNeighbourhoodsNamedByIt()
    {
        QString cursor;
        changesSince(m_kiosk.token, cursor);
        CliResult r = cli({u"sites"_s, u"set"_s, u"site-a"_s, u"--lat"_s, u"51.8755"_s, u"--lon"_s, u"4.4705"_s,
                           u"--db"_s, m_db});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = cli({u"sites"_s, u"set"_s, u"nowhere"_s, u"--lat"_s, u"51"_s, u"--lon"_s, u"4"_s, u"--db"_s, m_db});
        QCOMPARE(r.exitCode, 3);
        r = cli({u"sites"_s, u"set"_s, u"site-a"_s, u"--lat"_s, u"151"_s, u"--lon"_s, u"4"_s, u"--db"_s, m_db});
        QCOMPARE(r.exitCode, 2);
        r = cli({u"neighbourhoods"_s, u"rename"_s, u"wielewaal"_s, u"--name"_s, u"De Wielewaal"_s, u"--city"_s,
                 u"Rotterdam"_s, u"--db"_s, m_db});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = cli({u"neighbourhoods"_s, u"rename"_s, u"bu99999999"_s, u"--name"_s, u"X"_s, u"--db"_s, m_db});
        QCOMPARE(r.exitCode, 3);

        const QList<QJsonObject> changes = changesSince(m_kiosk.token, cursor);
        QCOMPARE(ids(changes), (QStringList{u"site-a:upsert"_s, u"wielewaal:upsert"_s}));
        const QJsonObject site = changes.at(0).value(u"data"_s).toObject();
        QCOMPARE(site.value(u"latitude"_s).toDouble(), 51.8755);
        QCOMPARE(site.value(u"longitude"_s).toDouble(), 4.4705);
        QCOMPARE(site.value(u"name"_s).toString(), u"Buurthuis A"_s);
        QCOMPARE(changes.at(1).value(u"data"_s).toObject().value(u"city"_s).toString(), u"Rotterdam"_s);
        QCOMPARE(cli({u"neighbourhoods"_s, u"list"_s, u"--db"_s, m_db}).out, QByteArray("wielewaal De Wielewaal, Rotterdam\n"));
    }
};

QTEST_GUILESS_MAIN(TestImportAreas)
#include "tst_import_areas.moc"
