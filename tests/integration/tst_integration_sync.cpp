// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The real meedoen-server process on 127.0.0.1, driven over HTTP the way devices drive it.
// SQLite by default; with MEEDOEN_TEST_PG=1 every test gets a fresh PostgreSQL database in
// the cluster pg_virtualenv provides (PGHOST/PGPORT/PGUSER/PGDATABASE).
// Longer than 500 lines on purpose: each function is one promise of docs/sync-protocol.md
// against one real server process; the harness is in tests/common.

#include "core/personalcode.h"
#include "protocol/wire.h"

#include "common/serverharness.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Meedoen;

class TestIntegrationSync : public QObject, public ServerHarness
{
    Q_OBJECT

public:
    TestIntegrationSync() : ServerHarness(u"sync"_s) {}

private:
    // ------------------------------------------------------------ server and admin CLI

    static QByteArray readLine(QProcess *p, int timeoutMs)
    {
        QElapsedTimer timer;
        timer.start();
        while (!p->canReadLine()) {
            if (timer.elapsed() > timeoutMs || !p->waitForReadyRead(int(timeoutMs - timer.elapsed())))
                return {};
        }
        return p->readLine();
    }

    QString writeCatalogue(int raceCapacity)
    {
        const QJsonObject catalogue{
            {u"format"_s, u"meedoen-catalogue/1"_s},
            {u"textVersion"_s, u"2026-11-01"_s},
            {u"neighbourhoods"_s, QJsonArray{QJsonObject{{u"id"_s, u"wielewaal"_s}, {u"name"_s, u"Wielewaal"_s}}}},
            {u"sites"_s,
             QJsonArray{QJsonObject{{u"id"_s, u"site-a"_s}, {u"name"_s, u"Buurthuis A"_s}, {u"neighbourhood"_s, u"wielewaal"_s}},
                        QJsonObject{{u"id"_s, u"site-b"_s}, {u"name"_s, u"Buurthuis B"_s}, {u"neighbourhood"_s, u"wielewaal"_s}}}},
            {u"opportunities"_s,
             QJsonArray{
                 QJsonObject{{u"id"_s, u"race"_s}, {u"kind"_s, u"volunteer"_s}, {u"route"_s, u"wonen"_s},
                             {u"title"_s, u"Moestuin"_s}, {u"site"_s, u"site-a"_s}, {u"capacity"_s, raceCapacity}},
                 QJsonObject{{u"id"_s, u"open"_s}, {u"kind"_s, u"volunteer"_s}, {u"route"_s, u"wonen"_s},
                             {u"title"_s, u"Koffie schenken"_s}, {u"site"_s, u"site-b"_s}},
                 QJsonObject{{u"id"_s, u"closed"_s}, {u"kind"_s, u"volunteer"_s}, {u"route"_s, u"wonen"_s},
                             {u"title"_s, u"Gesloten"_s}, {u"site"_s, u"site-a"_s}, {u"status"_s, u"closed"_s}},
                 QJsonObject{{u"id"_s, u"adults"_s}, {u"kind"_s, u"volunteer"_s}, {u"route"_s, u"wonen"_s},
                             {u"title"_s, u"Bar"_s}, {u"site"_s, u"site-a"_s}, {u"minimumAge"_s, 21}},
             }},
        };
        const QString path = m_dir.filePath(u"catalogue-%1.json"_s.arg(m_dbCounter));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(QJsonDocument(catalogue).toJson());
        return path;
    }

    // ------------------------------------------------------------ HTTP

    Reply pull(const QByteArray &token, const QString &query = {})
    {
        return finish(m_nam.get(request(u"/v1/pull"_s + query, token)));
    }

