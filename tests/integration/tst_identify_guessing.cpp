// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// A tenant's record cannot be pulled by guessing their date of birth (issue 17, GUESS;
// docs/security/guess.md). The real meedoen-server on 127.0.0.1, SQLite by default and
// PostgreSQL with MEEDOEN_TEST_PG=1, driven the way a hostile phone or kiosk would drive it:
// the probe's 8,000 guesses, the per-code lock across devices, the per-device back-off, and
// `meedoen-server codes unlock`.

#include "core/attemptpolicy.h"
#include "core/personalcode.h"

#include "common/serverharness.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Meedoen;

class TestIdentifyGuessing : public QObject, public ServerHarness
{
    Q_OBJECT

public:
    TestIdentifyGuessing() : ServerHarness(u"guess"_s) {}

private:
    // The tenant whose record the attacker is after: registered at a kiosk, the personal code
    // on their receipt, born on a date the probe's 8,000 dates from 1 January 1940 pass.
    struct Victim
    {
        Person person;
        QString signupId;
    };

    static QJsonObject mutation(qint64 seq, const QString &kind, const QJsonObject &payload)
    {
        return Fixtures::mutationJson(seq, kind, payload);
    }

    static QJsonObject identify(const QString &personalCode, QDate dateOfBirth)
    {
        return {{u"personalCode"_s, personalCode}, {u"dateOfBirth"_s, dateOfBirth.toString(Qt::ISODate)}};
    }

    static QJsonObject link(qint64 seq, const QString &personalCode, QDate dateOfBirth)
    {
        return mutation(seq, u"link"_s, {{u"identify"_s, identify(personalCode, dateOfBirth)}});
    }

    // A returning tenant's sign-up at a kiosk: the code and date say who it is (the personId
    // is the kiosk's own, unknown to the server).
    static QJsonObject returningSignup(qint64 seq, const QString &personalCode, QDate dateOfBirth)
    {
        QJsonObject payload = Fixtures::signupPayload(Fixtures::uuid(), u"open"_s);
        payload.insert(u"identify"_s, identify(personalCode, dateOfBirth));
        return mutation(seq, u"signup"_s, payload);
    }

    QJsonObject pushOne(const QByteArray &token, const QJsonObject &m)
    {
        const Reply r = post(u"/v1/push"_s, {{u"mutations"_s, QJsonArray{m}}}, token);
        if (r.status != 200)
            qWarning("push answered %d: %s", r.status, r.body.constData());
        return r.json().value(u"results"_s).toArray().at(0).toObject();
    }

