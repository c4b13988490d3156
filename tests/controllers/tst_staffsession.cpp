// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "controllers/staffsession.h"
#include "protocol/mutation.h"
#include "storage/database.h"
#include "storage/outbox.h"
#include "storage/staffrepository.h"
#include "sync/staffapi.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// The server's side of the sign-in, answered by the test when it chooses.
class FakeStaffApi : public StaffApi
{
public:
    bool staffTablet = true;
    int logins = 0;
    Wire::StaffLoginRequest lastRequest;
    QString session;            // the token the tablet sends now
    LoginDone pending;

    bool isStaffTablet() const override { return staffTablet; }
    void setSession(const QString &token) override { session = token; }
    void login(const Wire::StaffLoginRequest &request, QObject *, LoginDone done) override
    {
        ++logins;
        lastRequest = request;
        pending = std::move(done);
    }
    void results(const Meedoen::ResultsFilter &, QObject *, ResultsDone done) override { done(std::nullopt); }

    void answer(const LoginAnswer &a)
    {
        QVERIFY(pending);
        const LoginDone done = std::exchange(pending, {});
        done(a);
    }
    static LoginAnswer accepted(const QString &staffId,
                                const QStringList &roles = {u"coordinator"_s, u"consultant"_s, u"viewer"_s, u"admin"_s})
    {
        Wire::StaffLoginReply reply;
        reply.roles = roles;
        reply.staffId = staffId;
        reply.login = u"fatma"_s;
        reply.name = u"Fatma Demir"_s;
        reply.sites = {u"site-a"_s};
        reply.sessionToken = u"token-"_s + staffId;
        reply.expiresAt = QDateTime(QDate(2026, 11, 28), QTime(17, 0), Qt::UTC);
        return {200, 0, reply, QString()};
    }
};

} // namespace

