// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Staff sign-in that cannot be turned against staff (issue 17, docs/security/signin.md),
// against the real server process: back-off per login and per tablet, a lock that ends by
// itself, unknown logins answered and counted like known ones, Argon2id on worker threads
// behind a bounded queue (429 when full), and other devices' pulls staying fast while 50
// tablets send sign-ins with unknown logins. The server's clock is a file the test moves
// (MEEDOEN_SERVER_TEST_CLOCK_FILE): no sleeps. SQLite by default; with MEEDOEN_TEST_PG=1
// (under pg_virtualenv) on PostgreSQL.

#include "common/sanitizers.h"
#include "common/serverharness.h"

#include <QAtomicInt>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QThread>
#include <QUuid>

#include <QScopeGuard>
#include <QTimer>

#include <algorithm>
#include <array>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QString kPassword = u"correct horse battery"_s;
const QString kWrong = u"Tr0mbone-staple"_s;

struct Tablet
{
    QString id;
    QByteArray token;
};

double percentile(QList<double> samples, double p)
{
    if (samples.isEmpty())
        return 0;
    std::sort(samples.begin(), samples.end());
    const qsizetype i = std::min(samples.size() - 1, qsizetype(p * double(samples.size())));
    return samples.at(i);
}

// Tablets that keep sending sign-ins with unknown logins and wrong passwords, each again as
// soon as its password was checked (after a 429, when Retry-After says: a flood of cheap
// requests is the rate limit's business, this is about the cost of Argon2id), from a thread
// of their own so the test's pulls are not queued behind them. Several network managers, as
// one opens at most six connections to a host.
class SignInFlood : public QObject
{
public:
    SignInFlood(quint16 port, QList<QByteArray> tokens) : m_port(port), m_tokens(std::move(tokens)) {}

    void start()
    {
        QMetaObject::invokeMethod(this, [this] {
            m_running = true;
            if (m_nams.isEmpty()) {
                for (qsizetype i = 0; i < (m_tokens.size() + 5) / 6; ++i)
                    m_nams.append(new QNetworkAccessManager(this));
            }
            for (qsizetype i = 0; i < m_tokens.size(); ++i)
                send(i);
        });
    }
    // Stops sending; true once every request sent has been answered.
    void stop()
    {
        QMetaObject::invokeMethod(this, [this] { m_running = false; });
    }
    bool drained() const { return m_outstanding.loadAcquire() == 0; }
    int outstanding() const { return m_outstanding.loadAcquire(); }
    int sent() const { return m_sent.loadAcquire(); }
    int answered(int status) const { return status == 401 ? m_failed.loadAcquire() : m_busy.loadAcquire(); }
    int others() const { return m_other.loadAcquire(); }

private:
    void send(qsizetype i)
    {
        QNetworkRequest req(QUrl(u"http://127.0.0.1:%1/v1/staff/login"_s.arg(m_port)));
        req.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
        req.setRawHeader("Authorization"_ba, "Bearer " + m_tokens.at(i));
        const QJsonObject body{{u"login"_s, QString(u"nobody-"_s + QUuid::createUuid().toString(QUuid::Id128))},
                               {u"password"_s, kWrong}};
        m_outstanding.ref();
        m_sent.ref();
        QNetworkReply *reply = m_nams.at(i % m_nams.size())->post(req, QJsonDocument(body).toJson(QJsonDocument::Compact));
        connect(reply, &QNetworkReply::finished, this, [this, reply, i] {
            reply->deleteLater();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QString type = QJsonDocument::fromJson(reply->readAll()).object().value(u"type"_s).toString();
            if (status == 401)
                m_failed.ref();
            else if (status == 429 && type.endsWith(u"signin-busy"_s))
                m_busy.ref();
            else if (status != 429)
                m_other.ref();
            m_outstanding.deref();
            if (!m_running)
                return;
            if (status != 429)
                send(i);
            else
                QTimer::singleShot(std::chrono::seconds(std::clamp(reply->rawHeader("Retry-After"_ba).toInt(), 1, 5)), this,
                                   [this, i] {
                                       if (m_running)
                                           send(i);
                                   });
        });
    }

    quint16 m_port;
    QList<QByteArray> m_tokens;
    QList<QNetworkAccessManager *> m_nams;
    bool m_running = false; // on the flood's thread only
    QAtomicInt m_outstanding;
    QAtomicInt m_sent;
    QAtomicInt m_failed;
    QAtomicInt m_busy;
    QAtomicInt m_other;
};

} // namespace