    // Every change this device may pull, following `more`.
    QList<QJsonObject> pullAll(const QByteArray &token)
    {
        QList<QJsonObject> changes;
        QString cursor;
        for (int page = 0; page < 100; ++page) {
            const Reply r = get(u"/v1/pull?limit=200&cursor="_s + cursor, token);
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

    static bool mentions(const QList<QJsonObject> &changes, const QString &id)
    {
        return std::any_of(changes.begin(), changes.end(),
                           [&](const QJsonObject &c) { return c.value(u"id"_s).toString() == id; });
    }

    void setClock(const QDateTime &t)
    {
        QFile f(m_clockFile);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(t.toUTC().toString(Qt::ISODateWithMs).toUtf8());
    }

    Victim registerVictim(const Enrolled &kiosk, QDate dateOfBirth)
    {
        Victim v{Fixtures::person(u"Slachtoffer"_s), Fixtures::uuid()};
        QRandomGenerator rng(20261206);
        v.person.personalCode = generatePersonalCode(rng);
        v.person.dateOfBirth = dateOfBirth;
        const QJsonArray batch{mutation(1, u"registration"_s, Fixtures::registrationPayload(v.person)),
                               mutation(2, u"signup"_s, Fixtures::signupPayload(v.person.id, u"open"_s, v.signupId))};
        const Reply r = post(u"/v1/push"_s, {{u"mutations"_s, batch}}, kiosk.token);
        if (r.status != 200 || r.json().value(u"results"_s).toArray().at(1).toObject().value(u"status"_s).toString()
                                   != u"confirmed"_s)
            qWarning("registering the tenant answered %d: %s", r.status, r.body.constData());
        return v;
    }

    // What the server keeps of the guesses: no table may hold a date that was tried or the
    // code (only its hash), and nothing of what was sent is set aside as a conflict.
    void verifyNothingGuessedIsKept(const QString &personalCode, const QRegularExpression &datesTried)
    {
        for (const QString &table : {u"mutation"_s, u"audit"_s, u"identify_attempt"_s, u"conflict"_s}) {
            QSqlQuery q(m_serve.inspect());
            QVERIFY2(q.exec(u"SELECT * FROM "_s + table), qPrintable(table));
            while (q.next()) {
                QString row;
                for (int i = 0; i < q.record().count(); ++i)
                    row += q.value(i).toString() + u'|';
                QVERIFY2(!row.contains(personalCode), qPrintable(table + u": "_s + row));
                QVERIFY2(!datesTried.match(row).hasMatch(), qPrintable(table + u": "_s + row));
            }
        }
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
        freshDatabase();
        QVERIFY(m_serve.importCatalogue(3));
        m_now = QDateTime::currentDateTimeUtc();
        setClock(m_now);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"MEEDOEN_SERVER_TEST_CLOCK_FILE"_s, m_clockFile);
        QVERIFY(startServer({}, env));
    }

    void cleanup() { stopServer(); }

    // The probe of issue 17: one enrolled phone, the personal code from a receipt, 100 link
    // guesses per push with dates counting up from 1940-01-01 across the tenant's real date.
    // It must never link, and the phone's pulls must never hold the tenant's record.
    void replayedAttackNeverLinks()
    {
        const Enrolled kiosk = enroll(u"kiosk"_s, u"site-a"_s);
        const Enrolled phone = enroll(u"phone"_s, u"site-a"_s);
        QVERIFY(!kiosk.token.isEmpty() && !phone.token.isEmpty());
        const QDate first(1940, 1, 1);
        const Victim victim = registerVictim(kiosk, first.addDays(4321)); // guess 4,322 is right
        constexpr int kGuesses = 8000;
        constexpr int kPerPush = 100;
        QHash<QString, int> reasons;
        QElapsedTimer timer;
        timer.start();
        for (int pushed = 0; pushed < kGuesses; pushed += kPerPush) {
            QJsonArray batch;
            for (int i = pushed; i < pushed + kPerPush; ++i) {
                batch.append(link(i + 1, victim.person.personalCode, first.addDays(i)));
            }
            const Reply r = post(u"/v1/push"_s, {{u"mutations"_s, batch}}, phone.token);
            QCOMPARE(r.status, 200);
            const QJsonArray results = r.json().value(u"results"_s).toArray();
            QCOMPARE(results.size(), kPerPush);
            for (const QJsonValue &v : results) {
                const QJsonObject o = v.toObject();
                QVERIFY2(o.value(u"status"_s).toString() != u"linked"_s,
                         qPrintable(u"linked at seq %1"_s.arg(o.value(u"seq"_s).toInteger())));
                QCOMPARE(o.value(u"status"_s).toString(), u"refused"_s);
                ++reasons[o.value(u"reason"_s).toString()];
            }
        }
        const qint64 elapsed = timer.elapsed();
        qInfo("8,000 guesses in %lld ms: %d compared (identify-failed), %d refused unseen (identify-wait)",
              elapsed, reasons.value(u"identify-failed"_s), reasons.value(u"identify-wait"_s));
        // Three dates were compared (the device's free mistakes); every other guess was refused
        // before its date was looked at, the right one among them.
        QCOMPARE(reasons.value(u"identify-failed"_s), kIdentifyDevicePolicy.freeFailures);
        QCOMPARE(reasons.value(u"identify-wait"_s), kGuesses - kIdentifyDevicePolicy.freeFailures);
        const QList<QJsonObject> pulled = pullAll(phone.token);
        QVERIFY(!pulled.isEmpty());
        QVERIFY(!mentions(pulled, victim.person.id));
        QVERIFY(!mentions(pulled, victim.signupId));
        QCOMPARE(m_serve.count(u"SELECT COUNT(*) FROM device_person"_s), 0);
        // The dates tried run from 1940-01-01 to 1961-11-25: none of them, in any form the wire has.
        verifyNothingGuessedIsKept(victim.person.personalCode, QRegularExpression(u"19[4-6][0-9]-[0-9]{2}-[0-9]{2}"_s));
        // Each failure is in the server's audit log, naming the tenant whose code was tried.
        QCOMPARE(m_serve.count(u"SELECT COUNT(*) FROM audit WHERE entity_id = ? AND detail LIKE ?"_s,
                               {victim.person.id, u"%identify-failed%"_s}),
                 qint64(kIdentifyDevicePolicy.freeFailures));

        // The same phone keeps waiting, doubling after each further mistake; the tenant's own
        // phone, which made no mistake, links at once (the code has mistakes left).
        const Enrolled own = enroll(u"phone"_s, u"site-a"_s);
        const QJsonObject linked = pushOne(own.token, link(1, victim.person.personalCode, victim.person.dateOfBirth));
        QCOMPARE(linked.value(u"status"_s).toString(), u"linked"_s);
        QVERIFY(mentions(pullAll(own.token), victim.signupId));
        QVERIFY(!mentions(pullAll(phone.token), victim.person.id));
    }

    // Five wrong dates for one code lock it, whichever devices tried them; while locked the
    // right date links nothing, from any device, and a kiosk sign-up with it is refused too.
    // A wijkconsulent unlocks it with `meedoen-server codes unlock`; then the tenant links.
    void codeLocksAcrossDevicesUntilUnlocked()
    {
        const Enrolled kiosk = enroll(u"kiosk"_s, u"site-a"_s);
        const Enrolled phoneA = enroll(u"phone"_s, u"site-a"_s);
        const Enrolled phoneB = enroll(u"phone"_s, u"site-b"_s);
        const Victim victim = registerVictim(kiosk, QDate(1975, 3, 9));
        const QString code = victim.person.personalCode;
        qint64 seqA = 0, seqB = 0;

        // Phone A: three mistakes, each telling the attempts left before the lock.
        for (int left : {4, 3, 2}) {
            const QJsonObject o = pushOne(phoneA.token, link(++seqA, code, QDate(1975, 3, 10 + left)));
            QCOMPARE(o.value(u"reason"_s).toString(), u"identify-failed"_s);
            QCOMPARE(o.value(u"attemptsLeft"_s).toInt(), left);
        }
        // Then phone A waits: even the right date is not compared.
        QJsonObject o = pushOne(phoneA.token, link(++seqA, code, victim.person.dateOfBirth));
        QCOMPARE(o.value(u"reason"_s).toString(), u"identify-wait"_s);
        QVERIFY(o.value(u"retryAfterSeconds"_s).toInt() >= 1);
        QVERIFY(o.value(u"retryAfterSeconds"_s).toInt() <= kIdentifyDevicePolicy.baseDelaySeconds);

        // Phone B of another site: two more mistakes; the second locks the code.
        o = pushOne(phoneB.token, link(++seqB, code, QDate(1975, 4, 1)));
        QCOMPARE(o.value(u"reason"_s).toString(), u"identify-failed"_s);
        QCOMPARE(o.value(u"attemptsLeft"_s).toInt(), 1);
        o = pushOne(phoneB.token, link(++seqB, code, QDate(1975, 4, 2)));
        QCOMPARE(o.value(u"reason"_s).toString(), u"code-locked"_s);

        // Locked: the right date from B, from a fresh phone, and at a kiosk is refused.
        QCOMPARE(pushOne(phoneB.token, link(++seqB, code, victim.person.dateOfBirth)).value(u"reason"_s).toString(),
                 u"code-locked"_s);
        const Enrolled phoneC = enroll(u"phone"_s, u"site-a"_s);
        QCOMPARE(pushOne(phoneC.token, link(1, code, victim.person.dateOfBirth)).value(u"reason"_s).toString(),
                 u"code-locked"_s);
        QCOMPARE(pushOne(kiosk.token, returningSignup(3, code, victim.person.dateOfBirth)).value(u"reason"_s).toString(),
                 u"code-locked"_s);
        // A day later it is still locked: only staff lift it.
        setClock(m_now.addDays(2));
        QCOMPARE(pushOne(phoneC.token, link(2, code, victim.person.dateOfBirth)).value(u"reason"_s).toString(),
                 u"code-locked"_s);
        for (const Enrolled &phone : {phoneA, phoneB, phoneC})
            QVERIFY(!mentions(pullAll(phone.token), victim.person.id));
        QCOMPARE(m_serve.count(u"SELECT COUNT(*) FROM audit WHERE entity_id = ? AND detail LIKE ?"_s,
                               {victim.person.id, u"%code-locked%"_s}),
                 1);

        // The wijkconsulent unlocks the code (typed as the tenant reads it from the receipt).
        QString typed = code.toLower();
        typed.remove(u'-');
        const CliResult unlocked = cli({u"codes"_s, u"unlock"_s, typed, u"--db"_s, m_db});
        QVERIFY2(unlocked.exitCode == 0, qPrintable(unlocked.err));
        QCOMPARE(m_serve.count(u"SELECT COUNT(*) FROM audit WHERE action = 'code-unlock' AND entity_id = ?"_s,
                               {victim.person.id}),
                 1);
        const CliResult again = cli({u"codes"_s, u"unlock"_s, code, u"--db"_s, m_db});
        QVERIFY(again.exitCode != 0); // not locked any more
        QVERIFY(cli({u"codes"_s, u"unlock"_s, u"not-a-code"_s, u"--db"_s, m_db}).exitCode != 0);

        o = pushOne(phoneC.token, link(3, code, victim.person.dateOfBirth));
        QCOMPARE(o.value(u"status"_s).toString(), u"linked"_s);
        QVERIFY(mentions(pullAll(phoneC.token), victim.signupId));
    }

    // The kiosk's status look-up ("Hoe staat mijn aanmelding ervoor?") is no way round the
    // lock: its wrong dates count against the same per-code limit, whichever kiosk asks, so
    // with a found receipt the kiosk is no slow date-of-birth oracle either. Locked, the right
    // date answers 423 code-locked there and refuses a phone's link; staff unlock both.
    void statusLookupCountsAgainstTheCodeLock()
    {
        const Enrolled kiosk = enroll(u"kiosk"_s, u"site-a"_s);
        const Enrolled otherKiosk = enroll(u"kiosk"_s, u"site-b"_s);
        const Enrolled phone = enroll(u"phone"_s, u"site-a"_s);
        const Victim victim = registerVictim(kiosk, QDate(1968, 11, 23));
        const QString code = victim.person.personalCode;
        const auto ask = [&](const Enrolled &at, QDate date) {
            return post(u"/v1/status"_s, identify(code, date), at.token);
        };
        QCOMPARE(ask(kiosk, victim.person.dateOfBirth).status, 200);

        // Five wrong dates from two kiosks, an hour apart (past each kiosk's own back-off,
        // within the code's 24 hours): the first four find no one, the fifth locks the code.
        QDateTime t = m_now;
        for (int i = 0; i < kIdentifyCodePolicy.lockAfterFailures; ++i) {
            t = t.addSecs(3600);
            setClock(t);
            const Reply r = ask(i % 2 ? otherKiosk : kiosk, victim.person.dateOfBirth.addDays(i + 1));
            const bool last = i + 1 == kIdentifyCodePolicy.lockAfterFailures;
            QCOMPARE(r.status, last ? 423 : 404);
            QCOMPARE(r.json().value(u"type"_s).toString().endsWith(last ? u"code-locked"_s : u"code-not-recognised"_s), true);
            QVERIFY(!r.body.contains("signups"));
        }
        // Locked: the right date tells nothing, at either kiosk, and links no phone.
        t = t.addSecs(3600);
        setClock(t);
        QCOMPARE(ask(kiosk, victim.person.dateOfBirth).status, 423);
        QCOMPARE(ask(otherKiosk, victim.person.dateOfBirth).status, 423);
        QCOMPARE(pushOne(phone.token, link(1, code, victim.person.dateOfBirth)).value(u"reason"_s).toString(),
                 u"code-locked"_s);
        QVERIFY(!mentions(pullAll(phone.token), victim.person.id));
        QCOMPARE(m_serve.count(u"SELECT COUNT(*) FROM audit WHERE action = 'status-lookup' AND entity_id = ?"_s,
                               {victim.person.id}),
                 qint64(kIdentifyCodePolicy.lockAfterFailures));
        verifyNothingGuessedIsKept(code, QRegularExpression(u"1968-11-2[4-8]"_s));

        // Staff unlock it: the tenant finds their sign-ups again.
        QVERIFY(cli({u"codes"_s, u"unlock"_s, code, u"--db"_s, m_db}).exitCode == 0);
        QCOMPARE(ask(kiosk, victim.person.dateOfBirth).status, 200);
    }

    // Staff lift the lock from the tablet (issue 17: no CLI needed at the desk): the person page
    // asks whether the tenant's code is locked and lifts it. Only staff of the tenant's site
    // see or lift it; to anyone else the person does not exist. Audited with who and where.
    void staffUnlockFromTheTablet()
    {
        const Enrolled kiosk = enroll(u"kiosk"_s, u"site-a"_s);
        const Enrolled tablet = enroll(u"staff"_s, u"site-a"_s);
        const Enrolled otherTablet = enroll(u"staff"_s, u"site-b"_s);
        const Victim victim = registerVictim(kiosk, QDate(1971, 3, 9));
        const SignedIn anna = signInStaff(tablet, u"anna"_s, u"site-a"_s);
        const SignedIn bert = signInStaff(otherTablet, u"bert"_s, u"site-b"_s);
        QVERIFY(!anna.session.isEmpty() && !bert.session.isEmpty());
        const QString asked = u"/v1/staff/code-lock?person="_s + victim.person.id;
        const QJsonObject unlock{{u"person"_s, victim.person.id}};

        // Not locked yet.
        Reply r = get(asked, tablet.token, anna.session);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(u"locked"_s).toBool(), false);

        // Five wrong dates at the kiosk, an hour apart: locked.
        QDateTime t = m_now;
        for (int i = 0; i < kIdentifyCodePolicy.lockAfterFailures; ++i) {
            t = t.addSecs(3600);
            setClock(t);
            post(u"/v1/status"_s, identify(victim.person.personalCode, victim.person.dateOfBirth.addDays(i + 1)), kiosk.token);
        }
        const QDateTime lockedAt = t;
        t = t.addSecs(3600); // past the kiosk's own back-off
        setClock(t);
        QCOMPARE(post(u"/v1/status"_s, identify(victim.person.personalCode, victim.person.dateOfBirth), kiosk.token).status,
                 423);
        r = get(asked, tablet.token, anna.session);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(u"locked"_s).toBool(), true);
        QCOMPARE(QDateTime::fromString(r.json().value(u"lockedAt"_s).toString(), Qt::ISODateWithMs), lockedAt);
        QVERIFY(!r.body.contains(victim.person.personalCode.toUtf8()));

