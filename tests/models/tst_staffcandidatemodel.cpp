// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/staffcandidatemodel.h"
#include "staffmodelfixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace Qt::StringLiterals;
using StaffModelFixture::column;

// "Wie past hierbij?" on the tablet: the tenants it holds who fit the opportunity, best first,
// with the reason in words; a tenant without `matching` consent is never listed, one who
// withdraws it leaves the list at the next reload (a pull), one already signed up comes last.
class TestStaffCandidateModel : public QObject
{
    Q_OBJECT

private:
    StaffModelFixture::Store m_store;

    static Meedoen::ConsentRecord consent(const QString &personId, const QString &purpose, bool withdrawn = false)
    {
        Meedoen::ConsentRecord c{personId, purpose, u"2026-11-01"_s,
                                 QDateTime(QDate(2026, 11, 2), QTime(10, 0), Qt::UTC), {}, u"nl"_s};
        if (withdrawn)
            c.withdrawnAt = c.givenAt.addDays(1);
        return c;
    }

    bool tenant(const QString &id, const QString &given, const QString &family, const QStringList &interests,
                const QStringList &purposes, const QStringList &withdrawn = {})
    {
        Wire::PersonChange c;
        c.person.id = id;
        c.person.givenName = given;
        c.person.familyName = family;
        c.person.address.postcode = u"3083 BK"_s;
        c.person.address.houseNumber = 12;
        c.person.dateOfBirth = QDate(1980, 5, 17);
        c.person.interests = interests;
        c.person.neighbourhoods = {u"wielewaal"_s};
        c.person.languages = {u"nl"_s};
        Meedoen::Availability tuesdayMorning;
        tuesdayMorning.set(1, Meedoen::PartOfDay::Morning);
        c.person.availability = tuesdayMorning;
        for (const QString &p : purposes)
            c.consents.append(consent(id, p, withdrawn.contains(p)));
        return m_store.repository().applyPulled(c);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_store.open());
        Meedoen::Opportunity garden;
        garden.id = u"garden"_s;
        garden.title = u"Deeltuin samen beheren"_s;
        garden.kind = Meedoen::OpportunityKind::SelfManagement;
        garden.neighbourhood = u"wielewaal"_s;
        garden.site = {u"site-a"_s, u"Buurthuis A"_s, u"wielewaal"_s, u"Dortsmondstraat 1"_s, 51.88, 4.48};
        garden.schedule = u"Elke dinsdag 9:00–12:00"_s;
        garden.tags = {u"tuin"_s, u"groen"_s};
        garden.version = 1;
        QVERIFY(CatalogueRepository(m_store.database()->connection()).upsert({}, {}, {garden}));

        QVERIFY(tenant(u"p1"_s, u"Fatma"_s, u"Yılmaz"_s, {u"tuin"_s}, {u"contact"_s, u"matching"_s}));
        QVERIFY(tenant(u"p2"_s, u"Jan"_s, u"Bakker"_s, {u"koken"_s}, {u"matching"_s}));
        QVERIFY(tenant(u"p3"_s, u"Anna"_s, u"Kowalska"_s, {u"tuin"_s}, {u"contact"_s, u"share-partner"_s}));  // never gave it
        QVERIFY(tenant(u"p4"_s, u"Kees"_s, u"de Wit"_s, {u"tuin"_s}, {u"matching"_s}, {u"matching"_s}));      // withdrew it
        QVERIFY(tenant(u"p5"_s, u"Piet"_s, u"Aalders"_s, {u"tuin"_s, u"groen"_s}, {u"matching"_s}));
        QVERIFY(m_store.signup(u"s5"_s, u"p5"_s, u"garden"_s, Meedoen::SignupState::Confirmed, 0, 1));
    }

    void onlyThoseWithConsent_bestFirst()
    {
        StaffCandidateModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setInterestLabel([](const QString &key) { return key == u"tuin" ? u"Tuin en groen"_s : key; });
        model.setDatabase(m_store.database());
        QCOMPARE(model.rowCount(), 0);                  // no opportunity chosen yet
        QSignalSpy count(&model, &StaffRowModel::countChanged);
        QVERIFY(count.isValid());
        model.setOpportunityId(u"garden"_s);
        QCOMPARE(count.count(), 1);
        // Anna never gave `matching`, Kees withdrew it: neither appears, not even greyed.
        QCOMPARE(column(model, StaffCandidateModel::NameRole),
                 (QStringList{u"Fatma Yılmaz"_s, u"Jan Bakker"_s, u"Piet Aalders"_s}));
        QCOMPARE(model.index(0, 0).data(StaffCandidateModel::ReasonRole).toString(),
                 u"Interesse: Tuin en groen · Beschikbaar: dinsdagochtend · Woont in Wielewaal · Spreekt Nederlands"_s);
        QCOMPARE(model.index(1, 0).data(StaffCandidateModel::ReasonRole).toString(),
                 u"Beschikbaar: dinsdagochtend · Woont in Wielewaal · Spreekt Nederlands"_s);
        QVERIFY(!model.index(0, 0).data(StaffCandidateModel::SignedUpRole).toBool());
        QVERIFY(model.index(2, 0).data(StaffCandidateModel::SignedUpRole).toBool());   // already in: last
        QVERIFY(model.index(0, 0).data(StaffCandidateModel::ScoreRole).toInt()
                > model.index(1, 0).data(StaffCandidateModel::ScoreRole).toInt());
        QCOMPARE(StaffModelFixture::sortedRoleNames(model), StaffModelFixture::sortedKeys(model.get(0)));
    }

    void withdrawnConsentLeavesAtTheNextReload()
    {
        StaffCandidateModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setDatabase(m_store.database());
        model.setOpportunityId(u"garden"_s);
        QVERIFY(column(model, StaffCandidateModel::PersonIdRole).contains(u"p2"_s));
        // The pull brings Jan again, `matching` withdrawn on his phone.
        QVERIFY(tenant(u"p2"_s, u"Jan"_s, u"Bakker"_s, {u"koken"_s}, {u"matching"_s}, {u"matching"_s}));
        model.reload();
        QCOMPARE(column(model, StaffCandidateModel::PersonIdRole), (QStringList{u"p1"_s, u"p5"_s}));
        // Unknown opportunity: nobody.
        model.setOpportunityId(u"nowhere"_s);
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestStaffCandidateModel)
#include "tst_staffcandidatemodel.moc"
