// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/staffhoursmodel.h"
#include "staffmodelfixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace Qt::StringLiterals;
using StaffModelFixture::column;

// The hours page: entries as they stand (a corrected one replaced by its correction), the
// ones to verify first and newest first, only those with "unverified only"; a verification
// pulled later moves the entry down or out of the filtered list.
class TestStaffHoursModel : public QObject
{
    Q_OBJECT

private:
    StaffModelFixture::Store m_store;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_store.open());
        QVERIFY(m_store.opportunity(u"tuin"_s, u"Moestuin"_s, Meedoen::OpportunityKind::VolunteerTask,
                                    Meedoen::OpportunityStatus::Open, u"site-a"_s));
        QVERIFY(m_store.person(u"p1"_s, u"Fatma"_s, u"Yılmaz"_s, u"T-100"_s));
        QVERIFY(m_store.person(u"p2"_s, u"Jan"_s, u"de Vries"_s, u"T-200"_s));
        QVERIFY(m_store.hours(u"h1"_s, u"p1"_s, u"tuin"_s, QDate(2026, 10, 5), 120, true));
        QVERIFY(m_store.hours(u"h2"_s, u"p2"_s, u"tuin"_s, QDate(2026, 10, 12), 60, false, u"h3"_s));
        QVERIFY(m_store.hours(u"h3"_s, u"p2"_s, u"tuin"_s, QDate(2026, 10, 12), 90, false));
        QVERIFY(m_store.hours(u"h4"_s, u"p1"_s, u"tuin"_s, QDate(2026, 11, 2), 180, false));
        QVERIFY(m_store.hours(u"h5"_s, u"p2"_s, u"tuin"_s, QDate(2026, 11, 20), 30, true));
    }

    void toVerifyFirst()
    {
        StaffHoursModel model(m_store.database());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(column(model, StaffHoursModel::EntryIdRole), (QStringList{u"h4"_s, u"h3"_s, u"h5"_s, u"h1"_s}));
        QCOMPARE(column(model, StaffHoursModel::NameRole),
                 (QStringList{u"Fatma Yılmaz"_s, u"Jan de Vries"_s, u"Jan de Vries"_s, u"Fatma Yılmaz"_s}));
        QCOMPARE(model.index(1, 0).data(StaffHoursModel::MinutesRole).toInt(), 90);
        QCOMPARE(model.index(1, 0).data(StaffHoursModel::DateRole).toString(), u"2026-10-12"_s);
        QCOMPARE(model.index(1, 0).data(StaffHoursModel::TitleRole).toString(), u"Moestuin"_s);
        QCOMPARE(model.index(1, 0).data(StaffHoursModel::NoteRole).toString(), u"Schoffelen"_s);
        QCOMPARE(model.index(0, 0).data(StaffHoursModel::VerifiedRole).toBool(), false);
        QCOMPARE(model.index(3, 0).data(StaffHoursModel::VerifiedRole).toBool(), true);
    }

    void unverifiedOnly()
    {
        StaffHoursModel model(m_store.database());
        StaffHoursProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy changed(&proxy, &StaffHoursProxy::unverifiedOnlyChanged);
        QVERIFY(changed.isValid());

        QCOMPARE(proxy.rowCount(), 4);
        proxy.setUnverifiedOnly(true);
        QCOMPARE(changed.count(), 1);
        proxy.setUnverifiedOnly(true);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(column(proxy, StaffHoursModel::EntryIdRole), (QStringList{u"h4"_s, u"h3"_s}));
        proxy.setUnverifiedOnly(false);
        QCOMPARE(changed.count(), 2);
        QCOMPARE(proxy.rowCount(), 4);
    }

    void reloadAfterPull()
    {
        StaffHoursModel model(m_store.database());
        StaffHoursProxy proxy;
        proxy.setSourceModel(&model);
        proxy.setUnverifiedOnly(true);
        QAbstractItemModelTester modelTester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);

        // Another tablet verified h4: it leaves the list to verify.
        QVERIFY(m_store.hours(u"h4"_s, u"p1"_s, u"tuin"_s, QDate(2026, 11, 2), 180, true));
        model.reload();
        QCOMPARE(column(proxy, StaffHoursModel::EntryIdRole), QStringList{u"h3"_s});
        QCOMPARE(column(model, StaffHoursModel::EntryIdRole), (QStringList{u"h3"_s, u"h5"_s, u"h4"_s, u"h1"_s}));

        // A tenant logged new hours.
        QVERIFY(m_store.hours(u"h6"_s, u"p1"_s, u"tuin"_s, QDate(2026, 12, 1), 45, false));
        model.reload();
        QCOMPARE(column(proxy, StaffHoursModel::EntryIdRole), (QStringList{u"h6"_s, u"h3"_s}));
    }

    void rolesAreTheRowKeys()
    {
        StaffHoursModel model;
        const QVariantList rows = m_store.repository().hours(false);
        QVERIFY(!rows.isEmpty());
        QStringList keys = rows.first().toMap().keys();
        QStringList roles;
        for (const QByteArray &name : model.roleNames())
            roles.append(QString::fromLatin1(name));
        keys.sort();
        roles.sort();
        QCOMPARE(roles, keys);
        QCOMPARE(int(StaffHoursModel::EntryIdRole), Qt::UserRole + 1);
    }
};

QTEST_GUILESS_MAIN(TestStaffHoursModel)
#include "tst_staffhoursmodel.moc"
