// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The device's sync client (app/sync) against the real meedoen-server process on
// 127.0.0.1, under faults: a client killed before it recorded the ack, injected 500s and
// timeouts, duplicated deliveries, ten offline kiosks racing for three places, and the
// kiosk's promise to leave no trace of a tenant. SQLite by default; PostgreSQL with
// MEEDOEN_TEST_PG=1 under pg_virtualenv.

#include "storage/database.h"
#include "storage/outbox.h"
#include "core/personalcode.h"
#include "storage/registrationrepository.h"
#include "storage/secretstore.h"
#include "sync/syncclient.h"
#include "common/syncfixture.h"
#include "common/syncrounds.h"
#include "common/tenants.h"

#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Meedoen;
using SyncFixture::Server;

namespace {

// One device in this process: its own database file and sync client.
struct Device
{
    Database db;
    std::unique_ptr<SyncClient> client;
    QString path;
};

SyncClient::Options fastOptions()
{
    SyncClient::Options o;
    o.schedule.baseDelayMs = 20;
    o.schedule.maxDelayMs = 400;
    o.schedule.maxAttempts = 100000; // the 6-a-minute limit is tst_syncschedule's business
    o.requestTimeoutMs = 700;
    o.periodicIntervalMs = 0;
    o.watchNetwork = false;
    return o;
}

} // namespace

