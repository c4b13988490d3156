// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Ids are not keys (docs/security/scope.md): the probes of issue 17 against the real
// meedoen-server process — a device naming another device's person or sign-up, a mutation id
// reused under a new seq, the conflict table filled without end — and the sync client told to
// stop pushing. SQLite by default; with MEEDOEN_TEST_PG=1 (under pg_virtualenv) PostgreSQL.

#include "core/limits.h"
#include "core/personalcode.h"
#include "protocol/requests.h"
#include "server/store/schema.h"
#include "storage/database.h"
#include "sync/syncclient.h"

#include "common/enrolleddevice.h"
#include "common/serverharness.h"
#include "common/tenants.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Meedoen;

class TestSyncScope : public QObject, public ServerHarness
{
    Q_OBJECT

public:
    TestSyncScope() : ServerHarness(u"scope"_s) {}

private:
    static QJsonObject mutation(qint64 seq, const QString &kind, const QJsonObject &payload, const QString &id = Fixtures::uuid())
    {
        return {{u"seq"_s, double(seq)},
                {u"id"_s, id},
                {u"kind"_s, kind},
                {u"deviceTime"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                {u"payload"_s, payload}};
    }

    static QJsonObject registration(qint64 seq, const Person &p)
    {
        return mutation(seq, u"registration"_s, Fixtures::registrationPayload(p));
    }

    static QJsonObject signup(qint64 seq, const QString &personId, const QString &signupId = Fixtures::uuid())
    {
        return mutation(seq, u"signup"_s, Fixtures::signupPayload(personId, u"open"_s, signupId));
    }

    static QJsonObject withdrawal(qint64 seq, const QString &signupId)
    {
        return mutation(seq, u"withdrawal"_s, {{u"signupId"_s, signupId}});
    }

    static QJsonObject hours(qint64 seq, const QString &personId, const QString &entryId = Fixtures::uuid())
    {
        const QJsonObject entry{{u"date"_s, QDate::currentDate().addDays(-1).toString(Qt::ISODate)},
                                {u"id"_s, entryId},
                                {u"minutes"_s, 60},
                                {u"note"_s, u"Koffie geschonken"_s},
                                {u"opportunityId"_s, u"open"_s},
                                {u"personId"_s, personId}};
        return mutation(seq, u"hours"_s, {{u"entry"_s, entry}});
    }

    Reply push(const QByteArray &token, const QJsonArray &mutations)
    {
        return post(u"/v1/push"_s, QJsonObject{{u"mutations"_s, mutations}}, token);
    }

    static QJsonObject result(const Reply &r, int i) { return r.json().value(u"results"_s).toArray().at(i).toObject(); }

    // An outcome as another device would compare it: everything but its own seq.
    static QJsonObject withoutSeq(QJsonObject o)
    {
        o.remove(u"seq"_s);
        return o;
    }

    // A tenant registered and signed up (confirmed) by `token`'s kiosk: their sign-up's answer.
    QJsonObject registeredAndSignedUp(const QByteArray &token, Person &p, qint64 firstSeq)
    {
        QRandomGenerator rng(quint32(firstSeq) + 17);
        p.personalCode = generatePersonalCode(rng);
        const Reply r = push(token, {registration(firstSeq, p), signup(firstSeq + 1, p.id)});
        if (r.status != 200 || result(r, 1).value(u"status"_s).toString() != u"confirmed"_s)
            return {};
        return result(r, 1);
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
        QVERIFY(m_serve.importCatalogue(3));
        QVERIFY(startServer());
    }

    void cleanup() { stopServer(); }

    // Probe: kiosk B's sign-up naming kiosk A's person was confirmed.
    void kioskSignupNamesOnlyItsOwnPersons()
    {
        const Enrolled kioskA = enroll(u"kiosk"_s, u"site-a"_s);
        const Enrolled kioskB = enroll(u"kiosk"_s, u"site-a"_s);
        QVERIFY(!kioskA.token.isEmpty() && !kioskB.token.isEmpty());
        Person a = Fixtures::person(u"Ayşe"_s);
        QCOMPARE(push(kioskA.token, {registration(1, a)}).status, 200);

        const Reply foreign = push(kioskB.token, {signup(1, a.id), signup(2, Fixtures::uuid())});
        QCOMPARE(foreign.status, 200);
        QCOMPARE(result(foreign, 0).value(u"status"_s).toString(), u"refused"_s);
        QCOMPARE(result(foreign, 0).value(u"reason"_s).toString(), u"person-unknown"_s);
        // Told exactly as a person that does not exist.
        QCOMPARE(withoutSeq(result(foreign, 0)), withoutSeq(result(foreign, 1)));
        QCOMPARE(m_serve.count(u"SELECT COUNT(*) FROM signup WHERE person_id = ?"_s, {a.id}), 0);

        // Kiosk A names its person in a later batch; kiosk B its own in the same batch.
        const Reply own = push(kioskA.token, {signup(2, a.id)});
        QCOMPARE(result(own, 0).value(u"status"_s).toString(), u"confirmed"_s);
        const Person b = Fixtures::person(u"Bram"_s);
        const Reply sameBatch = push(kioskB.token, {registration(3, b), signup(4, b.id)});
        QCOMPARE(result(sameBatch, 1).value(u"status"_s).toString(), u"confirmed"_s);
        QCOMPARE(m_serve.count(u"SELECT COUNT(*) FROM signup WHERE person_id = ?"_s, {a.id}), 1);
    }

    // Probe: another device's signupId answered with its reference code and arrival.
    void anotherDevicesSignupRevealsNothing()
    {
        const Enrolled kioskA = enroll(u"kiosk"_s, u"site-a"_s);
        const Enrolled kioskB = enroll(u"kiosk"_s, u"site-a"_s);
        Person a = Fixtures::person(u"Ayşe"_s);
        const QJsonObject signedUp = registeredAndSignedUp(kioskA.token, a, 1);
        QVERIFY(!signedUp.isEmpty());
        const QString signupId = signedUp.value(u"signupId"_s).toString();
        const QString reference = signedUp.value(u"referenceCode"_s).toString();

        Person b = Fixtures::person(u"Bram"_s);
        const Reply r = push(kioskB.token, {withdrawal(1, signupId), withdrawal(2, Fixtures::uuid()),
                                            // the same sign-up id for B's own person, and for A's
                                            registration(3, b), signup(4, b.id, signupId),
                                            signup(5, a.id, signupId), signup(6, Fixtures::uuid())});
        QCOMPARE(r.status, 200);
        QCOMPARE(result(r, 0).value(u"status"_s).toString(), u"refused"_s);
        QCOMPARE(result(r, 0).value(u"reason"_s).toString(), u"signup-unknown"_s);
        QCOMPARE(withoutSeq(result(r, 0)), withoutSeq(result(r, 1)));
        QCOMPARE(result(r, 3).value(u"status"_s).toString(), u"refused"_s);
        QCOMPARE(withoutSeq(result(r, 4)), withoutSeq(result(r, 5)));
        QVERIFY2(!r.body.contains(reference.toUtf8()), r.body.constData());
        for (int i : {0, 3, 4}) {
            QVERIFY(!result(r, i).contains(u"referenceCode"_s));
            QVERIFY(!result(r, i).contains(u"arrival"_s));
            QVERIFY(!result(r, i).contains(u"waitlistPosition"_s));
        }
        // Nothing changed: A's sign-up is still confirmed, with A's device.
        QCOMPARE(m_serve.count(u"SELECT COUNT(*) FROM signup WHERE id = ? AND state = 'confirmed' AND device_id = ?"_s,
                       {signupId, kioskA.deviceId}),
                 1);
        // A's own resend is still answered from the stored row.
        const Reply resend = push(kioskA.token, {signup(3, a.id, signupId)});
        QCOMPARE(result(resend, 0).value(u"referenceCode"_s).toString(), reference);
    }

    // A phone acts for its linked tenant only: hours, withdrawal, consent, erasure request.
    void phoneActsOnlyForItsTenant()
    {
        const Enrolled kiosk = enroll(u"kiosk"_s, u"site-a"_s);
        const Enrolled stranger = enroll(u"phone"_s, u"site-a"_s);
        const Enrolled own = enroll(u"phone"_s, u"site-a"_s);
        Person a = Fixtures::person(u"Ayşe"_s);
        const QJsonObject signedUp = registeredAndSignedUp(kiosk.token, a, 1);
        QVERIFY(!signedUp.isEmpty());
        const QString signupId = signedUp.value(u"signupId"_s).toString();
        const QString unknown = Fixtures::uuid();

        const Reply r = push(stranger.token,
                             {hours(1, a.id), hours(2, unknown), withdrawal(3, signupId), withdrawal(4, Fixtures::uuid()),
                              mutation(5, u"consent-withdraw"_s, {{u"personId"_s, a.id}, {u"purpose"_s, u"contact"_s}}),
                              mutation(6, u"consent-withdraw"_s, {{u"personId"_s, unknown}, {u"purpose"_s, u"contact"_s}}),
                              mutation(7, u"erase-request"_s, {{u"personId"_s, a.id}}),
                              mutation(8, u"erase-request"_s, {{u"personId"_s, unknown}})});
        QCOMPARE(r.status, 200);
        for (int i = 0; i < 8; i += 2) {
            QCOMPARE(result(r, i).value(u"status"_s).toString(), u"refused"_s);
            QCOMPARE(withoutSeq(result(r, i)), withoutSeq(result(r, i + 1)));
        }
        QCOMPARE(m_serve.count(u"SELECT COUNT(*) FROM hours WHERE person_id = ?"_s, {a.id}), 0);
        QCOMPARE(m_serve.count(u"SELECT COUNT(*) FROM signup WHERE id = ? AND state = 'confirmed'"_s, {signupId}), 1);
        QCOMPARE(m_serve.count(u"SELECT COUNT(*) FROM consent WHERE person_id = ? AND withdrawn_at IS NULL"_s, {a.id}), 1);
        QCOMPARE(m_serve.count(u"SELECT COUNT(*) FROM erase_request WHERE person_id = ?"_s, {a.id}), 0);

        // The tenant's own phone, once linked, may.
        const Reply linked = push(own.token, {mutation(1, u"link"_s,
                                                       {{u"identify"_s, QJsonObject{{u"personalCode"_s, a.personalCode},
                                                                                     {u"dateOfBirth"_s, u"1980-05-17"_s}}}}),
                                              hours(2, a.id)});
        QCOMPARE(result(linked, 0).value(u"status"_s).toString(), u"linked"_s);
        QCOMPARE(result(linked, 1).value(u"status"_s).toString(), u"accepted"_s);
        // Its entry is still not the stranger's to take back.
        const QString entryId = result(linked, 1).value(u"entryId"_s).toString();
        const Reply takeBack = push(stranger.token, {mutation(9, u"hours-withdraw"_s, {{u"entryId"_s, entryId}}),
                                                     mutation(10, u"hours-withdraw"_s, {{u"entryId"_s, unknown}})});
        QCOMPARE(result(takeBack, 0).value(u"reason"_s).toString(), u"entry-unknown"_s);
        QCOMPARE(withoutSeq(result(takeBack, 0)), withoutSeq(result(takeBack, 1)));
        QCOMPARE(m_serve.count(u"SELECT COUNT(*) FROM hours WHERE id = ?"_s, {entryId}), 1);
    }

    // Probe: the same mutation id under a new seq was applied again.
    void reusedMutationIdIsAConflict()
    {
        const Enrolled kiosk = enroll(u"kiosk"_s, u"site-a"_s);
        const Person a = Fixtures::person(u"Ayşe"_s);
        const QString mutationId = Fixtures::uuid();
        const Reply first = push(kiosk.token, {registration(1, a), mutation(2, u"signup"_s,
                                                                           Fixtures::signupPayload(a.id, u"race"_s),
                                                                           mutationId)});
        QCOMPARE(result(first, 1).value(u"status"_s).toString(), u"confirmed"_s);

        // The same id under seq 3 (another sign-up in it), then twice inside one batch.
        const QString again = Fixtures::uuid();
        const QJsonObject reuse = mutation(3, u"signup"_s, Fixtures::signupPayload(a.id, u"open"_s), mutationId);
        const Reply reused = push(kiosk.token, {reuse});
        QCOMPARE(reused.status, 200);
        QCOMPARE(result(reused, 0).value(u"status"_s).toString(), u"conflict"_s);
        QCOMPARE(result(reused, 0).value(u"reason"_s).toString(), u"mutation-id-reused"_s);
        QCOMPARE(result(reused, 0).value(u"httpStatus"_s).toInt(), 409);
        QCOMPARE(reused.json().value(u"lastSeq"_s).toInt(), 2);
        const Reply twice = push(kiosk.token, {mutation(3, u"signup"_s, Fixtures::signupPayload(a.id, u"open"_s), again),
                                               mutation(4, u"withdrawal"_s, {{u"signupId"_s, Fixtures::uuid()}}, again)});
        QCOMPARE(result(twice, 0).value(u"status"_s).toString(), u"confirmed"_s); // seq 3 was not used up
        QCOMPARE(result(twice, 1).value(u"reason"_s).toString(), u"mutation-id-reused"_s);
        QCOMPARE(twice.json().value(u"lastSeq"_s).toInt(), 3);

        // Applied once each: two sign-ups, one row per mutation id, the reuses kept for staff.
        QCOMPARE(m_serve.count(u"SELECT COUNT(*) FROM signup WHERE person_id = ?"_s, {a.id}), 2);
        QCOMPARE(m_serve.count(u"SELECT COUNT(*) FROM mutation WHERE mutation_id = ?"_s, {mutationId}), 1);
        QCOMPARE(m_serve.count(u"SELECT COUNT(*) FROM conflict WHERE device_id = ?"_s, {kiosk.deviceId}), 2);
        // The reuse sent again (its seq now taken) is still a conflict, kept once.
        const Reply resent = push(kiosk.token, {reuse});
        QCOMPARE(result(resent, 0).value(u"status"_s).toString(), u"conflict"_s);
        QCOMPARE(m_serve.count(u"SELECT COUNT(*) FROM conflict WHERE device_id = ?"_s, {kiosk.deviceId}), 2);
        QCOMPARE(m_serve.count(u"SELECT COUNT(*) FROM signup WHERE person_id = ?"_s, {a.id}), 2);
    }

    // Probe: each reuse of a seq stored its whole payload, without end.
    void conflictsAreCappedPerDevice()
    {
        const Enrolled kiosk = enroll(u"kiosk"_s, u"site-a"_s);
        QJsonArray flood;
        for (int i = 0; i < 100; ++i)
            flood.append(registration(1, Fixtures::person(u"Flood"_s)));
        const Reply first = push(kiosk.token, flood);
        QCOMPARE(first.status, 200);
        QCOMPARE(result(first, 99).value(u"reason"_s).toString(), u"sequence-reused"_s);
        QCOMPARE(push(kiosk.token, {registration(1, Fixtures::person(u"Flood"_s))}).status, 200);
        QCOMPARE(m_serve.count(u"SELECT COUNT(*) FROM conflict WHERE device_id = ?"_s, {kiosk.deviceId}),
                 qint64(kMaxConflictsPerDevice));

        // Past the cap: a problem telling the device to stop, nothing of the batch applied or kept.
        const Person legit = Fixtures::person(u"Legit"_s);
        // It carries the device's report, as every push of the app does.
        const QJsonObject report{{u"appVersion"_s, u"9.8.7"_s}, {u"queueLength"_s, 2}, {u"oldestQueuedSeconds"_s, 60}};
        const Reply stopped = post(u"/v1/push"_s,
                                   {{u"mutations"_s, QJsonArray{registration(2, legit),
                                                               registration(1, Fixtures::person(u"Flood"_s))}},
                                    {u"device"_s, report}},
                                   kiosk.token);
        QCOMPARE(stopped.status, 429);
        // IT still sees what the held device reported: its version and the queue it cannot send.
        QCOMPARE(m_serve.count(u"SELECT queue_length FROM device WHERE id = ? AND app_version = '9.8.7'"_s,
                               {kiosk.deviceId}),
                 2);
        QCOMPARE(stopped.contentType, "application/problem+json"_ba);
        QCOMPARE(Wire::problemFromJson(stopped.json()).type, QString(Wire::kProblemConflictLimit));
        QCOMPARE(stopped.retryAfter.toInt(), kConflictLimitRetryAfterSeconds);
        QCOMPARE(m_serve.count(u"SELECT COUNT(*) FROM conflict WHERE device_id = ?"_s, {kiosk.deviceId}),
                 qint64(kMaxConflictsPerDevice));
        QCOMPARE(m_serve.count(u"SELECT COUNT(*) FROM person WHERE id = ?"_s, {legit.id}), 0);
        QCOMPARE(m_serve.count(u"SELECT last_seq FROM device WHERE id = ?"_s, {kiosk.deviceId}), 1);
        // A resend of a stored mutation is still answered; other devices are not held.
        QCOMPARE(result(push(kiosk.token, {flood.at(0).toObject()}), 0).value(u"status"_s).toString(), u"accepted"_s);
        const Enrolled other = enroll(u"kiosk"_s, u"site-a"_s);
        QCOMPARE(result(push(other.token, {registration(1, legit)}), 0).value(u"status"_s).toString(), u"accepted"_s);

        // IT sees the device held, with its conflicts, and releases them: it may push again.
        const auto heldOf = [this](const QString &deviceId) {
            const auto listed = cli({u"devices"_s, u"--json"_s, u"--db"_s, m_db});
            for (const QJsonValue &v : QJsonDocument::fromJson(listed.out).object().value(u"devices"_s).toArray()) {
                if (v[u"id"_s].toString() == deviceId)
                    return v.toObject();
            }
            return QJsonObject();
        };
        QCOMPARE(heldOf(kiosk.deviceId).value(u"held"_s).toBool(), true);
        QCOMPARE(heldOf(kiosk.deviceId).value(u"conflicts"_s).toInt(), kMaxConflictsPerDevice);
        QCOMPARE(heldOf(other.deviceId).value(u"held"_s).toBool(), false);
        QVERIFY(cli({u"devices"_s, u"--db"_s, m_db}).out.contains(" held"));
        QCOMPARE(cli({u"conflicts"_s, u"release"_s, u"no-such-device"_s, u"--db"_s, m_db}).exitCode, 3);
        const auto released = cli({u"conflicts"_s, u"release"_s, kiosk.deviceId, u"--db"_s, m_db});
        QCOMPARE(released.exitCode, 0);
        QVERIFY2(released.out.contains("released 100 conflict(s)"), released.out.constData());
        QCOMPARE(heldOf(kiosk.deviceId).value(u"held"_s).toBool(), false);
        const Reply again = push(kiosk.token, {registration(2, legit), registration(1, Fixtures::person(u"Flood"_s))});
        QCOMPARE(again.status, 200);
        QCOMPARE(result(again, 0).value(u"status"_s).toString(), u"accepted"_s);
        QCOMPARE(result(again, 1).value(u"reason"_s).toString(), u"sequence-reused"_s);
        QCOMPARE(heldOf(kiosk.deviceId).value(u"conflicts"_s).toInt(), 1); // the released ones stay, resolved
        QCOMPARE(m_serve.count(u"SELECT COUNT(*) FROM conflict WHERE device_id = ?"_s, {kiosk.deviceId}),
                 qint64(kMaxConflictsPerDevice + 1));
    }

    // Schema step "a mutation id once per device" on rows an older server applied twice: the
    // first keeps its id, the others get their seq appended, then the index holds.
    void mutationIdIndexIsCreatedOnOldDuplicates()
    {
        stopServer();
        QSqlDatabase db = m_serve.inspect();
        QSqlQuery q(db);
        QVERIFY2(q.exec(u"DROP INDEX mutation_id_per_device"_s), qPrintable(q.lastError().text()));
        for (int seq : {1, 2, 3}) {
            QVERIFY(q.prepare(u"INSERT INTO mutation (device_id, seq, mutation_id, kind, payload_hash, outcome, "
                               "received_at) VALUES ('old-device', ?, 'reused-id', 'signup', 'h', '{}', 'now')"_s));
            q.addBindValue(seq);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
        for (const QString &statement : Server::Schema::mutationIdOnceStep())
            QVERIFY2(q.exec(statement), qPrintable(q.lastError().text()));
        QCOMPARE(m_serve.count(u"SELECT COUNT(*) FROM mutation WHERE device_id = 'old-device'"_s), 3);
        QCOMPARE(m_serve.count(u"SELECT seq FROM mutation WHERE mutation_id = 'reused-id'"_s), 1);
        QCOMPARE(m_serve.count(u"SELECT seq FROM mutation WHERE mutation_id = 'reused-id#3'"_s), 3);
        QVERIFY(!q.exec(u"INSERT INTO mutation (device_id, seq, mutation_id, kind, payload_hash, outcome, received_at) "
                        "VALUES ('old-device', 4, 'reused-id', 'signup', 'h', '{}', 'now')"_s));
        QVERIFY(startServer());
    }

    // The device's sync client stops the round, waits the Retry-After and says so.
    void deviceStopsPushingAtTheConflictLimit()
    {
        auto device = Fixtures::enrolledDevice(m_nam, m_serve, m_dir.filePath(u"kiosk-%1.db"_s.arg(m_dbCounter)),
                                               u"kiosk"_s, u"site-a"_s);
        QVERIFY(device);
        SyncClient &client = *device->client;
        // Someone with this device's token filled its conflicts at seq 1.
        auto pushAsDevice = [&client](const QJsonArray &mutations) {
            return finish(client.request("POST"_ba, u"/v1/push"_s,
                                         QJsonDocument(QJsonObject{{u"mutations"_s, mutations}}).toJson(QJsonDocument::Compact)));
        };
        QJsonArray flood;
        for (int i = 0; i < 100; ++i)
            flood.append(registration(1, Fixtures::person(u"Flood"_s)));
        QCOMPARE(pushAsDevice(flood).status, 200);
        QCOMPARE(pushAsDevice({registration(1, Fixtures::person(u"Flood"_s))}).status, 200);

        // The kiosk's own first mutation is seq 1 too: one conflict more than the cap.
        QVERIFY(!Fixtures::queueSignup(device->db.connection(), u"open"_s, u"Anna"_s).isEmpty());
        QSignalSpy finished(&client, &SyncClient::roundFinished);
        QSignalSpy held(&client, &SyncClient::pushesHeldChanged);
        QVERIFY(finished.isValid() && held.isValid());
        client.syncNow();
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().at(0).toBool(), false);
        QCOMPARE(client.state(), SyncClient::State::Error);
        QVERIFY(client.pushesHeld());
        QCOMPARE(held.size(), 1);
        QCOMPARE(client.pendingCount(), 2); // nothing dropped
        // No busy loop: the next round waits the server's Retry-After, whatever asks for one.
        QVERIFY(client.msUntilNextAttempt() > (kConflictLimitRetryAfterSeconds - 60) * 1000);
        client.syncNow();
        client.syncNow();
        QCOMPARE(client.state(), SyncClient::State::Error);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(m_serve.count(u"SELECT COUNT(*) FROM conflict WHERE device_id = ?"_s, {client.deviceId()}),
                 qint64(kMaxConflictsPerDevice));
    }
};

QTEST_MAIN(TestSyncScope)
#include "tst_sync_scope.moc"