        // Another site's staff, a person the server does not know, a kiosk, no staff session,
        // a malformed id or a second parameter: nothing seen, nothing lifted.
        QCOMPARE(get(asked, otherTablet.token, bert.session).status, 404);
        QCOMPARE(post(u"/v1/staff/code-unlock"_s, unlock, otherTablet.token, bert.session).status, 404);
        QCOMPARE(get(u"/v1/staff/code-lock?person="_s + Fixtures::uuid(), tablet.token, anna.session).status, 404);
        QCOMPARE(get(asked, kiosk.token).status, 403);
        QCOMPARE(post(u"/v1/staff/code-unlock"_s, unlock, tablet.token).status, 401);
        r = get(u"/v1/staff/code-lock?person=x"_s, tablet.token, anna.session);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json().value(u"field"_s).toString(), u"person"_s);
        QCOMPARE(get(asked + u"&site=site-a"_s, tablet.token, anna.session).status, 400);
        QCOMPARE(post(u"/v1/status"_s, identify(victim.person.personalCode, victim.person.dateOfBirth), kiosk.token).status,
                 423);

        // Anna lifts it: the tenant finds their sign-ups at the kiosk again.
        r = post(u"/v1/staff/code-unlock"_s, unlock, tablet.token, anna.session);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(u"unlocked"_s).toBool(), true);
        QCOMPARE(r.json().value(u"locked"_s).toBool(), false);
        QCOMPARE(post(u"/v1/status"_s, identify(victim.person.personalCode, victim.person.dateOfBirth), kiosk.token).status,
                 200);
        QCOMPARE(get(asked, tablet.token, anna.session).json().value(u"locked"_s).toBool(), false);
        // Again: nothing to lift, said so.
        QCOMPARE(post(u"/v1/staff/code-unlock"_s, unlock, tablet.token, anna.session).json().value(u"unlocked"_s).toBool(),
                 false);
        QCOMPARE(m_serve.count(u"SELECT COUNT(*) FROM audit WHERE action = 'code-unlock' AND entity_id = ? AND staff_id = ? "
                               "AND device_id = ?"_s,
                               {victim.person.id, anna.staffId, tablet.deviceId}),
                 qint64(1));
    }

    // A device's back-off: after its free mistakes it waits 30 s, doubling, whatever code it
    // tries (also codes no one has: an unknown code answers like a known one, so the answers
    // tell nothing about which codes exist). When the wait is over it may try again.
    void deviceBacksOffAcrossCodes()
    {
        const Enrolled kiosk = enroll(u"kiosk"_s, u"site-a"_s);
        const Enrolled phone = enroll(u"phone"_s, u"site-a"_s);
        const Victim victim = registerVictim(kiosk, QDate(1990, 8, 1));
        QRandomGenerator rng(7);
        qint64 seq = 0;
        for (int i = 0; i < kIdentifyDevicePolicy.freeFailures; ++i) {
            const QJsonObject o = pushOne(phone.token, link(++seq, generatePersonalCode(rng), QDate(1990, 8, 1)));
            QCOMPARE(o.value(u"reason"_s).toString(), u"identify-failed"_s);
            QCOMPARE(o.value(u"attemptsLeft"_s).toInt(), kIdentifyCodePolicy.lockAfterFailures - 1);
        }
        QJsonObject o = pushOne(phone.token, link(++seq, victim.person.personalCode, victim.person.dateOfBirth));
        QCOMPARE(o.value(u"reason"_s).toString(), u"identify-wait"_s);
        QCOMPARE(o.value(u"retryAfterSeconds"_s).toInt(), kIdentifyDevicePolicy.baseDelaySeconds);
        // A kiosk is a device like any other.
        for (int i = 0; i < kIdentifyDevicePolicy.freeFailures; ++i)
            pushOne(kiosk.token, returningSignup(3 + i, generatePersonalCode(rng), QDate(1990, 8, 1)));
        QCOMPARE(pushOne(kiosk.token, returningSignup(6, victim.person.personalCode, victim.person.dateOfBirth))
                     .value(u"reason"_s)
                     .toString(),
                 u"identify-wait"_s);

        // 29 s later still waiting; at 30 s the phone may try again, and the right date links.
        setClock(m_now.addSecs(kIdentifyDevicePolicy.baseDelaySeconds - 1));
        o = pushOne(phone.token, link(++seq, victim.person.personalCode, victim.person.dateOfBirth));
        QCOMPARE(o.value(u"reason"_s).toString(), u"identify-wait"_s);
        QCOMPARE(o.value(u"retryAfterSeconds"_s).toInt(), 1);
        setClock(m_now.addSecs(kIdentifyDevicePolicy.baseDelaySeconds));
        o = pushOne(phone.token, link(++seq, victim.person.personalCode, victim.person.dateOfBirth));
        QCOMPARE(o.value(u"status"_s).toString(), u"linked"_s);
        // The kiosk's mistakes are its own: its wait is over too, and its next mistake makes it
        // wait twice as long.
        QCOMPARE(pushOne(kiosk.token, returningSignup(7, generatePersonalCode(rng), QDate(1990, 8, 1)))
                     .value(u"reason"_s)
                     .toString(),
                 u"identify-failed"_s);
        o = pushOne(kiosk.token, returningSignup(8, victim.person.personalCode, victim.person.dateOfBirth));
        QCOMPARE(o.value(u"reason"_s).toString(), u"identify-wait"_s);
        QCOMPARE(o.value(u"retryAfterSeconds"_s).toInt(), 2 * kIdentifyDevicePolicy.baseDelaySeconds);
    }

private:
    QString m_clockFile;
    QDateTime m_now;
};

QTEST_GUILESS_MAIN(TestIdentifyGuessing)
#include "tst_identify_guessing.moc"