// The staff tablet's session: the online sign-in through a StaffApi the test answers, the PIN
// chosen, asked and confirmed, the idle lock, and mutations queued in the staff member's name.
class TestStaffSession : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_count = 0;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<FakeStaffApi> m_api;
    std::unique_ptr<StaffSession> m_session;
    QDateTime m_now;
    const QString m_pin = u"24680"_s;
    const QString m_staffId = u"7f0c6f64-5a8b-4f41-9a2a-0f3e1d7c5b21"_s;

    // Signed in online and a PIN chosen: unlocked.
    void signedIn()
    {
        m_session->login(u" fatma "_s, u"secret"_s);
        m_api->answer(FakeStaffApi::accepted(m_staffId));
        QCOMPARE(m_session->stage(), StaffSession::Stage::ChoosePin);
        QVERIFY(m_session->choosePin(m_pin, m_pin));
        QCOMPARE(m_session->stage(), StaffSession::Stage::Unlocked);
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QVERIFY(m_dir.isValid());
        m_db = std::make_unique<Database>();
        QCOMPARE(m_db->open(m_dir.filePath(u"session-%1.db"_s.arg(++m_count))), Database::Status::Open);
        m_now = QDateTime(QDate(2026, 11, 28), QTime(9, 0), Qt::UTC);
        m_api = std::make_unique<FakeStaffApi>();
        m_session = std::make_unique<StaffSession>(m_db.get(), m_api.get(), nullptr, [this] { return m_now; },
                                                   StaffPinGuard::Cost::Minimum);
    }
    void cleanup()
    {
        m_session.reset();
        m_api.reset();
        m_db.reset();
    }

    void signInThenChoosePin()
    {
        QCOMPARE(m_session->stage(), StaffSession::Stage::SignIn);
        QSignalSpy stage(m_session.get(), &StaffSession::stageChanged);
        QVERIFY(stage.isValid());
        QSignalSpy busy(m_session.get(), &StaffSession::busyChanged);
        QVERIFY(busy.isValid());

        m_session->login(u" fatma "_s, u"secret"_s);
        QCOMPARE(m_api->logins, 1);
        QCOMPARE(m_api->lastRequest.login, u"fatma"_s);
        QCOMPARE(m_api->lastRequest.password, u"secret"_s);
        QVERIFY(m_session->busy());
        m_api->answer(FakeStaffApi::accepted(m_staffId));
        QVERIFY(!m_session->busy());
        QCOMPARE(busy.size(), 2);
        QCOMPARE(stage.size(), 1);
        QCOMPARE(m_session->stage(), StaffSession::Stage::ChoosePin);
        QCOMPARE(m_session->staffId(), m_staffId);
        QCOMPARE(m_session->staffName(), u"Fatma Demir"_s);
        QCOMPARE(m_api->session, u"token-"_s + m_staffId);
        QVERIFY(m_session->hasServerSession());
        QCOMPARE(m_session->accounts().size(), 1);
        QVERIFY(!m_session->accounts().constFirst().toMap().value(u"hasPin"_s).toBool());

        // The PIN: twice the same, and not an easy one.
        QVERIFY(!m_session->choosePin(m_pin, u"24681"_s));
        QVERIFY(m_session->message().contains(u"niet gelijk"_s));
        QVERIFY(!m_session->choosePin(u"12345"_s, u"12345"_s));
        QCOMPARE(m_session->stage(), StaffSession::Stage::ChoosePin);
        QVERIFY(m_session->choosePin(m_pin, m_pin));
        QCOMPARE(m_session->stage(), StaffSession::Stage::Unlocked);
        QVERIFY(m_session->message().isEmpty());
        QVERIFY(m_session->accounts().constFirst().toMap().value(u"hasPin"_s).toBool());
    }

    void signInRefusedSaysWhy_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("retryAfter");
        QTest::addColumn<QString>("problem");
        QTest::addColumn<QString>("says");
        QTest::newRow("offline") << 0 << 0 << QString() << u"Geen verbinding"_s;
        QTest::newRow("wrong password") << 401 << 0 << u"login-failed"_s << u"klopt niet"_s;
        QTest::newRow("other site") << 403 << 0 << u"site-not-allowed"_s << u"locatie van deze tablet"_s;
        QTest::newRow("locked account") << 423 << 0 << u"login-locked"_s << u"beheerder"_s;
        // A lock that ends by itself says when, in minutes, and that the administrator can lift it.
        QTest::newRow("locked for an hour") << 423 << 3540 << u"login-locked"_s << u"over 59 minu"_s;
        QTest::newRow("too many") << 429 << 30 << u"login-backoff"_s << u"30 seconde"_s;
        QTest::newRow("too many, minutes") << 429 << 900 << u"login-backoff"_s << u"over 15 minu"_s;
        QTest::newRow("server busy") << 429 << 2 << u"signin-busy"_s << u"druk"_s;
        QTest::newRow("server error") << 500 << 0 << QString() << u"(500)"_s;
        QTest::newRow("unreadable answer") << 200 << 0 << QString() << u"niet worden opgeslagen"_s;
    }

    void signInRefusedSaysWhy()
    {
        QFETCH(int, status);
        QFETCH(int, retryAfter);
        QFETCH(QString, problem);
        QFETCH(QString, says);
        QSignalSpy message(m_session.get(), &StaffSession::messageChanged);
        QVERIFY(message.isValid());
        m_session->login(u"fatma"_s, u"secret"_s);
        m_api->answer(StaffApi::LoginAnswer{status, retryAfter, std::nullopt, problem});
        QVERIFY2(m_session->message().contains(says), qPrintable(m_session->message()));
        QCOMPARE(m_session->retryAfterSeconds(), retryAfter);
        QCOMPARE(m_session->stage(), StaffSession::Stage::SignIn);
        QVERIFY(m_session->staffId().isEmpty());
        QVERIFY(m_session->accounts().isEmpty());
        QVERIFY(!message.isEmpty());
    }

    void signInNeedsAnEnrolledTabletAndBothFields()
    {
        m_session->login(u"fatma"_s, QString());
        QVERIFY(m_session->message().contains(u"wachtwoord"_s));
        m_api->staffTablet = false;
        m_session->login(u"fatma"_s, u"secret"_s);
        QVERIFY(m_session->message().contains(u"nog niet gekoppeld"_s));
        QCOMPARE(m_api->logins, 0);
        QVERIFY(!m_session->busy());
    }

    void lockAndUnlockWithThePin()
    {
        signedIn();
        m_session->lock();
        QCOMPARE(m_session->stage(), StaffSession::Stage::Locked);
        QVERIFY(m_session->staffId().isEmpty());
        QVERIFY(m_api->session.isEmpty());
        QVERIFY(!m_session->requireUnlocked());
        QVERIFY(m_session->message().contains(u"pincode"_s));

        QVERIFY(!m_session->unlock(m_staffId, u"13579"_s));
        QVERIFY(m_session->message().startsWith(u"Pincode klopt niet"_s));
        QCOMPARE(m_session->stage(), StaffSession::Stage::Locked);
        // The back-off after a wrong PIN runs on the tablet's clock.
        m_now = m_now.addSecs(60);
        QVERIFY(m_session->unlock(m_staffId, m_pin));
        QCOMPARE(m_session->stage(), StaffSession::Stage::Unlocked);
        QCOMPARE(m_session->staffId(), m_staffId);
        // Signed in online since the app started: the server is asked in their name again.
        QCOMPARE(m_api->session, u"token-"_s + m_staffId);

        // Someone never signed in here cannot unlock.
        m_session->lock();
        QVERIFY(!m_session->unlock(u"somebody"_s, m_pin));
        QVERIFY(m_session->message().contains(u"online"_s));

        // Another colleague: back to the online sign-in.
        QVERIFY(m_session->unlock(m_staffId, m_pin));
        m_session->addColleague();
        QCOMPARE(m_session->stage(), StaffSession::Stage::SignIn);
        QVERIFY(m_session->staffId().isEmpty());
    }

    void confirmPinBeforeSensitiveSteps()
    {
        QVERIFY(!m_session->confirmPin(m_pin)); // nobody unlocked
        signedIn();
        QVERIFY(m_session->confirmPin(m_pin));
        QVERIFY(!m_session->confirmPin(u"13579"_s));
        QVERIFY(m_session->message().contains(u"Pincode klopt niet"_s));
        // Still unlocked: a wrong confirmation does not lock the tablet.
        QCOMPARE(m_session->stage(), StaffSession::Stage::Unlocked);
    }

    void locksItselfWhenIdle()
    {
        signedIn();
        QCOMPARE(m_session->idleTimeoutMs(), 2 * 60 * 1000);
        QSignalSpy stage(m_session.get(), &StaffSession::stageChanged);
        QVERIFY(stage.isValid());
        m_session->setIdleTimeoutMs(20);
        QCOMPARE(m_session->idleTimeoutMs(), 20);
        QVERIFY(stage.wait(5000));
        QCOMPARE(m_session->stage(), StaffSession::Stage::Locked);
        QVERIFY(m_session->staffId().isEmpty());
        // The lock is in the tablet's own audit trail.
        const QVariantList audit = StaffRepository(m_db->connection()).audit(10);
        QVERIFY(std::any_of(audit.cbegin(), audit.cend(),
                            [](const QVariant &v) { return v.toMap().value(u"action"_s).toString() == "lock"_L1; }));
        // A locked tablet does not unlock by being touched.
        m_session->touch();
        QCOMPARE(m_session->stage(), StaffSession::Stage::Locked);
    }

    // The roles the server named at sign-in decide what the screens offer (permissions, can())
    // and what may be queued; they stay with the account for offline work behind the PIN, and
    // the next sign-in brings the server's roles of now.
    void rolesFromTheSignInDecideWhatMayBeDone()
    {
        QSignalSpy roles(m_session.get(), &StaffSession::rolesChanged);
        QVERIFY(roles.isValid());
        QVERIFY(m_session->roles().isEmpty()); // nobody unlocked
        m_session->login(u"fatma"_s, u"secret"_s);
        m_api->answer(FakeStaffApi::accepted(m_staffId, {u"viewer"_s}));
        QVERIFY(m_session->choosePin(m_pin, m_pin));
        QVERIFY(roles.size() > 0);
        QCOMPARE(m_session->roles(), QStringList{u"viewer"_s});
        QCOMPARE(m_session->permissions(), QStringList{u"dashboard"_s});
        QVERIFY(m_session->can(u"dashboard"_s));
        QVERIFY(!m_session->can(u"review"_s));

        // A viewer's decision is not queued (the screens do not offer it; this is the net).
        Wire::DecisionPayload decision;
        decision.signupId = u"s1"_s;
        decision.seenVersion = 1;
        QVERIFY(!m_session->queue(decision, u"s1"_s));
        QVERIFY(m_session->message().contains(u"rol"_s));
        QCOMPARE(Outbox(m_db->connection()).pending(10).size(), 0);

        // Locked and unlocked offline: the same roles, from the tablet's own copy.
        m_session->lock();
        QVERIFY(m_session->roles().isEmpty());
        QVERIFY(m_session->unlock(m_staffId, m_pin));
        QCOMPARE(m_session->roles(), QStringList{u"viewer"_s});

        // Made consultant and admin on the server: the next sign-in says so.
        m_session->addColleague();
        m_session->login(u"fatma"_s, u"secret"_s);
        m_api->answer(FakeStaffApi::accepted(m_staffId, {u"consultant"_s, u"admin"_s}));
        QCOMPARE(m_session->stage(), StaffSession::Stage::Unlocked);
        QCOMPARE(m_session->permissions(),
                 (QStringList{u"dashboard"_s, u"intake"_s, u"review"_s, u"hours"_s, u"trajectories"_s,
                              u"staff-accounts"_s, u"devices"_s, u"erasure"_s}));
        QVERIFY(m_session->queue(decision, u"s1"_s));
        QCOMPARE(Outbox(m_db->connection()).pending(10).size(), 1);
    }

    void queuesInTheStaffMembersName()
    {
        QSignalSpy queued(m_session.get(), &StaffSession::queued);
        QVERIFY(queued.isValid());
        QSignalSpy revision(m_session.get(), &StaffSession::revisionChanged);
        QVERIFY(revision.isValid());
        signedIn();
        const int before = m_session->revision();
        Wire::HoursVerifyPayload payload;
        payload.entryId = u"h1"_s;
        QVERIFY(m_session->queue(payload, u"h1"_s));
        QCOMPARE(queued.size(), 1);
        QCOMPARE(m_session->revision(), before + 1);
        const auto pending = Outbox(m_db->connection()).pending(10);
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.constFirst().kind, Wire::MutationKind::HoursVerify);
        payload.staffId = m_staffId;
        QCOMPARE(pending.constFirst().payload, Wire::toJson(payload));
    }
};

QTEST_GUILESS_MAIN(TestStaffSession)
#include "tst_staffsession.moc"
