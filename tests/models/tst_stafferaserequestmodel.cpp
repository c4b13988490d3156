// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/stafferaserequestmodel.h"
#include "staffmodelfixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace Qt::StringLiterals;
using StaffModelFixture::column;

// The erasure requests page: tenants who asked from their phone, open ones first (oldest
// first) with their name, the number of open ones for the staff home; a request is done as
// soon as the person is erased on this tablet, and again when the server says who did it.
class TestStaffEraseRequestModel : public QObject
{
    Q_OBJECT

private:
    StaffModelFixture::Store m_store;
    const QDateTime m_now = QDateTime(QDate(2026, 11, 28), QTime(9, 0), Qt::UTC);

    bool request(const QString &id, const QString &personId, int minutesAgo, const QString &doneBy = {})
    {
        Wire::EraseRequestChange c;
        c.id = id;
        c.personId = personId;
        c.requestedAt = m_now.addSecs(-60 * minutesAgo);
        if (!doneBy.isEmpty()) {
            c.doneAt = m_now.addSecs(-60);
            c.doneBy = doneBy;
        }
        return m_store.repository().applyPulled(c);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_store.open());
        QVERIFY(m_store.repository().upsertAccount({u"st-1"_s, u"fdemir"_s, u"Fatma Demir"_s, {}, {}, 0, {}, m_now}));
        QVERIFY(m_store.person(u"p1"_s, u"Ayla"_s, u"Yilmaz"_s, u"HT-1"_s));
        QVERIFY(m_store.person(u"p2"_s, u"Bram"_s, u"de Vries"_s, u"HT-2"_s));
        QVERIFY(m_store.person(u"p3"_s, u"Cor"_s, u"Jansen"_s, u"HT-3"_s));
        QVERIFY(request(u"r1"_s, u"p1"_s, 30));
        QVERIFY(request(u"r2"_s, u"p2"_s, 90));
    }

    void emptyWithoutDatabase()
    {
        StaffEraseRequestModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.openCount(), 0);
    }

    void openRequestsOldestFirst()
    {
        StaffEraseRequestModel model(m_store.database());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(column(model, StaffEraseRequestModel::NameRole), (QStringList{u"Bram de Vries"_s, u"Ayla Yilmaz"_s}));
        QCOMPARE(column(model, StaffEraseRequestModel::DoneRole), (QStringList{u"false"_s, u"false"_s}));
        QCOMPARE(model.openCount(), 2);
        QCOMPARE(model.index(0, 0).data(StaffEraseRequestModel::RequestedAtRole).toDateTime(), m_now.addSecs(-90 * 60));
    }

    void erasedHereIsDoneAtOnceThenTheServerSaysWho()
    {
        StaffEraseRequestModel model(m_store.database());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy open(&model, &StaffEraseRequestModel::openCountChanged);
        QVERIFY(open.isValid());
        QVERIFY(m_store.repository().anonymiseLocally(u"p2"_s));
        model.reload();
        QVERIFY(open.count() >= 1);
        QCOMPARE(model.openCount(), 1);
        // The open one first; the erased one keeps no name.
        QCOMPARE(column(model, StaffEraseRequestModel::NameRole), (QStringList{u"Ayla Yilmaz"_s, QString()}));
        QCOMPARE(model.index(1, 0).data(StaffEraseRequestModel::DoneRole).toBool(), true);
        QVERIFY(!model.index(1, 0).data(StaffEraseRequestModel::DoneAtRole).toDateTime().isValid());
        // The server's word: done, by whom.
        QVERIFY(request(u"r2"_s, u"p2"_s, 90, u"st-1"_s));
        model.reload();
        QCOMPARE(model.index(1, 0).data(StaffEraseRequestModel::DoneByRole).toString(), u"Fatma Demir"_s);
        QCOMPARE(model.index(1, 0).data(StaffEraseRequestModel::DoneAtRole).toDateTime(), m_now.addSecs(-60));
    }

    void aPulledRequestIsCounted()
    {
        StaffEraseRequestModel model(m_store.database());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy open(&model, &StaffEraseRequestModel::openCountChanged);
        QVERIFY(open.isValid());
        const int before = model.openCount();
        QVERIFY(request(u"r3"_s, u"p3"_s, 5));
        model.reload();
        QVERIFY(open.count() >= 1);
        QCOMPARE(model.openCount(), before + 1);
        QCOMPARE(model.index(before, 0).data(StaffEraseRequestModel::NameRole).toString(), u"Cor Jansen"_s);
    }

    void rolesAreTheRowKeys()
    {
        StaffEraseRequestModel model;
        const QVariantList rows = m_store.repository().eraseRequests();
        QVERIFY(!rows.isEmpty());
        QCOMPARE(StaffModelFixture::sortedRoleNames(model), StaffModelFixture::sortedKeys(rows.first()));
        QCOMPARE(int(StaffEraseRequestModel::RequestIdRole), Qt::UserRole + 1);
    }
};

QTEST_GUILESS_MAIN(TestStaffEraseRequestModel)
#include "tst_stafferaserequestmodel.moc"
