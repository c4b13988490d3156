// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/staffauditmodel.h"
#include "staffmodelfixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace Qt::StringLiterals;
using StaffModelFixture::column;

// The audit page: the server's log of the site and this tablet's own entries together,
// newest first, with the staff member's name where this tablet knows it; only the newest
// StaffAuditModel::kMaxRows; a pulled entry appears on top after the next pull.
class TestStaffAuditModel : public QObject
{
    Q_OBJECT

private:
    StaffModelFixture::Store m_store;
    const QDateTime m_now = QDateTime(QDate(2026, 11, 28), QTime(9, 0), Qt::UTC);

    bool pulledEntry(const QString &id, const QString &staffId, const QString &action, int minutesAgo)
    {
        Wire::AuditChange a;
        a.id = id;
        a.at = m_now.addSecs(-60 * minutesAgo);
        a.deviceTime = a.at;
        a.staffId = staffId;
        a.deviceId = u"tablet-2"_s;
        a.action = action;
        a.entity = u"signup"_s;
        a.entityId = u"s1"_s;
        return m_store.repository().applyPulled(a);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_store.open());
        QVERIFY(m_store.repository().upsertAccount({u"st-1"_s, u"fdemir"_s, u"Fatma Demir"_s, {}, {}, 0, {}, m_now}));
        QVERIFY(pulledEntry(u"a1"_s, u"st-1"_s, u"decision"_s, 30));
        QVERIFY(pulledEntry(u"a2"_s, u"st-7"_s, u"identity-check"_s, 20));
        QVERIFY(m_store.repository().auditOnDevice(u"st-1"_s, u"unlock"_s, {}, {}, m_now.addSecs(-600)));
    }

    void emptyWithoutDatabase()
    {
        StaffAuditModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(model.rowCount(), 0);
    }

    void serverAndTabletNewestFirst()
    {
        StaffAuditModel model(m_store.database());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(column(model, StaffAuditModel::ActionRole),
                 (QStringList{u"unlock"_s, u"identity-check"_s, u"decision"_s}));
        // A colleague this tablet never saw signing in is shown by id.
        QCOMPARE(column(model, StaffAuditModel::StaffNameRole),
                 (QStringList{u"Fatma Demir"_s, u"st-7"_s, u"Fatma Demir"_s}));
        QCOMPARE(column(model, StaffAuditModel::OnDeviceRole), (QStringList{u"true"_s, u"false"_s, u"false"_s}));
        QCOMPARE(column(model, StaffAuditModel::DeviceIdRole), (QStringList{QString(), u"tablet-2"_s, u"tablet-2"_s}));
        QCOMPARE(model.index(2, 0).data(StaffAuditModel::AtRole).toString(), u"2026-11-28T08:30:00.000Z"_s);
        QCOMPARE(model.index(2, 0).data(StaffAuditModel::EntityRole).toString(), u"signup"_s);
        QCOMPARE(model.index(2, 0).data(StaffAuditModel::EntityIdRole).toString(), u"s1"_s);
    }

    void aPulledEntryAppearsOnTop()
    {
        StaffAuditModel model(m_store.database());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy count(&model, &StaffRowModel::countChanged);
        QVERIFY(count.isValid());
        QVERIFY(pulledEntry(u"a3"_s, u"st-1"_s, u"placement"_s, 1));
        model.reload();
        QCOMPARE(count.count(), 1);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.index(0, 0).data(StaffAuditModel::ActionRole).toString(), u"placement"_s);
        // Re-reading without news changes nothing.
        model.reload();
        QCOMPARE(count.count(), 1);
    }

    void onlyTheNewest()
    {
        for (int i = 0; i < StaffAuditModel::kMaxRows + 5; ++i)
            QVERIFY(pulledEntry(u"bulk-%1"_s.arg(i), u"st-1"_s, u"hours-verify"_s, 1000 + i));
        StaffAuditModel model(m_store.database());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(model.rowCount(), StaffAuditModel::kMaxRows);
        QCOMPARE(model.index(0, 0).data(StaffAuditModel::ActionRole).toString(), u"placement"_s);
    }

    void rolesAreTheRowKeys()
    {
        StaffAuditModel model;
        const QVariantList rows = m_store.repository().audit(1);
        QVERIFY(!rows.isEmpty());
        QCOMPARE(StaffModelFixture::sortedRoleNames(model), StaffModelFixture::sortedKeys(rows.first()));
        QCOMPARE(int(StaffAuditModel::AuditIdRole), Qt::UserRole + 1);
    }
};

QTEST_GUILESS_MAIN(TestStaffAuditModel)
#include "tst_staffauditmodel.moc"
