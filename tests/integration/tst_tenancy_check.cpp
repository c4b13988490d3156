// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The tenancy check against the real server process (issue 14, item 3): `import-tenancies`
// validates every row and replaces the previous import as a whole; a registration's tenant
// number is checked against its address when it arrives and again after each import; the
// verdict reaches the staff tablets of the person's site and nothing of the tenancy table
// reaches any device; a staff member's check that overrides the verdict is audited as such.
// SQLite by default; with MEEDOEN_TEST_PG=1 (under pg_virtualenv) on PostgreSQL.

#include "common/serverharness.h"
#include "core/tenancy.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Meedoen;

namespace {

struct Device
{
    QString id;
    QByteArray token;
    qint64 nextSeq = 1;
};

const QString kPassword = u"correct horse battery"_s;
const QByteArray kHeader = "huurdernummer;postcode;huisnummer;toevoeging;ingangsdatum\n";
// A tenancy of which no value is anything a device sends: the leak check looks for these.
const QString kOnlyInTenancies = u"ZZ-990077"_s;

} // namespace

class TestTenancyCheck : public QObject, public ServerHarness
{
    Q_OBJECT

public:
    TestTenancyCheck() : ServerHarness(u"tenancy"_s) {}

private:
    CliResult importTenancies(const QByteArray &csv)
    {
        return cli({u"import-tenancies"_s, writeFile(u"tenancies.csv"_s, csv), u"--db"_s, m_db});
    }

    Device enrollDevice(const QString &kind, const QString &site)
    {
        const Enrolled e = ServerHarness::enroll(kind, site);
        return {e.deviceId, e.token};
    }

    QJsonObject pushOne(Device &d, const QString &kind, const QJsonObject &payload)
    {
        const QJsonObject m = Fixtures::mutationJson(d.nextSeq++, kind, payload);
        const Reply r = post(u"/v1/push"_s, {{u"mutations"_s, QJsonArray{m}}}, d.token);
        if (r.status != 200)
            qWarning("push answered %d: %s", r.status, r.body.constData());
        return r.json().value(u"results"_s).toArray().at(0).toObject();
    }

    QList<QJsonObject> pullAll(const Device &d)
    {
        QList<QJsonObject> changes;
        QString cursor;
        for (int page = 0; page < 100; ++page) {
            const Reply r = get(u"/v1/pull?limit=200&cursor="_s + cursor, d.token);
            if (r.status != 200)
                return {};
            for (const QJsonValue &c : r.json().value(u"changes"_s).toArray())
                changes.append(c.toObject());
            cursor = r.json().value(u"cursor"_s).toString();
            if (!r.json().value(u"more"_s).toBool())
                break;
        }
        return changes;
    }

    // The person as the device holds them after its pull (the last change for the id).
    QJsonObject pulledPerson(const Device &d, const QString &personId)
    {
        QJsonObject person;
        for (const QJsonObject &c : pullAll(d)) {
            if (c.value(u"entity"_s).toString() == "person"_L1 && c.value(u"id"_s).toString() == personId)
                person = c.value(u"data"_s).toObject();
        }
        return person;
    }

    QString verdictOnTablet(const QString &personId)
    {
        return pulledPerson(m_tablet, personId).value(u"tenancyVerdict"_s).toString();
    }

    // Registers a tenant at site-a's kiosk; the person's id.
    QString registerTenant(const QString &tenantNumber, const QString &postcode, int houseNumber,
                           const QString &addition = {})
    {
        Person p = Fixtures::person(u"Huurder"_s);
        p.tenantNumber = tenantNumber;
        p.address.postcode = postcode;
        p.address.houseNumber = houseNumber;
        p.address.addition = addition;
        const QJsonObject outcome = pushOne(m_kiosk, u"registration"_s, Fixtures::registrationPayload(p));
        if (outcome.value(u"status"_s).toString() != "accepted"_L1)
            return {};
        return p.id;
    }

    int tenancyRows()
    {
        QSqlDatabase db = m_serve.inspect();
        QSqlQuery q(db);
        if (!q.exec(u"SELECT COUNT(*) FROM tenancy"_s) || !q.next())
            return -1;
        return q.value(0).toInt();
    }

    Device m_kiosk;
    Device m_tablet;
    QString m_staffId;

private Q_SLOTS:
    void initTestCase() { QVERIFY(prepare()); }