    // Every change the device may see, following `more`.
    QList<QJsonObject> pullAll(const QByteArray &token)
    {
        QList<QJsonObject> changes;
        QString cursor;
        for (int page = 0; page < 100; ++page) {
            const Reply r = pull(token, u"?limit=50&cursor="_s + cursor);
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

    // ------------------------------------------------------------ mutations as the app writes them

    static QJsonObject mutation(qint64 seq, const QString &kind, const QJsonObject &payload,
                                const QDateTime &deviceTime = QDateTime::currentDateTimeUtc())
    {
        return {{u"seq"_s, double(seq)},
                {u"id"_s, Fixtures::uuid()},
                {u"kind"_s, kind},
                {u"deviceTime"_s, deviceTime.toString(Qt::ISODateWithMs)},
                {u"payload"_s, payload}};
    }

    static QJsonObject registration(qint64 seq, const Person &p)
    {
        return mutation(seq, u"registration"_s, Fixtures::registrationPayload(p));
    }

    static QJsonObject signup(qint64 seq, const QString &personId, const QString &opportunity,
                              const QString &signupId = Fixtures::uuid())
    {
        return mutation(seq, u"signup"_s, Fixtures::signupPayload(personId, opportunity, signupId));
    }

    static QJsonObject batch(const QJsonArray &mutations)
    {
        return {{u"mutations"_s, mutations}};
    }

    static QJsonObject result(const Reply &r, int i)
    {
        return r.json().value(u"results"_s).toArray().at(i).toObject();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        qInfo("backend: %s", m_pg ? "PostgreSQL" : "SQLite");
    }

    void init()
    {
        freshDatabase();
        const CliResult imported = cli({u"import-catalogue"_s, writeCatalogue(3), u"--db"_s, m_db});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QVERIFY(startServer());
    }

    void cleanup() { stopServer(); }

    void adminCommands()
    {
        const CliResult sites = cli({u"sites"_s, u"--db"_s, m_db});
        QCOMPARE(sites.exitCode, 0);
        const QString siteLines = QString::fromUtf8(sites.out);
        QCOMPARE(siteLines.split(u'\n', Qt::SkipEmptyParts).size(), 2);
        QVERIFY(siteLines.startsWith(u"site-a "_s));

        const CliResult unknownSite = cli({u"enroll"_s, u"--kind"_s, u"kiosk"_s, u"--site"_s, u"nowhere"_s, u"--db"_s, m_db});
        QCOMPARE(unknownSite.exitCode, 3);
        QVERIFY(unknownSite.err.contains(u"unknown site: nowhere"_s));
        QVERIFY(unknownSite.out.isEmpty());

        QCOMPARE(cli({u"frobnicate"_s, u"--db"_s, m_db}).exitCode, 2);
        QCOMPARE(cli({u"sites"_s, u"--colour"_s, u"--db"_s, m_db}).exitCode, 2);
        QCOMPARE(cli({u"sites"_s, u"--kind"_s, u"kiosk"_s, u"--db"_s, m_db}).exitCode, 2);
        QCOMPARE(cli({u"enroll"_s, u"--kind"_s, u"toaster"_s, u"--site"_s, u"site-a"_s, u"--db"_s, m_db}).exitCode, 2);
    }

    void enrollWorksOnce()
    {
        const CliResult code = cli({u"enroll"_s, u"--kind"_s, u"kiosk"_s, u"--site"_s, u"site-a"_s, u"--db"_s, m_db});
        QCOMPARE(code.exitCode, 0);
        // Typed in lower case with spaces: still the same code.
        const QString typed = QString::fromUtf8(code.out.trimmed()).toLower().replace(u'-', u' ');
        const Reply first = post(u"/v1/enroll"_s, {{u"code"_s, typed}});
        QCOMPARE(first.status, 200);
        QCOMPARE(first.json().value(u"kind"_s).toString(), u"kiosk"_s);
        QCOMPARE(first.json().value(u"site"_s).toString(), u"site-a"_s);
        const QByteArray token = first.json().value(u"token"_s).toString().toLatin1();
        QCOMPARE(QByteArray::fromBase64(token, QByteArray::Base64UrlEncoding).size(), 32);

        const Reply second = post(u"/v1/enroll"_s, {{u"code"_s, QString::fromUtf8(code.out.trimmed())}});
        QCOMPARE(second.status, 403);
        QCOMPARE(second.contentType, "application/problem+json"_ba);

        QCOMPARE(pull(token).status, 200);
        const CliResult devices = cli({u"devices"_s, u"--db"_s, m_db});
        QVERIFY(devices.out.contains(first.json().value(u"deviceId"_s).toString().toUtf8()));
    }

    // A roll-out (or the load generator, bench/load) enrols many devices: one call prints N
    // codes, one a line, each different and each good for one device once.
    void enrollManyAtOnce()
    {
        const CliResult many = cli({u"enroll"_s, u"--kind"_s, u"kiosk"_s, u"--site"_s, u"site-b"_s, u"--count"_s,
                                    u"50"_s, u"--db"_s, m_db});
        QCOMPARE(many.exitCode, 0);
        const QList<QByteArray> codes = many.out.trimmed().split('\n');
        QCOMPARE(codes.size(), 50);
        QCOMPARE(QSet<QByteArray>(codes.begin(), codes.end()).size(), 50);
        QSet<QString> devices;
        for (const QByteArray &code : codes) {
            const Reply first = post(u"/v1/enroll"_s, {{u"code"_s, QString::fromLatin1(code)}});
            QCOMPARE(first.status, 200);
            QCOMPARE(first.json().value(u"kind"_s).toString(), u"kiosk"_s);
            QCOMPARE(first.json().value(u"site"_s).toString(), u"site-b"_s);
            devices.insert(first.json().value(u"deviceId"_s).toString());
            QCOMPARE(post(u"/v1/enroll"_s, {{u"code"_s, QString::fromLatin1(code)}}).status, 403);
        }
        QCOMPARE(devices.size(), 50);

        // Out of bounds: a usage error and no code printed.
        for (const QString &n : {u"0"_s, u"10001"_s, u"many"_s}) {
            const CliResult refused = cli({u"enroll"_s, u"--kind"_s, u"kiosk"_s, u"--site"_s, u"site-a"_s,
                                           u"--count"_s, n, u"--db"_s, m_db});
            QCOMPARE(refused.exitCode, 2);
            QVERIFY(refused.out.isEmpty());
            QVERIFY(refused.err.contains(u"--count"_s));
        }
        QCOMPARE(cli({u"sites"_s, u"--count"_s, u"2"_s, u"--db"_s, m_db}).exitCode, 2);
    }

    void pushResendConflictGap()
    {
        const Enrolled kiosk = enroll(u"kiosk"_s, u"site-a"_s);
        QVERIFY(!kiosk.token.isEmpty());
        const Person p = Fixtures::person(u"Ayşe"_s);
        const QJsonObject reg = registration(1, p);
        const QJsonObject sign = signup(2, p.id, u"open"_s);
        const Reply first = post(u"/v1/push"_s, batch({reg, sign}), kiosk.token);
        QCOMPARE(first.status, 200);
        QCOMPARE(result(first, 0).value(u"status"_s).toString(), u"accepted"_s);
        QCOMPARE(result(first, 1).value(u"status"_s).toString(), u"confirmed"_s);
        QVERIFY(!result(first, 1).value(u"referenceCode"_s).toString().isEmpty());
        QCOMPARE(first.json().value(u"lastSeq"_s).toInt(), 2);

        // The client lost the ack and sends the same batch again: the same answer, one effect.
        const Reply resend = post(u"/v1/push"_s, batch({reg, sign}), kiosk.token);
        QCOMPARE(resend.status, 200);
        QCOMPARE(resend.json().value(u"results"_s), first.json().value(u"results"_s));

        // Same seq, other payload: a conflict, set aside; the first stays.
        const QJsonObject other = signup(2, p.id, u"race"_s);
        const Reply conflict = post(u"/v1/push"_s, batch({other}), kiosk.token);
        QCOMPARE(conflict.status, 200);
        QCOMPARE(result(conflict, 0).value(u"status"_s).toString(), u"conflict"_s);
        QCOMPARE(result(conflict, 0).value(u"httpStatus"_s).toInt(), 409);

        // A gap is reported and not applied; filling it applies both.
        const QJsonObject fourth = signup(4, p.id, u"race"_s);
        const Reply gap = post(u"/v1/push"_s, batch({fourth}), kiosk.token);
        QCOMPARE(result(gap, 0).value(u"status"_s).toString(), u"gap"_s);
        QCOMPARE(result(gap, 0).value(u"expectedSeq"_s).toInt(), 3);
        QCOMPARE(gap.json().value(u"lastSeq"_s).toInt(), 2);
        const QJsonObject third = mutation(3, u"withdrawal"_s,
                                           {{u"signupId"_s, result(first, 1).value(u"signupId"_s).toString()}});
        const Reply filled = post(u"/v1/push"_s, batch({third, fourth}), kiosk.token);
        QCOMPARE(result(filled, 0).value(u"status"_s).toString(), u"withdrawn"_s);
        QCOMPARE(result(filled, 1).value(u"status"_s).toString(), u"confirmed"_s);

        // The kiosk sees each of its sign-ups once, by reference code, in their final state.
        // The pull reader connects again by itself too.
        int signups = 0;
        for (const QJsonObject &c : pullAll(kiosk.token)) {
            if (c.value(u"entity"_s) == u"signup"_s)
                ++signups;
        }
        QCOMPARE(signups, 3); // confirmed, then withdrawn; the second sign-up confirmed
    }

    void businessRefusalsAreOutcomes_data()
    {
        QTest::addColumn<QString>("opportunity");
        QTest::addColumn<QString>("reason");
        QTest::newRow("closed") << u"closed"_s << u"opportunity-closed"_s;
        QTest::newRow("unknown") << u"no-such-thing"_s << u"opportunity-unknown"_s;
        QTest::newRow("too young") << u"adults"_s << u"too-young"_s;
    }

    void businessRefusalsAreOutcomes()
    {
        QFETCH(QString, opportunity);
        QFETCH(QString, reason);
        const Enrolled kiosk = enroll(u"kiosk"_s, u"site-a"_s);
        Person p = Fixtures::person(u"Jonge"_s);
        p.dateOfBirth = QDate::currentDate().addYears(-18);
        const Reply r = post(u"/v1/push"_s, batch({registration(1, p), signup(2, p.id, opportunity)}), kiosk.token);
        QCOMPARE(r.status, 200);
        QCOMPARE(result(r, 1).value(u"status"_s).toString(), u"refused"_s);
        QCOMPARE(result(r, 1).value(u"reason"_s).toString(), reason);
        QCOMPARE(r.json().value(u"lastSeq"_s).toInt(), 2); // refused is an answer: the queue moves on
    }

    // The server decides a batch's registrations and sign-ups from what it read once for the
    // whole batch plus what the batch itself did before: each decision must be the one it
    // would be if the mutations came one request at a time.
    void oneBatchDecidesInOrder()
    {
        const Enrolled kiosk = enroll(u"kiosk"_s, u"site-a"_s);
        QRandomGenerator rng(42);
        Person a = Fixtures::person(u"Anouk"_s), b = Fixtures::person(u"Bram"_s), c = Fixtures::person(u"Cem"_s), e = Fixtures::person(u"Esra"_s),
               f = Fixtures::person(u"Fenna"_s);
        for (Person *p : {&a, &c, &e, &f})
            p->personalCode = generatePersonalCode(rng);
        b.personalCode = a.personalCode; // taken, by a registration earlier in the same batch
        const QString firstSignupOfA = Fixtures::uuid();
        QJsonObject identifyC = signup(12, QString(), u"open"_s);
        QJsonObject payload = identifyC.value(u"payload"_s).toObject();
        payload.insert(u"identify"_s, QJsonObject{{u"personalCode"_s, c.personalCode},
                                                  {u"dateOfBirth"_s, c.dateOfBirth.toString(Qt::ISODate)}});
        identifyC.insert(u"payload"_s, payload);
        const QJsonObject mutations = batch({registration(1, a), registration(2, c), registration(3, e),
                                             registration(4, f), registration(5, b),
                                             signup(6, a.id, u"race"_s, firstSignupOfA), signup(7, c.id, u"race"_s),
                                             signup(8, e.id, u"race"_s), signup(9, f.id, u"race"_s),
                                             signup(10, a.id, u"race"_s),                 // a second one of A's
                                             signup(11, a.id, u"race"_s, firstSignupOfA), // A's again, other seq
                                             identifyC, signup(13, b.id, u"open"_s)});
        const Reply r = post(u"/v1/push"_s, mutations, kiosk.token);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(u"lastSeq"_s).toInt(), 13);
        QCOMPARE(result(r, 4).value(u"reason"_s).toString(), u"personal-code-taken"_s);
        for (int i : {5, 6, 7})
            QCOMPARE(result(r, i).value(u"status"_s).toString(), u"confirmed"_s); // race has 3 places
        QCOMPARE(result(r, 8).value(u"status"_s).toString(), u"waitlisted"_s);
        QCOMPARE(result(r, 8).value(u"waitlistPosition"_s).toInt(), 1);
        QCOMPARE(result(r, 9).value(u"reason"_s).toString(), u"already-signed-up"_s);
        // The same sign-up under another seq: its stored outcome, same reference code.
        QCOMPARE(result(r, 10).value(u"status"_s).toString(), u"confirmed"_s);
        QCOMPARE(result(r, 10).value(u"referenceCode"_s).toString(), result(r, 5).value(u"referenceCode"_s).toString());
        QCOMPARE(result(r, 11).value(u"status"_s).toString(), u"confirmed"_s); // C, by code and date of birth
        QCOMPARE(result(r, 12).value(u"reason"_s).toString(), u"person-unknown"_s); // B was refused
        QSet<QString> references;
        for (int i : {5, 6, 7, 8, 11})
            references.insert(result(r, i).value(u"referenceCode"_s).toString());
        QCOMPARE(references.size(), 5);

        // The same batch again: every answer from the stored outcomes, nothing applied twice.
        const Reply again = post(u"/v1/push"_s, mutations, kiosk.token);
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json().value(u"results"_s), r.json().value(u"results"_s));
    }

