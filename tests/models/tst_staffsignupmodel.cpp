// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/staffsignupmodel.h"
#include "staffmodelfixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace Qt::StringLiterals;
using Meedoen::SignupState;
using StaffModelFixture::column;

// The review queue's sign-ups as a staff member sees them: one opportunity's, confirmed
// first, then the waitlist in its order, then the rest; filtered by state; read again after
// a pull without losing the list when only a row changed.
class TestStaffSignupModel : public QObject
{
    Q_OBJECT

private:
    StaffModelFixture::Store m_store;

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
        QVERIFY(m_store.person(u"p3"_s, u"Anna"_s, u"Kowalska"_s, u"T-300"_s));
        QVERIFY(m_store.person(u"p4"_s, u"Kees"_s, u"Bakker"_s, u"T-400"_s));
        // Arrival order differs from the order the queue shows.
        QVERIFY(m_store.signup(u"s1"_s, u"p1"_s, u"tuin"_s, SignupState::Sent, 0, 1));
        QVERIFY(m_store.signup(u"s2"_s, u"p2"_s, u"tuin"_s, SignupState::Waitlisted, 2, 2));
        QVERIFY(m_store.signup(u"s3"_s, u"p3"_s, u"tuin"_s, SignupState::Confirmed, 0, 3));
        QVERIFY(m_store.signup(u"s4"_s, u"p4"_s, u"tuin"_s, SignupState::Waitlisted, 1, 4));
        QVERIFY(m_store.signup(u"s5"_s, u"p1"_s, u"stage"_s, SignupState::Sent, 0, 5));
    }

    void emptyWithoutDatabase()
    {
        StaffSignupModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(model.rowCount(), 0);
        model.reload();
        QCOMPARE(model.rowCount(), 0);
    }

    void queueOfOneOpportunity()
    {
        StaffSignupModel model(m_store.database());
        StaffSignupProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester modelTester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);

        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(column(model, StaffSignupModel::SignupIdRole), (QStringList{u"s5"_s, u"s3"_s, u"s4"_s, u"s2"_s, u"s1"_s}));

        QSignalSpy changed(&proxy, &StaffSignupProxy::opportunityIdChanged);
        QVERIFY(changed.isValid());
        proxy.setOpportunityId(u"tuin"_s);
        QCOMPARE(changed.count(), 1);
        proxy.setOpportunityId(u"tuin"_s);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(column(proxy, StaffSignupModel::SignupIdRole), (QStringList{u"s3"_s, u"s4"_s, u"s2"_s, u"s1"_s}));
        QCOMPARE(column(proxy, StaffSignupModel::NameRole),
                 (QStringList{u"Anna Kowalska"_s, u"Kees Bakker"_s, u"Jan de Vries"_s, u"Fatma Yılmaz"_s}));
        QCOMPARE(column(proxy, StaffSignupModel::StateRole),
                 (QStringList{u"confirmed"_s, u"waitlisted"_s, u"waitlisted"_s, u"sent"_s}));
        QCOMPARE(proxy.index(1, 0).data(StaffSignupModel::WaitlistPositionRole).toInt(), 1);
        QCOMPARE(proxy.index(0, 0).data(StaffSignupModel::ReferenceCodeRole).toString(), u"REF-s3"_s);

        proxy.setOpportunityId(u"stage"_s);
        QCOMPARE(column(proxy, StaffSignupModel::SignupIdRole), QStringList{u"s5"_s});
        proxy.setOpportunityId(u"elsewhere"_s);
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setOpportunityId({});
        QCOMPARE(proxy.rowCount(), 5);
    }

    void filterByState()
    {
        StaffSignupModel model(m_store.database());
        StaffSignupProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy changed(&proxy, &StaffSignupProxy::stateChanged);
        QVERIFY(changed.isValid());

        proxy.setOpportunityId(u"tuin"_s);
        proxy.setState(u"waitlisted"_s);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(column(proxy, StaffSignupModel::SignupIdRole), (QStringList{u"s4"_s, u"s2"_s}));
        proxy.setState(u"sent"_s);
        QCOMPARE(column(proxy, StaffSignupModel::SignupIdRole), QStringList{u"s1"_s});
        proxy.setOpportunityId({});
        QCOMPARE(column(proxy, StaffSignupModel::SignupIdRole), (QStringList{u"s5"_s, u"s1"_s}));
        QCOMPARE(changed.count(), 2);
    }

    void reloadAfterPull()
    {
        StaffSignupModel model(m_store.database());
        StaffSignupProxy proxy;
        proxy.setSourceModel(&model);
        proxy.setOpportunityId(u"stage"_s);
        QAbstractItemModelTester modelTester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy count(&model, &StaffRowModel::countChanged);
        QVERIFY(reset.isValid());
        QVERIFY(dataChanged.isValid());
        QVERIFY(count.isValid());

        // The server's word on s5 changes only that row: the list keeps its place.
        QVERIFY(m_store.signup(u"s5"_s, u"p1"_s, u"stage"_s, SignupState::Declined, 0, 5));
        model.reload();
        QCOMPARE(reset.count(), 0);
        QCOMPARE(dataChanged.count(), 1);
        QCOMPARE(count.count(), 0);
        QCOMPARE(proxy.index(0, 0).data(StaffSignupModel::StateRole).toString(), u"declined"_s);

        // A new sign-up arrives in the next pull.
        QVERIFY(m_store.signup(u"s6"_s, u"p2"_s, u"stage"_s, SignupState::Confirmed, 0, 6));
        model.reload();
        QCOMPARE(reset.count(), 1);
        QCOMPARE(count.count(), 1);
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(column(proxy, StaffSignupModel::SignupIdRole), (QStringList{u"s6"_s, u"s5"_s}));
        QCOMPARE(model.get(0).value(u"name"_s).toString(), u"Jan de Vries"_s);

        // Nothing changed: nothing reported.
        model.reload();
        QCOMPARE(reset.count(), 1);
        QCOMPARE(dataChanged.count(), 1);
    }

    // A drop-in for today's QVariantMaps: every key the queue's delegates read is a role.
    void rolesAreTheRowKeys()
    {
        StaffSignupModel model;
        const QVariantList rows = m_store.repository().signupsFor(u"tuin"_s);
        QVERIFY(!rows.isEmpty());
        QStringList keys = rows.first().toMap().keys();
        QStringList roles;
        const auto names = model.roleNames();
        for (const QByteArray &name : names)
            roles.append(QString::fromLatin1(name));
        keys.sort();
        roles.sort();
        QCOMPARE(roles, keys);
        QCOMPARE(names.value(StaffSignupModel::SignupIdRole), "signupId");
        QCOMPARE(int(StaffSignupModel::SignupIdRole), Qt::UserRole + 1);
    }
};

QTEST_GUILESS_MAIN(TestStaffSignupModel)
#include "tst_staffsignupmodel.moc"
