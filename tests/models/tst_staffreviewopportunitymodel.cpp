// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/staffreviewopportunitymodel.h"
#include "staffmodelfixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace Qt::StringLiterals;
using Meedoen::SignupState;
using StaffModelFixture::column;

// The review queue's opportunity list: only opportunities somebody signed up for, by title,
// with the places taken and the waitlist; the volunteer queue and the training queue each
// show their own; a new sign-up pulled later brings its opportunity onto the list.
class TestStaffReviewOpportunityModel : public QObject
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
        QVERIFY(m_store.opportunity(u"tuin"_s, u"Moestuin"_s, K::VolunteerTask, S::Open, u"site-a"_s, 4));
        QVERIFY(m_store.opportunity(u"koffie"_s, u"Koffieochtend"_s, K::SelfManagement, S::Open, u"site-b"_s, 0));
        QVERIFY(m_store.opportunity(u"stage"_s, u"Stage keuken"_s, K::TrainingPlace, S::Open, u"site-a"_s, 1));
        QVERIFY(m_store.opportunity(u"leeg"_s, u"Boekenkast"_s, K::VolunteerTask, S::Open, u"site-a"_s));
        QVERIFY(m_store.person(u"p1"_s, u"Fatma"_s, u"Yılmaz"_s, u"T-100"_s));
        QVERIFY(m_store.person(u"p2"_s, u"Jan"_s, u"de Vries"_s, u"T-200"_s));
        QVERIFY(m_store.signup(u"s1"_s, u"p1"_s, u"tuin"_s, SignupState::Confirmed, 0, 1));
        QVERIFY(m_store.signup(u"s2"_s, u"p2"_s, u"tuin"_s, SignupState::Waitlisted, 1, 2));
        QVERIFY(m_store.signup(u"s3"_s, u"p2"_s, u"koffie"_s, SignupState::Sent, 0, 3));
        QVERIFY(m_store.signup(u"s4"_s, u"p1"_s, u"stage"_s, SignupState::Confirmed, 0, 4));
        QVERIFY(m_store.signup(u"s5"_s, u"p2"_s, u"stage"_s, SignupState::Waitlisted, 1, 5));
    }

    void emptyWithoutDatabase()
    {
        StaffReviewOpportunityModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(model.rowCount(), 0);
        model.reload();
        QCOMPARE(model.rowCount(), 0);
    }

    void signedUpForByTitleWithPlacesAndWaitlist()
    {
        StaffReviewOpportunityModel model(m_store.database());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        // "Boekenkast" has no sign-ups: not in the queue.
        QCOMPARE(column(model, StaffReviewOpportunityModel::TitleRole),
                 (QStringList{u"Koffieochtend"_s, u"Moestuin"_s, u"Stage keuken"_s}));
        QCOMPARE(column(model, StaffReviewOpportunityModel::ConfirmedRole), (QStringList{u"0"_s, u"1"_s, u"1"_s}));
        QCOMPARE(column(model, StaffReviewOpportunityModel::CapacityRole), (QStringList{u"0"_s, u"4"_s, u"1"_s}));
        QCOMPARE(column(model, StaffReviewOpportunityModel::WaitlistLengthRole), (QStringList{u"0"_s, u"1"_s, u"1"_s}));
        QCOMPARE(column(model, StaffReviewOpportunityModel::OpportunityIdRole),
                 (QStringList{u"koffie"_s, u"tuin"_s, u"stage"_s}));
    }

    void eachQueueItsOwn_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QStringList>("titles");
        QTest::newRow("every kind") << QString() << QStringList{u"Koffieochtend"_s, u"Moestuin"_s, u"Stage keuken"_s};
        // Volunteer tasks and self-management share the sign-ups queue.
        QTest::newRow("volunteer") << u"volunteer"_s << QStringList{u"Koffieochtend"_s, u"Moestuin"_s};
        QTest::newRow("training") << u"training"_s << QStringList{u"Stage keuken"_s};
    }

    void eachQueueItsOwn()
    {
        QFETCH(QString, kind);
        QFETCH(QStringList, titles);
        StaffReviewOpportunityModel model(m_store.database());
        StaffReviewOpportunityProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy changed(&proxy, &StaffReviewOpportunityProxy::kindChanged);
        QVERIFY(changed.isValid());
        proxy.setKind(kind);
        proxy.setKind(kind);
        QCOMPARE(changed.count(), kind.isEmpty() ? 0 : 1);
        QCOMPARE(column(proxy, StaffReviewOpportunityModel::TitleRole), titles);
    }

    void switchingQueues()
    {
        StaffReviewOpportunityModel model(m_store.database());
        StaffReviewOpportunityProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
        proxy.setKind(u"training"_s);
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setKind(u"volunteer"_s);
        QCOMPARE(column(proxy, StaffReviewOpportunityModel::TitleRole), (QStringList{u"Koffieochtend"_s, u"Moestuin"_s}));
    }

    void reloadAfterPull()
    {
        StaffReviewOpportunityModel model(m_store.database());
        StaffReviewOpportunityProxy proxy;
        proxy.setSourceModel(&model);
        proxy.setKind(u"volunteer"_s);
        QAbstractItemModelTester modelTester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy count(&model, &StaffRowModel::countChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(count.isValid());
        QVERIFY(reset.isValid());
        QVERIFY(changed.isValid());

        // The waitlisted tenant is confirmed on another tablet: the counts move, the list stays.
        QVERIFY(m_store.signup(u"s2"_s, u"p2"_s, u"tuin"_s, SignupState::Confirmed, 0, 2));
        model.reload();
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(proxy.index(1, 0).data(StaffReviewOpportunityModel::ConfirmedRole).toInt(), 2);
        QCOMPARE(proxy.index(1, 0).data(StaffReviewOpportunityModel::WaitlistLengthRole).toInt(), 0);

        // A first sign-up for the bookcase: it joins the queue in title order.
        QVERIFY(m_store.signup(u"s6"_s, u"p1"_s, u"leeg"_s, SignupState::Sent, 0, 6));
        model.reload();
        QCOMPARE(count.count(), 1);
        QCOMPARE(column(proxy, StaffReviewOpportunityModel::TitleRole),
                 (QStringList{u"Boekenkast"_s, u"Koffieochtend"_s, u"Moestuin"_s}));

        // Its only sign-up is removed by the server: the bookcase leaves the queue again.
        QVERIFY(m_store.repository().removePulled(Wire::Entity::Signup, u"s6"_s));
        model.reload();
        QCOMPARE(count.count(), 2);
        QCOMPARE(column(proxy, StaffReviewOpportunityModel::TitleRole), (QStringList{u"Koffieochtend"_s, u"Moestuin"_s}));
    }

    void rolesAreTheRowKeys()
    {
        StaffReviewOpportunityModel model;
        const QVariantList rows = m_store.repository().reviewOpportunities();
        QVERIFY(!rows.isEmpty());
        QCOMPARE(StaffModelFixture::sortedRoleNames(model), StaffModelFixture::sortedKeys(rows.first()));
        QCOMPARE(int(StaffReviewOpportunityModel::OpportunityIdRole), Qt::UserRole + 1);
    }
};

QTEST_GUILESS_MAIN(TestStaffReviewOpportunityModel)
#include "tst_staffreviewopportunitymodel.moc"
