// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/staffopportunitymodel.h"
#include "models/cataloguemodel.h"
#include "staffmodelfixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace Qt::StringLiterals;
using StaffModelFixture::column;
using K = Meedoen::OpportunityKind;
using S = Meedoen::OpportunityStatus;

// The catalogue editor's list: every opportunity, closed ones too, by title; narrowed to
// the staff member's sites, a kind and a status; a catalogue change pulled later shows.
class TestStaffOpportunityModel : public QObject
{
    Q_OBJECT

private:
    StaffModelFixture::Store m_store;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_store.open());
        QVERIFY(m_store.opportunity(u"tuin"_s, u"Moestuin"_s, K::VolunteerTask, S::Open, u"site-a"_s, 4));
        QVERIFY(m_store.opportunity(u"stage"_s, u"Stage keuken"_s, K::TrainingPlace, S::Paused, u"site-a"_s, 1));
        QVERIFY(m_store.opportunity(u"koffie"_s, u"Koffieochtend"_s, K::VolunteerTask, S::Closed, u"site-b"_s, 0));
        QVERIFY(m_store.opportunity(u"trap"_s, u"Trappenhuis schoon"_s, K::SelfManagement, S::Open, u"site-b"_s, 6));
    }

    void everyOpportunityByTitle()
    {
        StaffOpportunityModel model(m_store.database());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(column(model, StaffOpportunityModel::TitleRole),
                 (QStringList{u"Koffieochtend"_s, u"Moestuin"_s, u"Stage keuken"_s, u"Trappenhuis schoon"_s}));
        QCOMPARE(column(model, StaffOpportunityModel::StatusRole),
                 (QStringList{u"closed"_s, u"open"_s, u"paused"_s, u"open"_s}));
        QCOMPARE(column(model, StaffOpportunityModel::PlaceRole),
                 (QStringList{u"Buurthuis B"_s, u"Buurthuis A"_s, u"Buurthuis A"_s, u"Buurthuis B"_s}));
        QCOMPARE(model.index(1, 0).data(StaffOpportunityModel::CapacityRole).toInt(), 4);
        QCOMPARE(model.index(1, 0).data(StaffOpportunityModel::StartDateRole).toString(), u"2026-11-02"_s);
        QCOMPARE(model.index(1, 0).data(StaffOpportunityModel::EndDateRole).toString(), QString());
        QCOMPARE(model.index(2, 0).data(StaffOpportunityModel::TrainingTypeRole).toString(), u"internship"_s);
    }

    void filter_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QStringList>("sites");
        QTest::addColumn<QStringList>("ids");
        QTest::newRow("all") << QString() << QString() << QStringList() << QStringList{u"koffie"_s, u"tuin"_s, u"stage"_s, u"trap"_s};
        QTest::newRow("volunteer") << u"volunteer"_s << QString() << QStringList() << QStringList{u"koffie"_s, u"tuin"_s};
        QTest::newRow("training") << u"training"_s << QString() << QStringList() << QStringList{u"stage"_s};
        QTest::newRow("open") << QString() << u"open"_s << QStringList() << QStringList{u"tuin"_s, u"trap"_s};
        QTest::newRow("open volunteer") << u"volunteer"_s << u"open"_s << QStringList() << QStringList{u"tuin"_s};
        QTest::newRow("site a") << QString() << QString() << QStringList{u"site-a"_s} << QStringList{u"tuin"_s, u"stage"_s};
        QTest::newRow("both sites, closed") << QString() << u"closed"_s << QStringList{u"site-a"_s, u"site-b"_s}
                                            << QStringList{u"koffie"_s};
        QTest::newRow("unknown site") << QString() << QString() << QStringList{u"site-z"_s} << QStringList();
    }

    void filter()
    {
        QFETCH(QString, kind);
        QFETCH(QString, status);
        QFETCH(QStringList, sites);
        QFETCH(QStringList, ids);
        StaffOpportunityModel model(m_store.database());
        StaffOpportunityProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy kindChanged(&proxy, &StaffOpportunityProxy::kindChanged);
        QSignalSpy statusChanged(&proxy, &StaffOpportunityProxy::statusChanged);
        QSignalSpy sitesChanged(&proxy, &StaffOpportunityProxy::siteIdsChanged);
        QVERIFY(kindChanged.isValid());
        QVERIFY(statusChanged.isValid());
        QVERIFY(sitesChanged.isValid());
        proxy.setKind(kind);
        proxy.setStatus(status);
        proxy.setSiteIds(sites);
        QCOMPARE(kindChanged.count(), kind.isEmpty() ? 0 : 1);
        QCOMPARE(statusChanged.count(), status.isEmpty() ? 0 : 1);
        QCOMPARE(sitesChanged.count(), sites.isEmpty() ? 0 : 1);
        QCOMPARE(column(proxy, StaffOpportunityModel::OpportunityIdRole), ids);
    }

    void reloadAfterPull()
    {
        StaffOpportunityModel model(m_store.database());
        StaffOpportunityProxy proxy;
        proxy.setSourceModel(&model);
        proxy.setStatus(u"open"_s);
        QAbstractItemModelTester modelTester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QVERIFY(reset.isValid());

        // Reopened elsewhere: the same rows, one changed, so no reset.
        QVERIFY(m_store.opportunity(u"stage"_s, u"Stage keuken"_s, K::TrainingPlace, S::Open, u"site-a"_s, 1));
        model.reload();
        QCOMPARE(reset.count(), 0);
        QCOMPARE(column(proxy, StaffOpportunityModel::OpportunityIdRole), (QStringList{u"tuin"_s, u"stage"_s, u"trap"_s}));

        QVERIFY(m_store.opportunity(u"bieb"_s, u"Bibliotheek"_s, K::VolunteerTask, S::Open, u"site-b"_s, 2));
        model.reload();
        QCOMPARE(reset.count(), 1);
        QCOMPARE(column(proxy, StaffOpportunityModel::OpportunityIdRole),
                 (QStringList{u"bieb"_s, u"tuin"_s, u"stage"_s, u"trap"_s}));
    }

    // What the catalogue page's delegates read today (StaffCatalogue::opportunities()'s
    // rows) are roles with the same names.
    void rolesCoverTheDelegateKeys()
    {
        StaffOpportunityModel model;
        QStringList roles;
        for (const QByteArray &name : model.roleNames())
            roles.append(QString::fromLatin1(name));
        for (const char *key : {"opportunityId", "title", "kind", "status", "place", "placesTaken", "capacity"})
            QVERIFY2(roles.contains(QLatin1String(key)), key);
        const QVariantMap row = CatalogueModel::opportunityFields({});
        for (const QString &role : std::as_const(roles))
            QVERIFY2(row.contains(role), qPrintable(role));
        QCOMPARE(int(StaffOpportunityModel::OpportunityIdRole), Qt::UserRole + 1);
    }
};

QTEST_GUILESS_MAIN(TestStaffOpportunityModel)
#include "tst_staffopportunitymodel.moc"