    void unknownPersonalCodeIsRefused()
    {
        const Enrolled phone = enroll(u"phone"_s, u"site-a"_s);
        QJsonObject m = signup(1, QString(), u"open"_s);
        QJsonObject payload = m.value(u"payload"_s).toObject();
        payload.insert(u"identify"_s, QJsonObject{{u"personalCode"_s, u"ABCD-EFGH-JKMN"_s}, {u"dateOfBirth"_s, u"1980-05-17"_s}});
        m.insert(u"payload"_s, payload);
        const Reply r = post(u"/v1/push"_s, batch({m}), phone.token);
        QCOMPARE(r.status, 200);
        QCOMPARE(result(r, 0).value(u"reason"_s).toString(), u"code-not-recognised"_s);
    }

    void lastPlacesRaceAndPromotion()
    {
        // The "race" opportunity has 3 places. 10 kiosks registered a tenant each while offline
        // and now sync at the same moment.
        QList<Enrolled> kiosks;
        QList<QJsonObject> batches;
        for (int i = 0; i < 10; ++i) {
            kiosks.append(enroll(u"kiosk"_s, u"site-a"_s));
            const Person p = Fixtures::person(u"Tenant"_s);
            batches.append(batch({registration(1, p), signup(2, p.id, u"race"_s)}));
        }
        // A second, independent server process on the same database takes half of them.
        QProcess second;
        second.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        second.start(TestPaths::serverBinary(),
                     {u"serve"_s, u"--db"_s, m_db, u"--listen"_s, u"127.0.0.1:0"_s, u"--enroll-limit"_s, u"1000000"_s});
        const QByteArray line = readLine(&second, 30000);
        QVERIFY2(line.startsWith("listening on 127.0.0.1:"), line.constData());
        const quint16 secondPort = quint16(line.mid(line.lastIndexOf(':') + 1).trimmed().toUInt());
        QList<QNetworkReply *> inFlight;
        for (int i = 0; i < 10; ++i)
            inFlight.append(m_nam.post(request(u"/v1/push"_s, kiosks.at(i).token, i % 2 ? secondPort : 0),
                                       QJsonDocument(batches.at(i)).toJson(QJsonDocument::Compact)));
        QList<QJsonObject> outcomes;
        for (QNetworkReply *reply : inFlight) {
            const Reply r = finish(reply);
            QCOMPARE(r.status, 200);
            outcomes.append(result(r, 1));
        }
        second.kill();
        second.waitForFinished();
        std::sort(outcomes.begin(), outcomes.end(), [](const QJsonObject &a, const QJsonObject &b) {
            return a.value(u"arrival"_s).toInteger() < b.value(u"arrival"_s).toInteger();
        });
        for (int i = 0; i < 10; ++i) {
            if (i < 3) {
                QCOMPARE(outcomes.at(i).value(u"status"_s).toString(), u"confirmed"_s);
            } else {
                QCOMPARE(outcomes.at(i).value(u"status"_s).toString(), u"waitlisted"_s);
                QCOMPARE(outcomes.at(i).value(u"waitlistPosition"_s).toInt(), i - 2);
            }
        }

        // Each kiosk shows the final state after one pull.
        auto stateOn = [&](const Enrolled &kiosk, const QString &signupId) {
            QString state;
            int position = 0;
            for (const QJsonObject &c : pullAll(kiosk.token)) {
                if (c.value(u"id"_s).toString() == signupId) {
                    state = c.value(u"data"_s).toObject().value(u"state"_s).toString();
                    position = c.value(u"data"_s).toObject().value(u"waitlistPosition"_s).toInt();
                }
            }
            return std::pair(state, position);
        };
        auto kioskOf = [&](const QJsonObject &outcome) {
            for (int i = 0; i < 10; ++i) {
                if (QJsonDocument::fromJson(QJsonDocument(batches.at(i)).toJson())
                        .object()
                        .value(u"mutations"_s)
                        .toArray()
                        .at(1)
                        .toObject()
                        .value(u"payload"_s)
                        .toObject()
                        .value(u"signup"_s)
                        .toObject()
                        .value(u"id"_s)
                    == outcome.value(u"signupId"_s))
                    return kiosks.at(i);
            }
            return Enrolled{};
        };
        const QJsonObject firstConfirmed = outcomes.at(0);
        const QJsonObject firstWaiting = outcomes.at(3);
        const QJsonObject secondWaiting = outcomes.at(4);
        QCOMPARE(stateOn(kioskOf(firstWaiting), firstWaiting.value(u"signupId"_s).toString()),
                 std::pair(u"waitlisted"_s, 1));

        // A confirmed tenant withdraws: the first on the waitlist gets the place, the rest move up.
        const Reply withdrawn = post(
            u"/v1/push"_s,
            batch({mutation(3, u"withdrawal"_s, {{u"signupId"_s, firstConfirmed.value(u"signupId"_s).toString()}})}),
            kioskOf(firstConfirmed).token);
        QCOMPARE(result(withdrawn, 0).value(u"status"_s).toString(), u"withdrawn"_s);
        QCOMPARE(stateOn(kioskOf(firstWaiting), firstWaiting.value(u"signupId"_s).toString()),
                 std::pair(u"confirmed"_s, 0));
        QCOMPARE(stateOn(kioskOf(secondWaiting), secondWaiting.value(u"signupId"_s).toString()),
                 std::pair(u"waitlisted"_s, 1));

        // The catalogue shows the places taken.
        int placesTaken = -1;
        for (const QJsonObject &c : pullAll(kiosks.at(0).token)) {
            if (c.value(u"entity"_s) == u"opportunity"_s && c.value(u"id"_s) == u"race"_s)
                placesTaken = c.value(u"data"_s).toObject().value(u"placesTaken"_s).toInt();
        }
        QCOMPARE(placesTaken, 3);
    }

