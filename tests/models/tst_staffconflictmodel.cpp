// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/staffconflictmodel.h"
#include "staffmodelfixture.h"

#include "core/staffdecision.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace Qt::StringLiterals;
using Meedoen::SignupState;
using StaffModelFixture::column;

// The conflict list: decisions that changed nothing because the sign-up had moved on. The
// server's conflicts of the site newest first, then this tablet's own stale decisions until
// the server's row for them is pulled (then once, not twice); decided ones are not listed;
// an erased tenant's name is gone from it.
class TestStaffConflictModel : public QObject
{
    Q_OBJECT

private:
    StaffModelFixture::Store m_store;
    const QDateTime m_now = QDateTime(QDate(2026, 11, 28), QTime(9, 0), Qt::UTC);

    bool pulledDecision(const QString &id, const QString &signupId, const QString &status, int minutesAgo)
    {
        Wire::DecisionChange d;
        d.id = id;
        d.signupId = signupId;
        d.staffId = u"st-2"_s;
        d.deviceId = u"tablet-2"_s;
        d.decision = Meedoen::DecisionKind::Decline;
        d.status = status;
        d.seenVersion = 1;
        d.currentVersion = 2;
        d.decidedAt = m_now.addSecs(-60 * minutesAgo);
        d.deviceTime = d.decidedAt;
        return m_store.repository().applyPulled(d);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_store.open());
        using K = Meedoen::OpportunityKind;
        using S = Meedoen::OpportunityStatus;
        QVERIFY(m_store.opportunity(u"tuin"_s, u"Moestuin"_s, K::VolunteerTask, S::Open, u"site-a"_s));
        QVERIFY(m_store.opportunity(u"stage"_s, u"Stage keuken"_s, K::TrainingPlace, S::Open, u"site-a"_s));
        QVERIFY(m_store.person(u"p1"_s, u"Fatma"_s, u"Yılmaz"_s, u"T-100"_s));
        QVERIFY(m_store.person(u"p2"_s, u"Jan"_s, u"de Vries"_s, u"T-200"_s));
        QVERIFY(m_store.signup(u"s1"_s, u"p1"_s, u"tuin"_s, SignupState::Confirmed, 0, 1));
        QVERIFY(m_store.signup(u"s2"_s, u"p2"_s, u"stage"_s, SignupState::Waitlisted, 1, 2));
        QVERIFY(m_store.repository().upsertAccount({u"st-2"_s, u"fdemir"_s, u"Fatma Demir"_s, {u"site-a"_s}, {}, 0, {}, m_now}));
        QVERIFY(pulledDecision(u"d1"_s, u"s1"_s, u"conflict"_s, 30));
        QVERIFY(pulledDecision(u"d2"_s, u"s2"_s, u"conflict"_s, 10));
        QVERIFY(pulledDecision(u"d3"_s, u"s2"_s, u"decided"_s, 5));
    }

    void emptyWithoutDatabase()
    {
        StaffConflictModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(model.rowCount(), 0);
    }

    void theServersConflictsNewestFirst()
    {
        StaffConflictModel model(m_store.database());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(column(model, StaffConflictModel::DecisionIdRole), (QStringList{u"d2"_s, u"d1"_s}));
        QCOMPARE(column(model, StaffConflictModel::TitleRole), (QStringList{u"Stage keuken"_s, u"Moestuin"_s}));
        QCOMPARE(column(model, StaffConflictModel::NameRole), (QStringList{u"Jan de Vries"_s, u"Fatma Yılmaz"_s}));
        QCOMPARE(column(model, StaffConflictModel::CurrentStateRole), (QStringList{u"waitlisted"_s, u"confirmed"_s}));
        QCOMPARE(column(model, StaffConflictModel::StaffNameRole), (QStringList{u"Fatma Demir"_s, u"Fatma Demir"_s}));
        QCOMPARE(model.index(0, 0).data(StaffConflictModel::ReferenceCodeRole).toString(), u"REF-s2"_s);
        QCOMPARE(model.index(0, 0).data(StaffConflictModel::DecisionRole).toString(), u"decline"_s);
        QCOMPARE(model.index(0, 0).data(StaffConflictModel::SeenVersionRole).toInt(), 1);
        QCOMPARE(model.index(0, 0).data(StaffConflictModel::CurrentVersionRole).toInt(), 2);
    }

    void aStaleDecisionOfThisTabletJoinsOnce()
    {
        StaffConflictModel model(m_store.database());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy count(&model, &StaffRowModel::countChanged);
        QVERIFY(count.isValid());

        Wire::DecisionPayload decision;
        decision.staffId = u"st-2"_s;
        decision.signupId = u"s1"_s;
        decision.decision = Meedoen::DecisionKind::Waitlist;
        decision.seenVersion = 1;
        const qint64 seq = m_store.repository().queue(decision, u"s1"_s, m_now, u"m-stale"_s);
        QVERIFY(seq > 0);
        model.reload();
        QCOMPARE(count.count(), 0); // queued, not yet answered: no conflict

        Wire::Outcome stale = Wire::Outcome::of(seq, Wire::OutcomeStatus::Conflict, Wire::toKey(Wire::Reason::StaleVersion));
        stale.currentVersion = 3;
        stale.currentState = Meedoen::toKey(SignupState::Confirmed);
        stale.decisionId = u"d9"_s;
        QVERIFY(m_store.repository().recordOutcome(seq, stale));
        model.reload();
        QCOMPARE(count.count(), 1);
        QCOMPARE(column(model, StaffConflictModel::DecisionIdRole), (QStringList{u"d2"_s, u"d1"_s, u"d9"_s}));
        QCOMPARE(model.index(2, 0).data(StaffConflictModel::DecisionRole).toString(), u"waitlist"_s);
        QCOMPARE(model.index(2, 0).data(StaffConflictModel::CurrentVersionRole).toInt(), 3);
        QCOMPARE(model.index(2, 0).data(StaffConflictModel::TitleRole).toString(), u"Moestuin"_s);

        // The server's row for it arrives with the next pull: listed once, in time order.
        QVERIFY(pulledDecision(u"d9"_s, u"s1"_s, u"conflict"_s, 1));
        model.reload();
        QCOMPARE(column(model, StaffConflictModel::DecisionIdRole), (QStringList{u"d9"_s, u"d2"_s, u"d1"_s}));
    }

    void anErasedTenantsNameIsGone()
    {
        StaffConflictModel model(m_store.database());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QVERIFY(m_store.repository().anonymiseLocally(u"p2"_s));
        model.reload();
        QCOMPARE(column(model, StaffConflictModel::NameRole), (QStringList{u"Fatma Yılmaz"_s, QString(), u"Fatma Yılmaz"_s}));
        QCOMPARE(model.index(1, 0).data(StaffConflictModel::DecisionIdRole).toString(), u"d2"_s);
    }

    void rolesAreTheRowKeys()
    {
        StaffConflictModel model;
        const QVariantList rows = m_store.repository().conflicts();
        QVERIFY(!rows.isEmpty());
        QCOMPARE(StaffModelFixture::sortedRoleNames(model), StaffModelFixture::sortedKeys(rows.first()));
        QCOMPARE(int(StaffConflictModel::DecisionIdRole), Qt::UserRole + 1);
    }
};

QTEST_GUILESS_MAIN(TestStaffConflictModel)
#include "tst_staffconflictmodel.moc"