class TestSyncFaults : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QNetworkAccessManager m_nam;
    std::unique_ptr<Server> m_server;
    int m_devices = 0;

    QString driverPath() const { return QCoreApplication::applicationDirPath() + u"/meedoen_sync_driver"_s; }

    std::unique_ptr<Device> device(const QString &kind, const QString &serverUrl, const SyncClient::Options &options = fastOptions())
    {
        auto d = std::make_unique<Device>();
        d->path = m_dir.filePath(u"device-%1.db"_s.arg(++m_devices));
        if (d->db.open(d->path) != Database::Status::Open)
            return nullptr;
        d->client = std::make_unique<SyncClient>(&m_nam, &d->db, options, [] { return QDateTime::currentDateTimeUtc(); },
                                                 [] { return QRandomGenerator::global()->generateDouble(); });
        QSignalSpy enrolled(d->client.get(), &SyncClient::enrollFinished);
        if (!enrolled.isValid())
            return nullptr;
        d->client->enroll(QUrl(serverUrl), m_server->enrollCode(kind, u"site-a"_s));
        if (!enrolled.wait(20000) || !enrolled.first().at(0).toBool())
            return nullptr;
        // Enrolment starts a round; one round of our own after it, so that tests start from
        // idle (no round running or coming).
        if (!Fixtures::syncRound(*d->client))
            return nullptr;
        return d;
    }

    qint64 serverCount(const QString &table)
    {
        return m_server->count(u"SELECT COUNT(*) FROM "_s + table);
    }

    // Every mutation the server holds was applied once: one row per (device, seq) and per id.
    void verifyExactlyOnce(qint64 expected)
    {
        QCOMPARE(m_server->count(u"SELECT COUNT(*) FROM mutation"_s), expected);
        QCOMPARE(m_server->count(u"SELECT COUNT(DISTINCT mutation_id) FROM mutation"_s), expected);
        QCOMPARE(m_server->count(u"SELECT COUNT(*) FROM conflict"_s), 0);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY(QFile::exists(driverPath()));
    }

    void init()
    {
        m_server = std::make_unique<Server>(TestPaths::serverBinary(), m_dir.path());
        QVERIFY(m_server->createDatabase(QString::fromLatin1(QTest::currentTestFunction())));
        QVERIFY(m_server->importCatalogue(3));
        QVERIFY(m_server->start());
    }

    void cleanup() { m_server.reset(); }

    // a. The server committed a batch, the client was killed before it recorded the ack:
    //    after a restart the resend gets the stored outcomes and nothing is doubled.
    void killedBeforeAck()
    {
        const QString path = m_dir.filePath(u"driver-a.db"_s);
        const auto run = [&](const QStringList &args, int timeoutMs) {
            QProcess p;
            p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            p.start(driverPath(), QStringList{path} + args);
            p.waitForFinished(timeoutMs);
            return QString::fromUtf8(p.readAllStandardOutput());
        };
        QVERIFY(run({u"enroll"_s, m_server->url(), m_server->enrollCode(u"kiosk"_s, u"site-a"_s)}, 20000).contains(u"enrolled"_s));
        QStringList signups;
        {
            Device d;
            QCOMPARE(d.db.open(path), Database::Status::Open);
            for (int i = 0; i < 4; ++i)
                signups.append(Fixtures::queueSignup(d.db.connection(), u"race"_s));
        }

        QProcess killed;
        killed.start(driverPath(), {path, u"sync"_s, u"--stall-before-ack"_s});
        QByteArray said;
        QTRY_VERIFY_WITH_TIMEOUT((said += killed.readAllStandardOutput()).contains("stalled before ack"), 20000);
        killed.kill(); // SIGKILL
        QVERIFY(killed.waitForFinished(10000));

        verifyExactlyOnce(8); // the server has it all …
        {
            Database db;
            QCOMPARE(db.open(path), Database::Status::Open);
            QCOMPARE(Outbox(db.connection()).pendingCount(), 8); // … the device does not know yet
            QCOMPARE(RegistrationRepository(db.connection()).signup(signups.first())->state, SignupState::Queued);
        }

        QVERIFY(run({u"sync"_s}, 30000).contains(u"drained"_s));
        verifyExactlyOnce(8);
        QCOMPARE(serverCount(u"person"_s), 4);
        QCOMPARE(serverCount(u"signup"_s), 4);
        Database db;
        QCOMPARE(db.open(path), Database::Status::Open);
        RegistrationRepository repo(db.connection());
        QCOMPARE(Outbox(db.connection()).pendingCount(), 0);
        // The stored outcomes: three places, then the waitlist.
        QCOMPARE(repo.signup(signups.at(0))->state, SignupState::Confirmed);
        QCOMPARE(repo.signup(signups.at(2))->state, SignupState::Confirmed);
        QCOMPARE(repo.signup(signups.at(3))->state, SignupState::Waitlisted);
        QCOMPARE(repo.signup(signups.at(3))->waitlistPosition, 1);
        QCOMPARE(repo.personCount(), 0); // a kiosk keeps nobody once acknowledged
    }

    // c. 30 % of requests fail (500 before or after the server applied them, or no answer)
    //    while 5 devices push 1,000 mutations: nothing lost, nothing doubled, and every
    //    queue is empty soon after the faults stop.
    void injectedFaults()
    {
        SyncFixture::FaultProxy proxy(m_server->port(), 20261128);
        std::vector<std::unique_ptr<Device>> devices;
        SyncClient::Options options = fastOptions();
        options.pushBatch = 10; // more requests, so more of them fail
        for (int i = 0; i < 5; ++i) {
            devices.push_back(device(u"phone"_s, proxy.url(), options));
            QVERIFY(devices.back());
        }
        proxy.faultRate = 0.3;
        QStringList signupIds;
        for (auto &d : devices) {
            for (int i = 0; i < 100; ++i)
                signupIds.append(Fixtures::queueSignup(d->db.connection(), u"open"_s));
            QCOMPARE(Outbox(d->db.connection()).pendingCount(), 200);
        }
        for (auto &d : devices)
            d->client->syncNow();
        // Faults for a while; the clients keep retrying with backoff.
        QTRY_VERIFY_WITH_TIMEOUT(proxy.faults >= 30, 120000);
        qInfo("while faulty: %d faults of %d requests", proxy.faults, proxy.requests);
        proxy.faultRate = 0;
        QElapsedTimer sinceFaultsStopped;
        sinceFaultsStopped.start();
        for (auto &d : devices) {
            d->client->syncNow();
            QTRY_VERIFY_WITH_TIMEOUT(d->client->pendingCount() == 0 && d->client->state() == SyncClient::State::Idle, 30000);
        }
        qInfo("faults injected: %d of %d requests; queues empty %lld ms after the faults stopped", proxy.faults,
              proxy.requests, sinceFaultsStopped.elapsed());
        QVERIFY(sinceFaultsStopped.elapsed() < 15000);
        verifyExactlyOnce(1000);
        QCOMPARE(serverCount(u"person"_s), 500);
        QCOMPARE(serverCount(u"signup"_s), 500);
        int confirmed = 0;
        for (auto &d : devices) {
            RegistrationRepository repo(d->db.connection());
            for (const QString &id : std::as_const(signupIds)) {
                const auto s = repo.signup(id);
                if (s)
                    confirmed += s->state == SignupState::Confirmed ? 1 : 0;
            }
        }
        QCOMPARE(confirmed, 500);
    }

    // d. Every request is delivered 1–3 times: the same answer each time, one effect.
    void duplicatedDelivery()
    {
        SyncFixture::FaultProxy proxy(m_server->port(), 7);
        auto d = device(u"kiosk"_s, proxy.url());
        QVERIFY(d);
        proxy.duplicate = true;
        QStringList ids;
        for (int i = 0; i < 75; ++i)
            ids.append(Fixtures::queueSignup(d->db.connection(), i < 5 ? u"race"_s : u"open"_s));
        d->client->syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(d->client->pendingCount() == 0 && d->client->state() == SyncClient::State::Idle, 60000);
        QVERIFY2(proxy.deliveries > proxy.requests, "the proxy duplicated nothing");
        QCOMPARE(proxy.mismatches, 0);
        verifyExactlyOnce(150);
        QCOMPARE(serverCount(u"signup"_s), 75);
        QCOMPARE(m_server->count(u"SELECT confirmed FROM opportunity WHERE id = 'race'"_s), 3);
        RegistrationRepository repo(d->db.connection());
        QCOMPARE(repo.signup(ids.at(2))->state, SignupState::Confirmed);
        QCOMPARE(repo.signup(ids.at(3))->state, SignupState::Waitlisted);
        QCOMPARE(repo.signup(ids.at(4))->waitlistPosition, 2);
    }

    // e. Ten kiosks, offline, take the last three places; then all sync at once.
    void tenKiosksThreePlaces()
    {
        std::vector<std::unique_ptr<Device>> kiosks;
        QStringList ids;
        for (int i = 0; i < 10; ++i) {
            kiosks.push_back(device(u"kiosk"_s, m_server->url()));
            QVERIFY(kiosks.back());
            ids.append(Fixtures::queueSignup(kiosks.back()->db.connection(), u"race"_s));
        }
        std::vector<std::unique_ptr<QSignalSpy>> rounds;
        for (auto &k : kiosks) {
            rounds.push_back(std::make_unique<QSignalSpy>(k->client.get(), &SyncClient::roundFinished));
            QVERIFY(rounds.back()->isValid());
            k->client->syncNow();
        }
        for (auto &r : rounds)
            QTRY_COMPARE_WITH_TIMEOUT(r->size(), 1, 30000);
        // One sync each: every kiosk shows the server's final word.
        QSqlQuery q(m_server->inspect());
        QVERIFY(q.exec(u"SELECT id, state, waitlist_position FROM signup WHERE opportunity_id = 'race' ORDER BY arrival"_s));
        int row = 0;
        while (q.next()) {
            const QString id = q.value(0).toString();
            const int k = int(ids.indexOf(id));
            QVERIFY(k >= 0);
            QCOMPARE(rounds[size_t(k)]->first().at(0).toBool(), true);
            const auto local = RegistrationRepository(kiosks[size_t(k)]->db.connection()).signup(id);
            QVERIFY(local);
            if (row < 3) {
                QCOMPARE(q.value(1).toString(), u"confirmed"_s);
                QCOMPARE(local->state, SignupState::Confirmed);
            } else {
                QCOMPARE(q.value(1).toString(), u"waitlisted"_s);
                QCOMPARE(q.value(2).toInt(), row - 2); // positions in arrival order
                QCOMPARE(local->state, SignupState::Waitlisted);
                QCOMPARE(local->waitlistPosition, row - 2);
            }
            QCOMPARE(RegistrationRepository(kiosks[size_t(k)]->db.connection()).personCount(), 0);
            ++row;
        }
        QCOMPARE(row, 10);
        QCOMPARE(m_server->count(u"SELECT confirmed FROM opportunity WHERE id = 'race'"_s), 3);
    }

    // j. The device token is kept beside the database in a file only this user can read;
    //    no byte of it is in the database, its -wal or -shm file (docs/security/text.md).
    void tokenStaysOutOfTheDatabase()
    {
        auto d = device(u"kiosk"_s, m_server->url());
        QVERIFY(d);
        QVERIFY(Fixtures::queueSignup(d->db.connection(), u"open"_s) != QString());
        QVERIFY(Fixtures::syncRound(*d->client));
        FileSecretStore store(d->path);
        const QByteArray token = store.read(u"token"_s).value_or(QByteArray());
        QVERIFY(token.size() >= 32);
        QCOMPARE(QFileInfo(store.pathOf(u"token"_s)).permissions() & ~(QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                                                      | QFileDevice::ReadUser | QFileDevice::WriteUser),
                 QFileDevice::Permissions());
        const auto onDisk = [&] {
            int hits = 0;
            for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s}) {
                QFile f(d->path + suffix);
                if (f.open(QIODevice::ReadOnly))
                    hits += int(f.readAll().count(token));
            }
            return hits;
        };
        QCOMPARE(onDisk(), 0);
        d->client.reset();
        d->db.close();
        QCOMPARE(onDisk(), 0);
    }

    // i. Once the server acknowledged a kiosk registration, nothing the tenant typed is left
    //    in the kiosk's database, -wal or -shm file: not the name, not the motivation, not the
    //    preferred start — checked in every column of every table, so a new column cannot
    //    slip through, and in the raw bytes of the files.
    void kioskLeavesNoTrace()
    {
        const QByteArray canary = "Kanariepietje";
        auto d = device(u"kiosk"_s, m_server->url());
        QVERIFY(d);
        Submission submission;
        Person p = Fixtures::person(QString::fromLatin1(canary), u"Kanariefamilie"_s);
        p.phone = u"+31645678123"_s;
        p.email = u"kanarie.mail@example.nl"_s;
        p.address = {u"9711 XZ"_s, 481, u"KNR"_s};
        p.dateOfBirth = QDate(1979, 11, 23);
        p.tenantNumber = u"KAN-7781"_s;
        submission.newPerson = p;
        submission.consents = {Fixtures::contactConsent(p)};
        Signup signup;
        signup.id = Fixtures::uuid();
        signup.personId = p.id;
        signup.opportunityId = u"open"_s;
        signup.referenceCode = generateReferenceCode(*QRandomGenerator::global());
        signup.motivation = u"Kanariemotivatie: ik help graag"_s;
        signup.preferredStart = QDate(2031, 7, 19);
        submission.signup = signup;
        QVERIFY(RegistrationRepository(d->db.connection()).submit(submission, QDateTime::currentDateTimeUtc()));
        const QString id = signup.id;
        // Every value the tenant typed, as the kiosk stores it.
        const QStringList typed = {p.givenName, p.familyName, u"+31645678123"_s, p.email, u"9711 XZ"_s, u"KNR"_s,
                                   u"1979-11-23"_s, p.tenantNumber, u"Kanariemotivatie"_s, u"2031-07-19"_s};
        const auto grep = [&]() {
            int hits = 0;
            for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s}) {
                QFile f(d->path + suffix);
                if (f.open(QIODevice::ReadOnly)) {
                    const QByteArray bytes = f.readAll();
                    for (const QString &value : typed)
                        hits += int(bytes.count(value.toUtf8()));
                }
            }
            return hits;
        };
        // Identifiers come from the schema itself, quoted; the values are bound.
        const auto columnsHolding = [&]() {
            QStringList found;
            QSqlQuery tables(d->db.connection());
            if (!tables.exec(u"SELECT name FROM sqlite_master WHERE type = 'table'"_s))
                return QStringList{u"sqlite_master unreadable"_s};
            int columns = 0;
            while (tables.next()) {
                const QString table = tables.value(0).toString();
                QSqlQuery info(d->db.connection());
                if (!info.exec(u"PRAGMA table_info(\""_s + table + u"\")"_s))
                    return QStringList{table + u" unreadable"_s};
                while (info.next()) {
                    const QString column = info.value(1).toString();
                    ++columns;
                    for (const QString &value : typed) {
                        QSqlQuery hit(d->db.connection());
                        hit.prepare(u"SELECT count(*) FROM \""_s + table + u"\" WHERE instr(CAST(\""_s + column
                                    + u"\" AS TEXT), ?) > 0"_s);
                        hit.addBindValue(value);
                        if (!hit.exec() || !hit.next())
                            return QStringList{table + u'.' + column + u" unreadable"_s};
                        if (hit.value(0).toInt() > 0)
                            found << table + u'.' + column + u" holds "_s + value.left(4) + u"…"_s;
                    }
                }
            }
            if (columns < 50) // the whole schema was read
                found << u"only %1 columns"_s.arg(columns);
            return found;
        };
        QVERIFY2(grep() > 0, "the canary must be on disk before the sync, or this test proves nothing");
        QVERIFY2(columnsHolding().size() >= typed.size(), qPrintable(columnsHolding().join(u", "_s)));
        QSignalSpy outcome(d->client.get(), &SyncClient::outcomeArrived);
        QVERIFY(outcome.isValid());
        d->client->syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(d->client->pendingCount() == 0 && d->client->state() == SyncClient::State::Idle, 20000);
        QCOMPARE(outcome.size(), 1);
        QCOMPARE(outcome.first().at(1).toString(), u"confirmed"_s);
        const QString reference = RegistrationRepository(d->db.connection()).signup(id)->referenceCode;
        QCOMPARE(columnsHolding(), QStringList());
        QCOMPARE(grep(), 0);
        d->client.reset();
        d->db.close();
        QCOMPARE(grep(), 0);
        // What stays: the reference code and the status.
        Database again;
        QCOMPARE(again.open(d->path), Database::Status::Open);
        const auto s = RegistrationRepository(again.connection()).signup(id);
        QVERIFY(s);
        QCOMPARE(s->referenceCode, reference);
        QCOMPARE(s->state, SignupState::Confirmed);
        QVERIFY(s->personId.isEmpty());
    }
};

QTEST_MAIN(TestSyncFaults)
#include "tst_sync_faults.moc"