    void init()
    {
        QVERIFY(startFresh(writeSmallCatalogue({QJsonObject{{u"id"_s, u"tuin"_s}, {u"kind"_s, u"volunteer"_s},
                                                            {u"route"_s, u"wonen"_s}, {u"title"_s, u"Tuin"_s},
                                                            {u"site"_s, u"site-a"_s}, {u"capacity"_s, 5}}})));
        m_kiosk = enrollDevice(u"kiosk"_s, u"site-a"_s);
        m_tablet = enrollDevice(u"staff"_s, u"site-a"_s);
        QVERIFY(!m_kiosk.token.isEmpty() && !m_tablet.token.isEmpty());
        const CliResult added = cli({u"staff"_s, u"add"_s, u"--site"_s, u"site-a"_s, u"--name"_s, u"Fatma Demir"_s,
                                     u"--login"_s, u"fatma"_s, u"--db"_s, m_db},
                                    kPassword.toUtf8() + '\n');
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        m_staffId = QString::fromUtf8(added.out).section(u' ', 1, 1);
        QCOMPARE(post(u"/v1/staff/login"_s, {{u"login"_s, u"fatma"_s}, {u"password"_s, kPassword}}, m_tablet.token).status,
                 200);
    }

    void cleanup() { stopServer(); }