    // A page's change data goes out as the change log holds it, spliced into the page: the
    // page must still be exact JSON, whatever the text holds.
    void pulledPageCarriesTextExactly()
    {
        const QString title = u"Tuin \"De Wielewaal\" \\ Zoë's — 🌱"_s;
        const QString summary = u"Regel één\nRegel twee\tmet tab, </script> en\u00a0meer"_s;
        QJsonObject catalogue = QJsonDocument::fromJson([&] {
                                    QFile f(writeCatalogue(3));
                                    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
                                }())
                                    .object();
        QJsonArray opportunities = catalogue.value(u"opportunities"_s).toArray();
        opportunities.append(QJsonObject{{u"id"_s, u"quoted"_s}, {u"kind"_s, u"volunteer"_s}, {u"route"_s, u"wonen"_s},
                                         {u"title"_s, title}, {u"summary"_s, summary}, {u"site"_s, u"site-a"_s}});
        catalogue.insert(u"opportunities"_s, opportunities);
        const QString path = m_dir.filePath(u"quoted-%1.json"_s.arg(m_dbCounter));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(catalogue).toJson());
        f.close();
        const CliResult imported = cli({u"import-catalogue"_s, path, u"--db"_s, m_db});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));

        const Enrolled kiosk = enroll(u"kiosk"_s, u"site-a"_s);
        const Reply r = pull(kiosk.token, u"?limit=1000"_s);
        QCOMPARE(r.status, 200);
        QJsonParseError error;
        const QJsonObject page = QJsonDocument::fromJson(r.body, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QJsonObject pulled;
        for (const QJsonValue &c : page.value(u"changes"_s).toArray()) {
            if (c.toObject().value(u"id"_s).toString() == "quoted"_L1)
                pulled = c.toObject();
        }
        QCOMPARE(pulled.value(u"entity"_s).toString(), u"opportunity"_s);
        QCOMPARE(pulled.value(u"op"_s).toString(), u"upsert"_s);
        QVERIFY(pulled.value(u"seq"_s).toInteger() > 0);
        QCOMPARE(pulled.value(u"data"_s).toObject().value(u"title"_s).toString(), title);
        QCOMPARE(pulled.value(u"data"_s).toObject().value(u"summary"_s).toString(), summary);
        QVERIFY(!page.value(u"cursor"_s).toString().isEmpty());
    }

    void pullScopes()
    {
        const Enrolled kiosk = enroll(u"kiosk"_s, u"site-a"_s);
        const Enrolled staffA = enroll(u"staff"_s, u"site-a"_s);
        const Enrolled staffB = enroll(u"staff"_s, u"site-b"_s);
        const Enrolled phone = enroll(u"phone"_s, u"site-a"_s);
        const Enrolled otherPhone = enroll(u"phone"_s, u"site-a"_s);
        const QString canary = u"Canarywoman"_s;
        const Person p = Fixtures::person(canary);
        QCOMPARE(post(u"/v1/push"_s, batch({registration(1, p), signup(2, p.id, u"race"_s)}), kiosk.token).status, 200);
        const Person own = Fixtures::person(u"Phoneowner"_s);
        QCOMPARE(post(u"/v1/push"_s, batch({registration(1, own)}), phone.token).status, 200);

        auto everything = [&](const Enrolled &device) {
            QByteArray all;
            for (const QJsonObject &c : pullAll(device.token))
                all += QJsonDocument(c).toJson(QJsonDocument::Compact);
            return all;
        };
        const QByteArray kioskSees = everything(kiosk);
        QVERIFY(kioskSees.contains("\"entity\":\"opportunity\""));
        QVERIFY(kioskSees.contains("\"entity\":\"signup\""));
        QVERIFY(!kioskSees.contains(canary.toUtf8()));
        QVERIFY(!kioskSees.contains("+31612345678"));
        QVERIFY(!kioskSees.contains(p.id.toUtf8()));
        QVERIFY(everything(staffA).contains(canary.toUtf8()));
        QVERIFY(!everything(staffB).contains(canary.toUtf8()));
        QVERIFY(everything(phone).contains("Phoneowner"));
        QVERIFY(!everything(phone).contains(canary.toUtf8()));
        QVERIFY(!everything(otherPhone).contains("Phoneowner"));
    }

    static QJsonObject link(qint64 seq, const QString &personalCode, const QString &dateOfBirth)
    {
        return mutation(seq, u"link"_s,
                        {{u"identify"_s, QJsonObject{{u"personalCode"_s, personalCode}, {u"dateOfBirth"_s, dateOfBirth}}}});
    }

    // A tenant registered at a kiosk brings their sign-up to their phone with the code from
    // the receipt and their date of birth; a wrong pair tells them so and binds nothing.
    void phoneLinksToKioskRegistration()
    {
        const Enrolled kiosk = enroll(u"kiosk"_s, u"site-a"_s);
        const Enrolled phone = enroll(u"phone"_s, u"site-a"_s);
        Person p = Fixtures::person(u"Kioskvrouw"_s);
        QRandomGenerator rng(20261128);
        p.personalCode = generatePersonalCode(rng);
        const QString signupId = Fixtures::uuid();
        QCOMPARE(post(u"/v1/push"_s, batch({registration(1, p), signup(2, p.id, u"open"_s, signupId)}), kiosk.token).status,
                 200);
        const QList<QJsonObject> before = pullAll(phone.token);
        QVERIFY(!before.isEmpty());
        auto sees = [&](const QList<QJsonObject> &changes, const QString &entity, const QString &id) {
            return std::any_of(changes.begin(), changes.end(), [&](const QJsonObject &c) {
                return c.value(u"entity"_s).toString() == entity && c.value(u"id"_s).toString() == id;
            });
        };
        QVERIFY(!sees(before, u"person"_s, p.id));

        // Wrong date of birth: refused, nothing bound.
        Reply r = post(u"/v1/push"_s, batch({link(1, p.personalCode, u"1980-05-18"_s)}), phone.token);
        QCOMPARE(r.status, 200);
        QCOMPARE(result(r, 0).value(u"status"_s).toString(), u"refused"_s);
        QCOMPARE(result(r, 0).value(u"reason"_s).toString(), u"identify-failed"_s);
        QCOMPARE(result(r, 0).value(u"attemptsLeft"_s).toInt(), 4); // docs/security/guess.md
        QVERIFY(!sees(pullAll(phone.token), u"person"_s, p.id));

        // The code as a tenant types it (lower case, no dashes) with the right date.
        QString typed = p.personalCode.toLower();
        typed.remove(u'-');
        r = post(u"/v1/push"_s, batch({link(2, typed, u"1980-05-17"_s)}), phone.token);
        QCOMPARE(result(r, 0).value(u"status"_s).toString(), u"linked"_s);
        QCOMPARE(result(r, 0).value(u"personId"_s).toString(), p.id);
        // A resend is the stored outcome; a second link request changes nothing.
        QCOMPARE(post(u"/v1/push"_s, batch({link(3, typed, u"1980-05-17"_s)}), phone.token).status, 200);
        const QList<QJsonObject> after = pullAll(phone.token);
        QVERIFY(sees(after, u"person"_s, p.id));
        QVERIFY(sees(after, u"signup"_s, signupId));
        // Bound once, sent again once: from scratch the phone sees the original row and the one
        // copy written when it was bound; the second link request wrote no third.
        QCOMPARE(std::count_if(after.begin(), after.end(),
                               [&](const QJsonObject &c) { return c.value(u"id"_s).toString() == signupId; }),
                 2);
        // Another phone still sees nothing of the tenant; a kiosk may not link at all.
        const Enrolled otherPhone = enroll(u"phone"_s, u"site-a"_s);
        QVERIFY(!sees(pullAll(otherPhone.token), u"person"_s, p.id));
        r = post(u"/v1/push"_s, batch({link(3, p.personalCode, u"1980-05-17"_s)}), kiosk.token);
        QCOMPARE(result(r, 0).value(u"status"_s).toString(), u"refused"_s);
        QCOMPARE(result(r, 0).value(u"reason"_s).toString(), u"not-allowed"_s);
        QVERIFY(!pullAll(kiosk.token).isEmpty());
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("field");

        const Person p = Fixtures::person(u"Anna"_s);
        auto withPerson = [&](const char *key, const QJsonValue &value) {
            QJsonObject reg = registration(1, p);
            QJsonObject payload = reg.value(u"payload"_s).toObject();
            QJsonObject json = payload.value(u"person"_s).toObject();
            json.insert(QString::fromLatin1(key), value);
            payload.insert(u"person"_s, json);
            reg.insert(u"payload"_s, payload);
            return QJsonDocument(batch({registration(1, Fixtures::person(u"Ok"_s)), reg})).toJson(QJsonDocument::Compact);
        };
        auto withMutation = [&](const char *key, const QJsonValue &value) {
            QJsonObject m = registration(1, p);
            m.insert(QString::fromLatin1(key), value);
            return QJsonDocument(batch({m})).toJson(QJsonDocument::Compact);
        };
        QTest::newRow("malformed json") << "{\"mutations\": [" ""_ba << u"malformed-json"_s << QString();
        QTest::newRow("not an object") << "[1,2]"_ba << u"malformed-json"_s << QString();
        QTest::newRow("invalid utf-8") << "{\"mutations\": [], \"x\": \"\xff\xfe\"}"_ba << u"invalid-encoding"_s << QString();
        QTest::newRow("unknown top field") << "{\"mutations\": [], \"extra\": 1}"_ba << u"invalid-field"_s << u"extra"_s;
        QTest::newRow("mutations not a list") << "{\"mutations\": {}}"_ba << u"invalid-field"_s << u"mutations"_s;
        QTest::newRow("seq is text") << withMutation("seq", u"1"_s) << u"invalid-field"_s << u"mutations[0].seq"_s;
        QTest::newRow("seq fraction") << withMutation("seq", 1.5) << u"invalid-field"_s << u"mutations[0].seq"_s;
        QTest::newRow("unknown kind") << withMutation("kind", u"hack"_s) << u"invalid-field"_s << u"mutations[0].kind"_s;
        QTest::newRow("bad device time") << withMutation("deviceTime", u"yesterday"_s) << u"invalid-field"_s
                                         << u"mutations[0].deviceTime"_s;
        QTest::newRow("unknown mutation field") << withMutation("priority", 1) << u"invalid-field"_s
                                                << u"mutations[0].priority"_s;
        QTest::newRow("bad postcode") << withPerson("postcode", u"0123 AB"_s) << u"invalid-field"_s
                                      << u"mutations[1].payload.person.postcode"_s;
        QTest::newRow("bad phone") << withPerson("phone", u"12"_s) << u"invalid-field"_s
                                   << u"mutations[1].payload.person.phone"_s;
        QTest::newRow("name with control char") << withPerson("givenName", u"An\u0007na"_s) << u"invalid-field"_s
                                                << u"mutations[1].payload.person.givenName"_s;
        QTest::newRow("house number text") << withPerson("houseNumber", u"12"_s) << u"invalid-field"_s
                                           << u"mutations[1].payload.person.houseNumber"_s;
        QTest::newRow("unknown person field") << withPerson("shoeSize", 44) << u"invalid-field"_s
                                              << u"mutations[1].payload.person.shoeSize"_s;
        QTest::newRow("link without identify")
            << QJsonDocument(batch({mutation(1, u"link"_s, {})})).toJson(QJsonDocument::Compact) << u"invalid-field"_s
            << u"mutations[0].payload.identify"_s;
        QTest::newRow("link with a bad date of birth")
            << QJsonDocument(batch({link(1, u"ABCD-EFGH-JKMN"_s, u"17-05-1980"_s)})).toJson(QJsonDocument::Compact)
            << u"invalid-field"_s << u"mutations[0].payload.identify.dateOfBirth"_s;
        // The text policy (docs/security/text.md): what could make a line read other than it is.
        auto withSignup = [&](const char *key, const QJsonValue &value) {
            QJsonObject payload = Fixtures::signupPayload(p.id, u"opp-1"_s);
            QJsonObject json = payload.value(u"signup"_s).toObject();
            json.insert(QString::fromLatin1(key), value);
            payload.insert(u"signup"_s, json);
            return QJsonDocument(batch({registration(1, p), mutation(2, u"signup"_s, payload)})).toJson(QJsonDocument::Compact);
        };
        QTest::newRow("bidi override in motivation")
            << withSignup("motivation", u"Ik help graag \u202Eeinde\u202C mee"_s) << u"invalid-field"_s
            << u"mutations[1].payload.signup.motivation"_s;
        QTest::newRow("zero-width space in reference code")
            << withSignup("referenceCode", u"ABCD\u200B-EFGH"_s) << u"invalid-field"_s
            << u"mutations[1].payload.signup.referenceCode"_s;
        QTest::newRow("isolate in uiLanguage") << withPerson("uiLanguage", u"nl\u2066"_s) << u"invalid-field"_s
                                               << u"mutations[1].payload.person.uiLanguage"_s;
        QTest::newRow("byte order mark") << "\xEF\xBB\xBF{\"mutations\": []}"_ba << u"malformed-json"_s << QString();
        QTest::newRow("key given twice")
            << withMutation("kind", u"registration"_s).replace("{\"deviceTime\"", "{\"deviceTime\":\"x\",\"deviceTime\"")
            << u"invalid-field"_s << u"mutations[0].deviceTime"_s;
        QJsonArray many;
        for (int i = 1; i <= 101; ++i)
            many.append(registration(i, Fixtures::person(u"Veel"_s)));
        QTest::newRow("101 mutations") << QJsonDocument(batch(many)).toJson(QJsonDocument::Compact)
                                       << u"invalid-field"_s << u"mutations"_s;
    }

    void badInput()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, type);
        QFETCH(QString, field);
        const Enrolled kiosk = enroll(u"kiosk"_s, u"site-a"_s);
        const Reply r = postRaw(u"/v1/push"_s, body, kiosk.token);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.contentType, "application/problem+json"_ba);
        const QJsonObject problem = r.json();
        QCOMPARE(problem.value(u"type"_s).toString(), u"urn:meedoen:problem:"_s + type);
        QCOMPARE(problem.value(u"status"_s).toInt(), 400);
        QVERIFY(!problem.value(u"title"_s).toString().isEmpty());
        QVERIFY(!problem.value(u"detail"_s).toString().isEmpty());
        QCOMPARE(problem.value(u"field"_s).toString(), field);
        // Nothing of a refused request was applied.
        const Reply next = post(u"/v1/push"_s, batch({registration(1, Fixtures::person(u"Daarna"_s))}), kiosk.token);
        QCOMPARE(result(next, 0).value(u"status"_s).toString(), u"accepted"_s);
    }

    void badPullParameters()
    {
        const Enrolled kiosk = enroll(u"kiosk"_s, u"site-a"_s);
        QCOMPARE(pull(kiosk.token, u"?cursor=abc"_s).json().value(u"field"_s).toString(), u"cursor"_s);
        QCOMPARE(pull(kiosk.token, u"?limit=0"_s).status, 400);
        QCOMPARE(pull(kiosk.token, u"?since=1"_s).json().value(u"field"_s).toString(), u"since"_s);
    }

    void unauthorized()
    {
        const Enrolled kiosk = enroll(u"kiosk"_s, u"site-a"_s);
        const QByteArray body = QJsonDocument(batch({})).toJson();
        const auto typeOf = [](const Reply &r) { return r.json().value(u"type"_s).toString(); };
        QCOMPARE(postRaw(u"/v1/push"_s, body).status, 401);
        const Reply unknown = postRaw(u"/v1/push"_s, body, "not-a-token"_ba);
        QCOMPARE(unknown.status, 401);
        QCOMPARE(typeOf(unknown), u"urn:meedoen:problem:unauthorized"_s);
        QCOMPARE(pull({}).status, 401);
        QCOMPARE(postRaw(u"/v1/push"_s, body, kiosk.token).status, 200);
        const CliResult revoked = cli({u"revoke"_s, kiosk.deviceId, u"--db"_s, m_db});
        QCOMPARE(revoked.exitCode, 0);
        // Revoked is not unknown: its own problem type, on every route. The device's first push
        // after it is its report: kept in the conflict table with reason device-revoked, never
        // applied; a second report is not kept (a stolen token cannot fill the table).
        const QByteArray report =
            QJsonDocument(batch({registration(1, Fixtures::person(u"Kanarieherroepen"_s)),
                                 registration(2, Fixtures::person(u"Kanarieherroepenbis"_s))}))
                .toJson();
        const Reply r = postRaw(u"/v1/push"_s, report, kiosk.token);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.contentType, "application/problem+json"_ba);
        QCOMPARE(typeOf(r), u"urn:meedoen:problem:device-revoked"_s);
        QCOMPARE(r.json().value(u"code"_s).toString(), u"report-kept"_s);
        QCOMPARE(m_serve.count(u"SELECT COUNT(*) FROM conflict WHERE device_id = ? AND reason = 'device-revoked'"_s,
                               {kiosk.deviceId}),
                 qint64(2));
        QCOMPARE(m_serve.count(u"SELECT COUNT(*) FROM person WHERE data LIKE '%Kanarieherroepen%'"_s), qint64(0));
        const Reply again = postRaw(u"/v1/push"_s, report, kiosk.token);
        QCOMPARE(typeOf(again), u"urn:meedoen:problem:device-revoked"_s);
        QVERIFY(!again.json().contains(u"code"_s));
        const Reply pulled = pull(kiosk.token);
        QCOMPARE(pulled.status, 401);
        QCOMPARE(typeOf(pulled), u"urn:meedoen:problem:device-revoked"_s);
        QCOMPARE(cli({u"revoke"_s, u"no-such-device"_s, u"--db"_s, m_db}).exitCode, 3);
    }

    void tooLarge()
    {
        const Enrolled kiosk = enroll(u"kiosk"_s, u"site-a"_s);
        const QByteArray big = "{\"mutations\": [], \"pad\": \"" + QByteArray(1024 * 1024, 'x') + "\"}";
        const Reply r = postRaw(u"/v1/push"_s, big, kiosk.token);
        QCOMPARE(r.status, 413);
        QCOMPARE(r.contentType, "application/problem+json"_ba);
    }

    void rateLimited()
    {
        QVERIFY(startServer({u"--rate-limit"_s, u"3"_s}));
        const Enrolled kiosk = enroll(u"kiosk"_s, u"site-a"_s);
        const Enrolled other = enroll(u"kiosk"_s, u"site-a"_s);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(pull(kiosk.token).status, 200);
        const Reply limited = pull(kiosk.token);
        QCOMPARE(limited.status, 429);
        const int retryAfter = limited.retryAfter.toInt();
        QVERIFY2(retryAfter >= 1 && retryAfter <= 60, limited.retryAfter.constData());
        QCOMPARE(pull(other.token).status, 200); // per device
    }

    void clockSkewIsFlaggedNotUsed_data()
    {
        QTest::addColumn<qint64>("offsetSeconds");
        QTest::addColumn<bool>("flagged");
        QTest::newRow("on time") << qint64(0) << false;
        QTest::newRow("2 years behind") << qint64(-2 * 365 * 86400) << true;
        QTest::newRow("1 day ahead") << qint64(86400) << true;
    }

    void clockSkewIsFlaggedNotUsed()
    {
        QFETCH(qint64, offsetSeconds);
        QFETCH(bool, flagged);
        const Enrolled kiosk = enroll(u"kiosk"_s, u"site-a"_s);
        const Person p = Fixtures::person(u"Klok"_s);
        const QDateTime deviceNow = QDateTime::currentDateTimeUtc().addSecs(offsetSeconds);
        QJsonObject reg = registration(1, p);
        reg.insert(u"deviceTime"_s, deviceNow.toString(Qt::ISODateWithMs));
        QJsonObject sign = signup(2, p.id, u"race"_s);
        sign.insert(u"deviceTime"_s, deviceNow.toString(Qt::ISODateWithMs));
        const Reply r = post(u"/v1/push"_s, batch({reg, sign}), kiosk.token);
        QCOMPARE(result(r, 1).value(u"status"_s).toString(), u"confirmed"_s);
        QCOMPARE(result(r, 1).value(u"clockSkewed"_s).toBool(), flagged);
    }

    void resetRequiredAfterCompaction()
    {
        const Enrolled staff = enroll(u"staff"_s, u"site-a"_s);
        const Reply first = pull(staff.token, u"?limit=1"_s);
        const QString oldCursor = first.json().value(u"cursor"_s).toString();
        // Re-import without "open": a tombstone, then history before it is compacted away.
        QFile f(writeCatalogue(3));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QJsonObject catalogue = QJsonDocument::fromJson(f.readAll()).object();
        QJsonArray opportunities = catalogue.value(u"opportunities"_s).toArray();
        opportunities.removeAt(1);
        catalogue.insert(u"opportunities"_s, opportunities);
        f.close();
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QJsonDocument(catalogue).toJson());
        f.close();
        QCOMPARE(cli({u"import-catalogue"_s, f.fileName(), u"--db"_s, m_db}).exitCode, 0);
        bool sawTombstone = false;
        for (const QJsonObject &c : pullAll(staff.token))
            sawTombstone |= c.value(u"op"_s) == u"delete"_s && c.value(u"id"_s) == u"open"_s;
        QVERIFY(sawTombstone);
        QCOMPARE(cli({u"compact-changes"_s, u"--before"_s, u"1000"_s, u"--db"_s, m_db}).exitCode, 0);
        const Reply stale = pull(staff.token, u"?cursor="_s + oldCursor);
        QCOMPARE(stale.status, 409);
        QCOMPARE(stale.json().value(u"type"_s).toString(), u"urn:meedoen:problem:reset-required"_s);
        // From scratch: every live opportunity, no tombstone needed.
        int opportunitiesSeen = 0;
        for (const QJsonObject &c : pullAll(staff.token))
            opportunitiesSeen += c.value(u"entity"_s) == u"opportunity"_s ? 1 : 0;
        QCOMPARE(opportunitiesSeen, 3);
    }

    // PostgreSQL restarts, or the network to it is cut: the server's connection dies and for
    // a while no new one is accepted. Every request meanwhile is a server fault (never "token
    // not known"), nothing of it applied; once the database takes connections again the
    // server connects by itself and the resend is applied once.
    void databaseConnectionLostAndBack()
    {
        if (!m_pg)
            QSKIP("PostgreSQL only: SQLite is a file in the server's own process");
        const Enrolled kiosk = enroll(u"kiosk"_s, u"site-a"_s);
        const Person p = Fixtures::person(u"Ayşe"_s);
        QCOMPARE(post(u"/v1/push"_s, batch({registration(1, p)}), kiosk.token).status, 200);

        const QString database = m_db.section(u'/', -1); // letters, digits and '_' (freshDatabase)
        QSqlDatabase admin = QSqlDatabase::addDatabase(u"QPSQL"_s, u"outage"_s);
        admin.setDatabaseName(qEnvironmentVariable("PGDATABASE", u"postgres"_s));
        QVERIFY2(admin.open(), qPrintable(admin.lastError().text()));
        auto exec = [&admin](const QString &sql) {
            QSqlQuery q(admin);
            return q.exec(sql) && (!q.isSelect() || q.next()) ? q.value(0) : QVariant(u"failed"_s);
        };
        exec(u"ALTER DATABASE "_s + database + u" ALLOW_CONNECTIONS false"_s);
        QCOMPARE(exec(u"SELECT COUNT(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = '"_s
                      + database + u"'"_s).toInt(),
                 2); // the server's two: its event loop's and its pull reader's

        const QJsonObject sign = signup(2, p.id, u"open"_s);
        for (int attempt = 0; attempt < 3; ++attempt) {
            const Reply down = post(u"/v1/push"_s, batch({sign}), kiosk.token);
            QCOMPARE(down.status, 500);
            QCOMPARE(down.contentType, "application/problem+json"_ba);
            QCOMPARE(get(u"/v1/pull?limit=100"_s, kiosk.token).status, 500);
        }
        QVERIFY(exec(u"ALTER DATABASE "_s + database + u" ALLOW_CONNECTIONS true"_s) != QVariant(u"failed"_s));
        admin.close();
        admin = {};
        QSqlDatabase::removeDatabase(u"outage"_s);

        const Reply back = post(u"/v1/push"_s, batch({sign}), kiosk.token);
        QCOMPARE(back.status, 200);
        QCOMPARE(result(back, 0).value(u"status"_s).toString(), u"confirmed"_s);
        // The pull reader connects again by itself too.
        int signups = 0;
        for (const QJsonObject &c : pullAll(kiosk.token))
            signups += c.value(u"entity"_s) == u"signup"_s ? 1 : 0;
        QCOMPARE(signups, 1);
    }

    void serverKilledMidBatchIsAllOrNothing()
    {
        const Enrolled kiosk = enroll(u"kiosk"_s, u"site-a"_s);
        const Enrolled staff = enroll(u"staff"_s, u"site-a"_s);
        QJsonArray mutations;
        QList<Person> people;
        for (int i = 0; i < 5; ++i) {
            people.append(Fixtures::person(u"Batch"_s));
            mutations.append(registration(i + 1, people.last()));
        }
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"MEEDOEN_SERVER_TEST_STALL_AFTER"_s, u"3"_s);
        QVERIFY(startServer({}, env));
        QNetworkReply *reply = m_nam.post(request(u"/v1/push"_s, kiosk.token),
                                          QJsonDocument(batch(mutations)).toJson(QJsonDocument::Compact));
        QTRY_VERIFY_WITH_TIMEOUT(m_serve.process()->canReadLine() || m_serve.process()->waitForReadyRead(100), 30000);
        QCOMPARE(m_serve.process()->readLine().trimmed(), "stalled mid-batch"_ba);
        m_serve.process()->kill(); // SIGKILL with 3 of 5 applied inside the open transaction
        m_serve.process()->waitForFinished();
        finish(reply);

        QVERIFY(startServer());
        int peopleSeen = 0;
        for (const QJsonObject &c : pullAll(staff.token))
            peopleSeen += c.value(u"entity"_s) == u"person"_s ? 1 : 0;
        QCOMPARE(peopleSeen, 0); // nothing of the killed batch

        const Reply resend = post(u"/v1/push"_s, batch(mutations), kiosk.token);
        QCOMPARE(resend.status, 200);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(result(resend, i).value(u"status"_s).toString(), u"accepted"_s);
        peopleSeen = 0;
        for (const QJsonObject &c : pullAll(staff.token))
            peopleSeen += c.value(u"entity"_s) == u"person"_s ? 1 : 0;
        QCOMPARE(peopleSeen, 5);
    }
};

QTEST_GUILESS_MAIN(TestIntegrationSync)
#include "tst_integration_sync.moc"
