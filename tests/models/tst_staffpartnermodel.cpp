// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/staffpartnermodel.h"
#include "staffmodelfixture.h"
#include "storage/partnerrepository.h"

#include <QAbstractItemModelTester>

using namespace Qt::StringLiterals;

// The partner register on the tablet: by name, whatever case, with the kind in words and the
// contact person; a pulled change shows after the next reload.
class TestStaffPartnerModel : public QObject
{
    Q_OBJECT

    StaffModelFixture::Store m_store;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_store.open());
        PartnerRepository partners(m_store.database()->connection());
        QVERIFY(partners.keepPartner({u"b7e1c0de-0000-4000-8000-000000000002"_s, u"roc Maasland"_s,
                                      Meedoen::PartnerKind::Onderwijs, u"Fatima el Amrani"_s, u"+31101234567"_s, {}}));
        QVERIFY(partners.keepPartner({u"b7e1c0de-0000-4000-8000-000000000001"_s, u"Gemeente Rotterdam"_s,
                                      Meedoen::PartnerKind::Gemeente, {}, {}, {}}));
    }

    void emptyWithoutDatabase()
    {
        StaffPartnerModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
    }

    void byNameWithKindInWords()
    {
        StaffPartnerModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDatabase(m_store.database());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.data(model.index(0), StaffPartnerModel::NameRole).toString(), u"Gemeente Rotterdam"_s);
        QCOMPARE(model.data(model.index(1), StaffPartnerModel::NameRole).toString(), u"roc Maasland"_s);
        QCOMPARE(model.data(model.index(1), StaffPartnerModel::KindRole).toString(), u"onderwijs"_s);
        QCOMPARE(model.data(model.index(1), StaffPartnerModel::KindTextRole).toString(), u"Onderwijs"_s);
        QCOMPARE(model.data(model.index(1), StaffPartnerModel::ContactPhoneRole).toString(), u"+31101234567"_s);
        QCOMPARE(model.get(0).value(u"partnerId"_s).toString(), u"b7e1c0de-0000-4000-8000-000000000001"_s);

        // A rename pulled: the same rows, only that one changes.
        QVERIFY(PartnerRepository(m_store.database()->connection())
                    .keepPartner({u"b7e1c0de-0000-4000-8000-000000000002"_s, u"ROC Maasland Zuid"_s,
                                  Meedoen::PartnerKind::Onderwijs, {}, {}, {}}));
        model.reload();
        QCOMPARE(model.data(model.index(1), StaffPartnerModel::NameRole).toString(), u"ROC Maasland Zuid"_s);
        QCOMPARE(model.data(model.index(1), StaffPartnerModel::ContactNameRole).toString(), QString());
    }
};

QTEST_GUILESS_MAIN(TestStaffPartnerModel)
#include "tst_staffpartnermodel.moc"