class TestStaffSignin : public QObject, public ServerHarness
{
    Q_OBJECT

public:
    TestStaffSignin() : ServerHarness(u"signin"_s) {}

private:
    QString m_clockFile;
    QDateTime m_now;
    std::unique_ptr<QProcess> m_server; // `serve`, its log lines kept apart for reading

    // `serve` with the test clock and the given sign-in options; its stderr is kept.
    bool startSigninServer(const QStringList &extra = {})
    {
        m_server = std::make_unique<QProcess>();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"MEEDOEN_SERVER_TEST_CLOCK_FILE"_s, m_clockFile);
        m_port = SyncFixture::startServe(*m_server, TestPaths::serverBinary(), m_db,
                                         QStringList{u"--rate-limit"_s, u"1000000"_s} + extra, env,
                                         QProcess::SeparateChannels);
        return m_port != 0;
    }

    void stopSigninServer()
    {
        if (!m_server)
            return;
        m_server->kill();
        m_server->waitForFinished(10000);
        m_server.reset();
    }

    // The security lines the server wrote so far (meedoen.security).
    QList<QJsonObject> securityEvents()
    {
        QList<QJsonObject> events;
        m_securityLog += m_server->readAllStandardError();
        for (const QByteArray &line : m_securityLog.split('\n')) {
            const qsizetype brace = line.indexOf('{');
            if (brace < 0)
                continue;
            const QJsonObject o = QJsonDocument::fromJson(line.mid(brace)).object();
            if (o.contains(u"event"_s))
                events.append(o);
        }
        return events;
    }
    QByteArray m_securityLog;

    void advance(qint64 seconds)
    {
        m_now = m_now.addSecs(seconds);
        QFile f(m_clockFile);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(m_now.toString(Qt::ISODateWithMs).toUtf8());
    }

    Tablet tablet(const QString &site)
    {
        const Enrolled e = enroll(u"staff"_s, site);
        return {e.deviceId, e.token};
    }

    bool addStaff(const QString &login, const QStringList &sites)
    {
        QStringList args{u"staff"_s, u"add"_s, u"--name"_s, login, u"--login"_s, login, u"--db"_s, m_db};
        for (const QString &s : sites)
            args << u"--site"_s << s;
        return cli(args, kPassword.toUtf8() + '\n').exitCode == 0;
    }

    Reply login(const Tablet &t, const QString &loginName, const QString &password)
    {
        return post(u"/v1/staff/login"_s, {{u"login"_s, loginName}, {u"password"_s, password}}, t.token);
    }

    static QString type(const Reply &r) { return r.json().value(u"type"_s).toString().section(u':', -1); }

    // Wrong passwords from `t` for `loginName`, each as soon as the server allows (the clock
    // moved by its Retry-After), until the server answers `until` or `max` tries were made;
    // the last answer.
    Reply guessUntil(const Tablet &t, const QString &loginName, int until, int max = 40)
    {
        Reply r;
        for (int i = 0; i < max; ++i) {
            r = login(t, loginName, kWrong);
            if (r.status == until)
                return r;
            if (r.status == 429)
                advance(r.retryAfter.toInt());
            else if (r.status != 401)
                return r;
        }
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_clockFile = m_dir.filePath(u"clock"_s);
        qInfo("backend: %s", m_pg ? "PostgreSQL" : "SQLite");
    }

    void init()
    {
        m_now = QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);
        advance(0);
        m_securityLog.clear();
        freshDatabase();
        QVERIFY(m_serve.importCatalogue(2, 40));
        QVERIFY(addStaff(u"anna"_s, {u"site-a"_s}));
        QVERIFY(addStaff(u"kees"_s, {u"site-a"_s, u"site-b"_s}));
    }

    void cleanup() { stopSigninServer(); }

    // A tablet's mistakes make that tablet wait, whatever login it tries next; another tablet
    // is not held up by them, and the staff member signs in there once the login's own short
    // wait is over. What the server logs names the tablet and counts, never a login typed or
    // a password.
    void backoffPerTabletAndPerLogin()
    {
        QVERIFY(startSigninServer());
        const Tablet hostile = tablet(u"site-b"_s);
        const Tablet own = tablet(u"site-a"_s);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(login(hostile, u"anna"_s, kWrong).status, 401);
        Reply wait = login(hostile, u"kees"_s, kPassword);
        QCOMPARE(wait.status, 429);
        QCOMPARE(type(wait), u"login-backoff"_s);
        QCOMPARE(wait.retryAfter, "1"_ba);
        // The own tablet is not held up by the other one: kees signs in at once.
        QCOMPARE(login(own, u"kees"_s, kPassword).status, 200);
        // anna's login waits its own second (three mistakes), on every tablet; then it opens.
        wait = login(own, u"anna"_s, kPassword);
        QCOMPARE(wait.status, 429);
        QCOMPARE(wait.retryAfter, "1"_ba);
        advance(1);
        QCOMPARE(login(own, u"anna"_s, kPassword).status, 200);
        // The hostile tablet's wait doubles with its next mistake, on any login.
        QCOMPARE(login(hostile, u"someone-else"_s, kWrong).status, 401);
        wait = login(hostile, u"anna"_s, kWrong);
        QCOMPARE(wait.status, 429);
        QCOMPARE(wait.retryAfter, "2"_ba);

        const QList<QJsonObject> events = securityEvents();
        int failed = 0;
        for (const QJsonObject &e : events) {
            if (e.value(u"event"_s).toString() == "login-failed"_L1) {
                ++failed;
                QCOMPARE(e.value(u"device"_s).toString(), hostile.id);
                QVERIFY(e.value(u"attempts"_s).toInt() >= 1);
            }
        }
        QCOMPARE(failed, 4);
        QVERIFY(std::any_of(events.begin(), events.end(), [](const QJsonObject &e) {
            return e.value(u"event"_s).toString() == "login-rate-limited"_L1;
        }));
        for (const QByteArray &secret : {"anna"_ba, "kees"_ba, "someone-else"_ba, kWrong.toUtf8(), kPassword.toUtf8()})
            QVERIFY2(!m_securityLog.contains(secret), secret.constData());
    }

    // Ten wrong passwords in a row lock the login; the lock ends by itself (here after the
    // configured 5 minutes), an administrator can still lift it sooner.
    void lockEndsByItself()
    {
        QVERIFY(startSigninServer({u"--signin-lock-minutes"_s, u"5"_s}));
        const Tablet own = tablet(u"site-a"_s);
        Reply locked = guessUntil(own, u"anna"_s, 423);
        QCOMPARE(locked.status, 423);
        locked = login(own, u"anna"_s, kPassword);
        QCOMPARE(locked.status, 423);
        QCOMPARE(type(locked), u"login-locked"_s);
        QCOMPARE(locked.retryAfter, "300"_ba);
        const QList<QJsonObject> events = securityEvents();
        QCOMPARE(std::count_if(events.begin(), events.end(),
                               [](const QJsonObject &e) { return e.value(u"event"_s).toString() == "login-locked"_L1; }),
                 1);

        advance(299);
        QCOMPARE(login(own, u"anna"_s, kPassword).status, 423);
        advance(1);
        QCOMPARE(login(own, u"anna"_s, kPassword).status, 200);

        // Locked again; `staff unlock` lifts it at once.
        QCOMPARE(guessUntil(own, u"anna"_s, 423).status, 423);
        QCOMPARE(cli({u"staff"_s, u"unlock"_s, u"anna"_s, u"--db"_s, m_db}).exitCode, 0);
        advance(128); // the tablet's own wait after ten mistakes, not the lock
        QCOMPARE(login(own, u"anna"_s, kPassword).status, 200);
    }

    // A hostile tablet of another site locks a staff member once (an hour, the default); its
    // own wait then grows faster than the lock needs mistakes, so in the hour after the lock
    // ends it cannot lock them again, and they sign in.
    void hostileTabletCannotKeepALock()
    {
        QVERIFY(startSigninServer());
        const Tablet hostile = tablet(u"site-b"_s);
        const Tablet own = tablet(u"site-a"_s);
        const QDateTime started = m_now;
        Reply r = guessUntil(hostile, u"anna"_s, 423);
        QCOMPARE(r.status, 423);
        qInfo("locked after %lld s of guessing", qlonglong(started.secsTo(m_now)));
        r = login(own, u"anna"_s, kPassword);
        QCOMPARE(r.status, 423);
        const int lockLeft = r.retryAfter.toInt();
        QVERIFY2(lockLeft > 3500 && lockLeft <= 3600, r.retryAfter.constData());
        advance(lockLeft);
        const QDateTime lockEnded = m_now;

        int mistakes = 0;
        while (m_now.secsTo(lockEnded.addSecs(3600)) > 0) {
            r = login(hostile, u"anna"_s, kWrong);
            QVERIFY2(r.status == 401 || r.status == 429, r.body.constData());
            if (r.status == 401)
                ++mistakes;
            else
                advance(r.retryAfter.toInt());
        }
        qInfo("hostile tablet's mistakes in the hour after the lock: %d", mistakes);
        QVERIFY(mistakes < 10);
        advance(3600); // anna's own short wait after those mistakes
        QCOMPARE(login(own, u"anna"_s, kPassword).status, 200);
    }

    // An unknown login is answered exactly like a known one with a wrong password, waits and
    // locks after as many mistakes, and costs the server as long (it is checked against a
    // real Argon2id hash).
    void unknownLoginsAnswerAndCountAlike()
    {
        QVERIFY(startSigninServer());
        const Tablet one = tablet(u"site-a"_s);
        const Tablet two = tablet(u"site-a"_s);
        QList<double> knownMs;
        QList<double> unknownMs;
        for (int i = 0; i < 30; ++i) {
            QElapsedTimer timer;
            timer.start();
            const Reply known = login(one, u"anna"_s, kWrong);
            const double knownTook = double(timer.nsecsElapsed()) / 1e6;
            timer.restart();
            const Reply unknown = login(two, u"annabel"_s, kWrong);
            const double unknownTook = double(timer.nsecsElapsed()) / 1e6;
            QCOMPARE(unknown.status, known.status);
            QCOMPARE(unknown.body, known.body);
            QCOMPARE(unknown.retryAfter, known.retryAfter);
            if (known.status == 401) {
                knownMs.append(knownTook);
                unknownMs.append(unknownTook);
            }
            if (known.status == 429)
                advance(known.retryAfter.toInt());
            if (known.status == 423)
                break;
        }
        QCOMPARE(knownMs.size(), 10);
        QCOMPARE(login(two, u"annabel"_s, kWrong).status, 423);
        const double known = percentile(knownMs, 0.5);
        const double unknown = percentile(unknownMs, 0.5);
        qInfo("median wrong-password answer: known login %.1f ms, unknown login %.1f ms", known, unknown);
        QVERIFY2(unknown > known / 2 && unknown < known * 2, qPrintable(u"%1 vs %2"_s.arg(unknown).arg(known)));
    }

    // With one worker and one waiting place, sign-ins beyond them are answered 429 at once,
    // with a Retry-After, and are not counted as mistakes.
    void fullQueueAnswers429()
    {
        QVERIFY(startSigninServer({u"--signin-workers"_s, u"1"_s, u"--signin-queue"_s, u"1"_s}));
        QList<Tablet> tablets;
        for (int i = 0; i < 12; ++i)
            tablets.append(tablet(u"site-a"_s));
        std::array<QNetworkAccessManager, 2> nams;
        QList<QNetworkReply *> replies;
        for (qsizetype i = 0; i < tablets.size(); ++i) {
            QNetworkRequest req = request(u"/v1/staff/login"_s, tablets.at(i).token);
            replies.append(nams.at(size_t(i % 2)).post(
                req, QJsonDocument(QJsonObject{{u"login"_s, u"anna"_s}, {u"password"_s, kWrong}}).toJson()));
        }
        int failed = 0;
        int busy = 0;
        for (QNetworkReply *reply : replies) {
            const Reply r = finish(reply);
            if (r.status == 401) {
                ++failed;
            } else {
                QCOMPARE(r.status, 429);
                QCOMPARE(type(r), u"signin-busy"_s);
                QCOMPARE(r.contentType, "application/problem+json"_ba);
                QVERIFY(r.retryAfter.toInt() >= 1);
                ++busy;
            }
        }
        qInfo("12 sign-ins at once: %d checked, %d answered busy", failed, busy);
        QVERIFY(busy > 0);
        QVERIFY(failed >= 2);
        // Only the checked ones counted: anna's login has `failed` mistakes, so with three or
        // fewer a right password goes through at once.
        const Reply anna = login(tablets.constLast(), u"anna"_s, kPassword);
        QCOMPARE(anna.status, failed <= 3 ? 200 : 429);
        const QList<QJsonObject> events = securityEvents();
        QVERIFY(std::any_of(events.begin(), events.end(), [](const QJsonObject &e) {
            return e.value(u"event"_s).toString() == "login-rate-limited"_L1
                && e.value(u"reason"_s).toString() == "busy"_L1;
        }));
    }

    // The probe: 50 sign-ins with unknown logins at once made other devices' pulls take a
    // median 525 ms instead of 2 ms. Now a phone's pulls while 50 tablets keep sending them
    // stay within twice their time without, p95 against p95, measured while the workers are
    // busy with the passwords (after the burst of 50 requests itself was answered or queued);
    // idle and flood rounds alternate so a machine busy with other work weighs on both alike.
    // On a machine whose other core is taken, the worker still takes a share of the event
    // loop's core and a pull of 1.5 ms took 4.5 ms: so also within 10 ms of the idle time,
    // far below one password check (50–200 ms), which a pull waiting for a check would add.
    void pullsStayFastDuringSignInFlood()
    {
        // On PostgreSQL the cluster runs on the same two cores: its backend, the event loop and
        // the worker need three, and pulls measured 2–4× slower (docs/security/signin.md,
        // Limits). The guarantee is measured where the database does not share the cores.
        if (m_pg)
            QSKIP("PostgreSQL shares this machine's cores with the worker; see docs/security/signin.md");
        if (Sanitizers::kAddress)
            QSKIP("a latency ratio under AddressSanitizer says nothing; measured in the ordinary build");
        constexpr int kCapacity = 1 + 8; // one worker, eight waiting (the default queue)
        QVERIFY(startSigninServer({u"--signin-workers"_s, u"1"_s, u"--signin-queue"_s, u"8"_s}));
        const Enrolled phone = enroll(u"phone"_s, u"site-a"_s);
        QVERIFY(!phone.token.isEmpty());
        QList<QByteArray> tokens;
        for (int i = 0; i < 50; ++i) {
            const Tablet t = tablet(u"site-a"_s);
            QVERIFY(!t.token.isEmpty());
            tokens.append(t.token);
        }
        QThread floodThread;
        SignInFlood flood(m_port, tokens);
        flood.moveToThread(&floodThread);
        floodThread.start();
        const auto cleanupFlood = qScopeGuard([&] {
            flood.stop();
            QTRY_VERIFY_WITH_TIMEOUT(flood.drained(), 60000);
            QMetaObject::invokeMethod(&flood, [&flood] { flood.moveToThread(QCoreApplication::instance()->thread()); },
                                      Qt::BlockingQueuedConnection);
            floodThread.quit();
            floodThread.wait();
        });

        const auto pull = [&] {
            QElapsedTimer timer;
            timer.start();
            const Reply r = get(u"/v1/pull?limit=200"_s, phone.token);
            const double ms = double(timer.nsecsElapsed()) / 1e6;
            return r.status == 200 ? ms : -1.0;
        };
        QList<double> idle;
        QList<double> flooded;
        constexpr int kRounds = 10;
        constexpr int kPerRound = 40;
        int checkedDuring = 0;
        for (int round = 0; round < kRounds; ++round) {
            for (int i = 0; i < kPerRound; ++i)
                idle.append(pull());
            // Every tablet may try again (their own waits are over), so the workers are full.
            advance(6 * 3600);
            const int busyBefore = flood.answered(429);
            const int sentBefore = flood.sent();
            flood.start();
            QTRY_VERIFY_WITH_TIMEOUT(flood.sent() >= sentBefore + 50 && flood.outstanding() <= kCapacity, 30000);
            QVERIFY(flood.answered(429) > busyBefore); // the workers and their queue are full
            const int checkedBefore = flood.answered(401);
            for (int i = 0; i < kPerRound; ++i)
                flooded.append(pull());
            checkedDuring += flood.answered(401) - checkedBefore;
            flood.stop();
            QTRY_VERIFY_WITH_TIMEOUT(flood.drained(), 60000);
        }
        QVERIFY(!idle.contains(-1.0));
        QVERIFY(!flooded.contains(-1.0));
        QCOMPARE(flood.others(), 0);
        const double idleP95 = percentile(idle, 0.95);
        const double floodP95 = percentile(flooded, 0.95);
        qInfo("pull p95: idle %.2f ms, during the flood %.2f ms (medians %.2f / %.2f ms; %d pulls each; %d sign-ins "
              "checked, %d of them while the flood's pulls ran, %d answered busy)",
              idleP95, floodP95, percentile(idle, 0.5), percentile(flooded, 0.5), int(idle.size()), flood.answered(401),
              checkedDuring, flood.answered(429));
        constexpr double kSlackMs = 10;
        QVERIFY2(floodP95 <= qMax(2 * idleP95, idleP95 + kSlackMs),
                 qPrintable(u"p95 %1 ms against %2 ms idle"_s.arg(floodP95).arg(idleP95)));
    }
};

QTEST_GUILESS_MAIN(TestStaffSignin)
#include "tst_staff_signin.moc"
