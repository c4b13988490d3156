// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/database.h"
#include "storage/outbox.h"
#include "storage/registrationrepository.h"
#include "common/storagefixtures.h"

#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Meedoen;
using StorageFixtures::fixedNow;

namespace {

int rowCount(const Database &db, const QString &table)
{
    QSqlQuery q(db.connection());
    // The table name is one of this test's own literals.
    if (!q.exec(u"SELECT count(*) FROM "_s + table) || !q.next())
        return -1;
    return q.value(0).toInt();
}

QList<qint64> allSeqs(const Database &db)
{
    QSqlQuery q(db.connection());
    QList<qint64> seqs;
    if (!q.exec(u"SELECT seq FROM outbox ORDER BY seq"_s))
        return seqs;
    while (q.next())
        seqs.append(q.value(0).toLongLong());
    return seqs;
}

} // namespace

// A record and its outbox row are written together or not at all, and the outbox numbers
// mutations without gaps, as the sync protocol requires.
class TestOutbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QVERIFY(m_dir.isValid());
        QCOMPARE(m_db.open(m_dir.filePath(u"outbox-%1.db"_s.arg(++m_run))), Database::Status::Open);
    }
    void cleanup() { m_db.close(); }

    void submitWritesEverythingTogether()
    {
        RegistrationRepository repo(m_db.connection());
        QVERIFY(repo.submit(StorageFixtures::registrationWithSignup(1), fixedNow()));
        const Person p = StorageFixtures::person(1);
        QCOMPARE(repo.person(p.id), p);
        QCOMPARE(repo.consents(p.id), QList<ConsentRecord>{StorageFixtures::consent(p)});
        const auto s = repo.signup(StorageFixtures::signup(1, p.id).id);
        QVERIFY(s);
        QCOMPARE(s->state, SignupState::Queued);
        QCOMPARE(s->createdAt, fixedNow());

        const QList<Outbox::Entry> pending = Outbox(m_db.connection()).pending(10);
        QCOMPARE(pending.size(), 2);
        QCOMPARE(pending.at(0).seq, 1);
        QCOMPARE(pending.at(0).kind, Wire::MutationKind::Registration);
        QCOMPARE(pending.at(0).entityId, p.id);
        QCOMPARE(pending.at(0).payload.value(u"person"_s).toObject().value(u"id"_s).toString(), p.id);
        QCOMPARE(pending.at(1).seq, 2);
        QCOMPARE(pending.at(1).kind, Wire::MutationKind::Signup);
        QCOMPARE(pending.at(1).entityId, s->id);
        QCOMPARE(pending.at(1).createdAt, fixedNow());
        QVERIFY(pending.at(0).mutationId != pending.at(1).mutationId);
    }

    void minimalRegistration()
    {
        // Only what the kiosk asks for: no languages, interests, neighbourhoods or phone.
        Submission sub;
        Person p;
        p.id = u"minimal"_s;
        p.givenName = u"Jan"_s;
        p.familyName = u"Bakker"_s;
        p.dateOfBirth = QDate(1950, 1, 2);
        sub.newPerson = p;
        RegistrationRepository repo(m_db.connection());
        QVERIFY(repo.submit(sub, fixedNow()));
        QCOMPARE(repo.person(p.id), p);
        QCOMPARE(allSeqs(m_db), QList<qint64>{1});
    }

    void failedSubmitWritesNothing_data()
    {
        QTest::addColumn<int>("breakage");
        QTest::newRow("duplicate reference code") << 0;
        QTest::newRow("duplicate personal code") << 1;
        QTest::newRow("duplicate person id") << 2;
        QTest::newRow("consent for an unknown person") << 3;
        QTest::newRow("duplicate sign-up id, returning tenant") << 4;
    }

    void failedSubmitWritesNothing()
    {
        QFETCH(int, breakage);
        RegistrationRepository repo(m_db.connection());
        QVERIFY(repo.submit(StorageFixtures::registrationWithSignup(1), fixedNow()));
        QCOMPARE(allSeqs(m_db), (QList<qint64>{1, 2}));

        Submission bad = StorageFixtures::registrationWithSignup(2);
        switch (breakage) {
        case 0:
            bad.signup->referenceCode = StorageFixtures::signup(1, {}).referenceCode;
            break;
        case 1:
            bad.newPerson->personalCode = StorageFixtures::person(1).personalCode;
            break;
        case 2:
            bad.newPerson->id = StorageFixtures::person(1).id;
            bad.consents.clear();
            bad.signup->personId = bad.newPerson->id;
            break;
        case 3:
            bad.consents.first().personId = u"nobody"_s;
            break;
        case 4:
            bad.newPerson.reset();
            bad.consents.clear();
            bad.personalCode = StorageFixtures::person(1).personalCode;
            bad.dateOfBirth = StorageFixtures::person(1).dateOfBirth;
            bad.signup->id = StorageFixtures::signup(1, {}).id;
            bad.signup->personId.clear();
            break;
        }
        QVERIFY(!repo.submit(bad, fixedNow()));

        QCOMPARE(rowCount(m_db, u"person"_s), 1);
        QCOMPARE(rowCount(m_db, u"consent"_s), 1);
        QCOMPARE(rowCount(m_db, u"signup"_s), 1);
        QCOMPARE(allSeqs(m_db), (QList<qint64>{1, 2}));
        QVERIFY(!repo.person(StorageFixtures::person(2).id));
        QVERIFY(!repo.signup(StorageFixtures::signup(2, {}).id));

        // The failed attempt used up no number: the next mutation follows on directly.
        QVERIFY(repo.submit(StorageFixtures::registrationWithSignup(3), fixedNow()));
        QCOMPARE(allSeqs(m_db), (QList<qint64>{1, 2, 3, 4}));
        QVERIFY(m_db.checkIntegrity());
    }

    void sequenceIsGapFreeAndIncreasing()
    {
        RegistrationRepository repo(m_db.connection());
        Outbox outbox(m_db.connection());
        int expected = 0;
        for (int n = 1; n <= 20; ++n) {
            // Every third attempt fails on a reused reference code.
            Submission sub = StorageFixtures::registrationWithSignup(n);
            const bool breaks = n % 3 == 0;
            if (breaks)
                sub.signup->referenceCode = StorageFixtures::signup(1, {}).referenceCode;
            QCOMPARE(repo.submit(sub, fixedNow()), !breaks);
            if (!breaks)
                expected += 2;
        }
        // Acknowledged rows keep their number; later rows never reuse one.
        const QList<Outbox::Entry> first = outbox.pending(4);
        QVERIFY(outbox.markAcknowledged({first.at(0).seq, first.at(1).seq}, fixedNow()));
        QVERIFY(repo.submit(StorageFixtures::registrationWithSignup(100), fixedNow()));
        expected += 2;

        QList<qint64> want;
        for (int i = 1; i <= expected; ++i)
            want.append(i);
        QCOMPARE(allSeqs(m_db), want);
        QList<qint64> pendingSeqs;
        for (const Outbox::Entry &e : outbox.pending(1000))
            pendingSeqs.append(e.seq);
        QCOMPARE(pendingSeqs, want.mid(2));
        QCOMPARE(outbox.pendingCount(), expected - 2);
        QCOMPARE(outbox.pendingCount(Wire::MutationKind::Signup), (expected - 2) / 2);
    }

    void acknowledgedRowsLoseTheirPayload()
    {
        RegistrationRepository repo(m_db.connection());
        Outbox outbox(m_db.connection());
        QVERIFY(repo.submit(StorageFixtures::registrationWithSignup(1), fixedNow()));
        QVERIFY(repo.submit(StorageFixtures::registrationWithSignup(2), fixedNow()));
        QVERIFY(outbox.markAttempted(1, 4));
        QVERIFY(outbox.markAcknowledged({1, 2}, fixedNow().addSecs(60)));

        QSqlQuery q(m_db.connection());
        QVERIFY(q.exec(u"SELECT seq, length(payload), acked_at IS NOT NULL FROM outbox ORDER BY seq"_s));
        QList<QPair<qint64, int>> rows;
        while (q.next()) {
            QCOMPARE(q.value(2).toBool(), q.value(0).toLongLong() <= 2);
            rows.append({q.value(0).toLongLong(), q.value(1).toInt()});
        }
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows.at(0).second, 0);
        QCOMPARE(rows.at(1).second, 0);
        QVERIFY(rows.at(2).second > 0);
        // No personal data left in an acknowledged row.
        QVERIFY(q.exec(u"SELECT count(*) FROM outbox WHERE acked_at IS NOT NULL AND instr(payload, 'Fatma') > 0"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);

        const QList<Outbox::Entry> pending = outbox.pending(10);
        QCOMPARE(pending.size(), 2);
        QCOMPARE(pending.first().seq, 3);
        QCOMPARE(pending.first().attempts, 1);
        QCOMPARE(pending.first().payload.value(u"person"_s).toObject().value(u"givenName"_s).toString(),
                 u"Fatma"_s);
        // Acknowledging again changes nothing.
        QVERIFY(outbox.markAcknowledged({1}, fixedNow().addSecs(120)));
        QCOMPARE(outbox.pendingCount(), 2);
    }

    void hasPendingSeesOnlyWhatStillWaits()
    {
        RegistrationRepository repo(m_db.connection());
        Outbox outbox(m_db.connection());
        const Submission sub = StorageFixtures::registrationWithSignup(1);
        QVERIFY(repo.submit(sub, fixedNow())); // seq 1 registration, seq 2 sign-up
        const QString personId = sub.newPerson->id;
        QVERIFY(outbox.hasPending(Wire::MutationKind::Registration, personId));
        QVERIFY(!outbox.hasPending(Wire::MutationKind::Signup, personId)); // another record
        QVERIFY(!outbox.hasPending(Wire::MutationKind::Registration, personId, 1)); // nothing after seq 1
        QVERIFY(outbox.markAcknowledged({1}, fixedNow()));
        QVERIFY(!outbox.hasPending(Wire::MutationKind::Registration, personId));
        QVERIFY(outbox.hasPending(Wire::MutationKind::Signup, sub.signup->id));
    }

    void withdraw_data()
    {
        QTest::addColumn<SignupState>("state");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("queued") << SignupState::Queued << true;
        QTest::newRow("sent") << SignupState::Sent << false;
        QTest::newRow("confirmed") << SignupState::Confirmed << true;
        QTest::newRow("declined") << SignupState::Declined << false;
    }

    void withdraw()
    {
        QFETCH(SignupState, state);
        QFETCH(bool, allowed);
        RegistrationRepository repo(m_db.connection());
        Outbox outbox(m_db.connection());
        QVERIFY(repo.submit(StorageFixtures::registrationWithSignup(1), fixedNow()));
        const QString id = StorageFixtures::signup(1, {}).id;
        if (state != SignupState::Queued)
            QVERIFY(repo.applyOutcome(id, state, 0, {}, 1));
        QCOMPARE(repo.signup(id)->state, state);

        QCOMPARE(repo.withdraw(id, fixedNow()), allowed);
        QCOMPARE(repo.signup(id)->state, allowed ? SignupState::Withdrawn : state);
        QCOMPARE(outbox.pendingCount(Wire::MutationKind::Withdrawal), allowed ? 1 : 0);
        QCOMPARE(allSeqs(m_db).size(), allowed ? 3 : 2);
        // The transaction of a refused withdrawal is closed: writing goes on.
        QVERIFY(repo.submit(StorageFixtures::registrationWithSignup(2), fixedNow()));
        QCOMPARE(allSeqs(m_db).last(), allowed ? 5 : 4);
        // Withdrawing twice is refused.
        QVERIFY(!repo.withdraw(id, fixedNow()));
        QVERIFY(!repo.withdraw(u"unknown"_s, fixedNow()));
    }

private:
    QTemporaryDir m_dir;
    Database m_db;
    int m_run = 0;
};

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