    void badFilesImportNothing_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("says");
        QTest::newRow("no header") << QByteArray("A-1;3083 BK;12;;2024-03-01\n") << u":1:"_s << u"column 1"_s;
        QTest::newRow("a sixth column") << QByteArray("huurdernummer;postcode;huisnummer;toevoeging;ingangsdatum;naam\n")
                                        << u":1:"_s << u"exactly the columns"_s;
        QTest::newRow("postcode") << kHeader + "A-1;3083 BK;12;;2024-03-01\nA-2;30833 BK;4;;2024-03-01\n" << u":3:"_s
                                  << u"postcode"_s;
        QTest::newRow("house number") << kHeader + "A-1;3083 BK;nul;;2024-03-01\n" << u":2:"_s << u"huisnummer"_s;
        QTest::newRow("tenant number") << kHeader + "A/1;3083 BK;12;;2024-03-01\n" << u":2:"_s << u"huurdernummer"_s;
        QTest::newRow("missing tenant number") << kHeader + ";3083 BK;12;;2024-03-01\n" << u":2:"_s << u"huurdernummer"_s;
        QTest::newRow("start date") << kHeader + "A-1;3083 BK;12;;1 maart\n" << u":2:"_s << u"ingangsdatum"_s;
        QTest::newRow("columns") << kHeader + "A-1;3083 BK;12;2024-03-01\n" << u":2:"_s << u"4 columns"_s;
        QTest::newRow("open quote") << kHeader + "\"A-1;3083 BK;12;;2024-03-01\n" << u":2:"_s << u"quote"_s;
        QTest::newRow("twice") << kHeader + "A-1;3083 BK;12;;2024-03-01\na1;3083bk;12;;2025-01-01\n" << u":3:"_s
                               << u"twice"_s;
    }

    void badFilesImportNothing()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, where);
        QFETCH(QString, says);
        // A good import first: a bad one must leave it as it was.
        QCOMPARE(importTenancies(kHeader + "B-7;3083 BK;14;;2020-01-01\n").exitCode, 0);
        const CliResult r = importTenancies(csv);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(where) && r.err.contains(says) && r.err.contains(u"nothing imported"_s), qPrintable(r.err));
        // The message names the line and the column, never a value of the file.
        QVERIFY(!r.err.contains(u"3083"_s));
        QCOMPARE(tenancyRows(), 1);
    }

    void tooLargeFileImportsNothing()
    {
        QByteArray csv = kHeader;
        const QByteArray row = "A-1;3083 BK;12;;2024-03-01\n";
        csv.reserve(kMaxTenancyFileBytes + row.size() * 2);
        while (csv.size() <= kMaxTenancyFileBytes)
            csv += row;
        const CliResult r = importTenancies(csv);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"MiB"_s), qPrintable(r.err));
        QCOMPARE(tenancyRows(), 0);
    }

    void importReplacesThePrevious()
    {
        // Comma-separated with quotes and a byte-order mark, as a spreadsheet saves it.
        const CliResult first = importTenancies("\xEF\xBB\xBFHuurdernummer,Postcode,Huisnummer,Toevoeging,Ingangsdatum\r\n"
                                                "\"A-1\",3083 BK,12,a,01-03-2024\r\nA-2,3083BK,14,,2024-03-01\r\n"
                                                "A-3,3083 bk,16,2 hoog,2024-03-01\r\n");
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        QVERIFY2(first.out.startsWith("imported 3 tenancies"), first.out.constData());
        QCOMPARE(tenancyRows(), 3);
        const CliResult second = importTenancies(kHeader + "A-9;3083 BK;20;;2024-03-01\n");
        QCOMPARE(second.exitCode, 0);
        QCOMPARE(tenancyRows(), 1);
    }

    void verdicts_data()
    {
        QTest::addColumn<QString>("tenantNumber");
        QTest::addColumn<QString>("postcode");
        QTest::addColumn<int>("houseNumber");
        QTest::addColumn<QString>("addition");
        QTest::addColumn<QString>("verdict");
        QTest::newRow("match") << u"A-1"_s << u"3083 BK"_s << 12 << u"A"_s << u"match"_s;
        QTest::newRow("match, written otherwise") << u"a1"_s << u"3083 BK"_s << 12 << u"a"_s << u"match"_s;
        QTest::newRow("match, addition of words") << u"A-3"_s << u"3083 BK"_s << 16 << u"2-hoog"_s << u"match"_s;
        QTest::newRow("match, a second tenancy") << u"A-3"_s << u"3071 AB"_s << 1 << QString() << u"match"_s;
        QTest::newRow("other house number") << u"A-1"_s << u"3083 BK"_s << 14 << QString() << u"mismatch"_s;
        QTest::newRow("no addition") << u"A-1"_s << u"3083 BK"_s << 12 << QString() << u"mismatch"_s;
        QTest::newRow("other postcode") << u"A-2"_s << u"3084 BK"_s << 14 << QString() << u"mismatch"_s;
        QTest::newRow("unknown number") << u"Q-404"_s << u"3083 BK"_s << 12 << u"A"_s << u"unknown-number"_s;
        QTest::newRow("not given") << QString() << u"3083 BK"_s << 12 << u"A"_s << u"not-given"_s;
    }

    void verdicts()
    {
        QFETCH(QString, tenantNumber);
        QFETCH(QString, postcode);
        QFETCH(int, houseNumber);
        QFETCH(QString, addition);
        QFETCH(QString, verdict);
        const CliResult imported = importTenancies(kHeader + "A-1;3083 BK;12;a;2024-03-01\nA-2;3083BK;14;;2024-03-01\n"
                                                             "A-3;3083 bk;16;2 hoog;2024-03-01\nA-3;3071AB;1;;2010-05-01\n");
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        const QString personId = registerTenant(tenantNumber, postcode, houseNumber, addition);
        QVERIFY(!personId.isEmpty());
        QCOMPARE(verdictOnTablet(personId), verdict);
    }

    void noImportNoVerdict()
    {
        // Before the first import there is nothing to compare with: staff see no verdict.
        const QString personId = registerTenant(u"A-1"_s, u"3083 BK"_s, 12);
        QVERIFY(!personId.isEmpty());
        const QJsonObject person = pulledPerson(m_tablet, personId);
        QVERIFY(!person.isEmpty());
        QVERIFY(!person.contains(u"tenancyVerdict"_s));
    }

    void importChecksUndecidedPersonsAgain()
    {
        QVERIFY(importTenancies(kHeader + "A-2;3083 BK;14;;2024-03-01\n").exitCode == 0);
        const QString waiting = registerTenant(u"A-1"_s, u"3083 BK"_s, 12);
        const QString checked = registerTenant(u"A-9"_s, u"3083 BK"_s, 20);
        QCOMPARE(verdictOnTablet(waiting), u"unknown-number"_s);
        QCOMPARE(verdictOnTablet(checked), u"unknown-number"_s);
        // A staff member checks one of them by hand (overriding "unknown"): that one stays.
        const QJsonObject check = pushOne(m_tablet, u"identity-check"_s,
                                          {{u"staffId"_s, m_staffId}, {u"personId"_s, checked},
                                           {u"method"_s, u"tenant-number"_s}});
        QCOMPARE(check.value(u"status"_s).toString(), u"accepted"_s);

        // The rent administration's next file knows both.
        const CliResult r = importTenancies(kHeader + "A-1;3083 BK;12;;2024-03-01\nA-9;3083 BK;20;;2024-03-01\n");
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains("checked 1 persons again, 1 verdicts changed"), r.out.constData());
        QCOMPARE(verdictOnTablet(waiting), u"match"_s);
        QCOMPARE(verdictOnTablet(checked), u"unknown-number"_s);

        // The tenant moved: the next file has the number at another address.
        QVERIFY(importTenancies(kHeader + "A-1;3071 AB;3;;2026-10-01\n").exitCode == 0);
        QCOMPARE(verdictOnTablet(waiting), u"mismatch"_s);
    }

    void overrideIsAudited()
    {
        QVERIFY(importTenancies(kHeader + "A-1;3083 BK;12;;2024-03-01\n").exitCode == 0);
        const QString mismatch = registerTenant(u"A-1"_s, u"3083 BK"_s, 99);
        const QString match = registerTenant(u"A-1"_s, u"3083 BK"_s, 12);
        for (const QString &personId : {mismatch, match}) {
            const QJsonObject check = pushOne(m_tablet, u"identity-check"_s,
                                              {{u"staffId"_s, m_staffId}, {u"personId"_s, personId},
                                               {u"method"_s, u"address"_s}});
            QCOMPARE(check.value(u"status"_s).toString(), u"accepted"_s);
        }
        QHash<QString, QJsonObject> audit;
        for (const QJsonObject &c : pullAll(m_tablet)) {
            if (c.value(u"entity"_s).toString() == "audit"_L1)
                audit.insert(c.value(u"data"_s).toObject().value(u"entityId"_s).toString(), c.value(u"data"_s).toObject());
        }
        QCOMPARE(audit.value(mismatch).value(u"detail"_s).toObject().value(u"overriddenVerdict"_s).toString(),
                 u"mismatch"_s);
        QVERIFY(!audit.value(match).value(u"detail"_s).toObject().contains(u"overriddenVerdict"_s));
        // The verdict stays with the person for the record.
        QCOMPARE(verdictOnTablet(mismatch), u"mismatch"_s);
    }

    void nothingOfTheTenanciesReachesADevice()
    {
        // A phone registers its tenant; a tablet of another site is enrolled too.
        Device phone = enrollDevice(u"phone"_s, u"site-a"_s);
        Device otherSite = enrollDevice(u"staff"_s, u"site-b"_s);
        Person p = Fixtures::person(u"Telefoon"_s);
        p.tenantNumber = u"A-1"_s;
        QCOMPARE(pushOne(phone, u"registration"_s, Fixtures::registrationPayload(p)).value(u"status"_s).toString(),
                 u"accepted"_s);
        const QString kioskPerson = registerTenant(u"A-1"_s, u"3083 BK"_s, 12);
        // The import checks both again and writes their new verdicts to the change log.
        const CliResult r = importTenancies(kHeader + "A-1;3083 BK;12;;2024-03-01\n" + kOnlyInTenancies.toUtf8()
                                            + ";9999 ZX;777;QQ;1999-12-31\n");
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(verdictOnTablet(kioskPerson), u"match"_s);
        QCOMPARE(verdictOnTablet(p.id), u"match"_s);

        for (const Device &d : {m_kiosk, phone, m_tablet, otherSite}) {
            const QList<QJsonObject> changes = pullAll(d);
            QVERIFY(!changes.isEmpty());
            QJsonArray list;
            for (const QJsonObject &c : changes)
                list.append(c);
            const QByteArray all = QJsonDocument(list).toJson(QJsonDocument::Compact);
            for (const char *value : {"ZZ-990077", "ZZ990077", "9999 ZX", "9999ZX", "1999-12-31", "2024-03-01"})
                QVERIFY2(!all.contains(value), value);
            // The verdict goes to the tablets of the person's site only: not to the phone, the
            // kiosk or another site's tablet.
            if (d.id != m_tablet.id)
                QVERIFY2(!all.contains("tenancyVerdict"), qPrintable(d.id));
        }
        // The phone still gets its tenant's person.
        QCOMPARE(pulledPerson(phone, p.id).value(u"tenantNumber"_s).toString(), u"A-1"_s);
        // The change log holds no tenancy value either.
        QSqlDatabase db = m_serve.inspect();
        QSqlQuery q(db);
        QVERIFY(q.exec(u"SELECT data FROM change_log"_s));
        while (q.next())
            QVERIFY(!q.value(0).toString().contains(kOnlyInTenancies));
    }
};

QTEST_GUILESS_MAIN(TestTenancyCheck)
#include "tst_tenancy_check.moc"
