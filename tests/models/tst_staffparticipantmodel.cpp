// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/staffparticipantmodel.h"
#include "staffmodelfixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace Qt::StringLiterals;
using StaffModelFixture::column;

// What the organiser of an opportunity gets: its confirmed participants, name and contact
// only for a tenant whose `share-partner` consent stands (StaffRepository::participantsFor,
// which the CSV export reads too).
class TestStaffParticipantModel : public QObject
{
    Q_OBJECT

private:
    StaffModelFixture::Store m_store;

    bool tenant(const QString &id, const QString &given, const QString &family, bool share, bool withdrawn = false)
    {
        Wire::PersonChange c;
        c.person.id = id;
        c.person.givenName = given;
        c.person.familyName = family;
        c.person.phone = u"+31612345678"_s;
        c.person.email = given.toLower() + u"@example.nl"_s;
        c.person.address.postcode = u"3083 BK"_s;
        c.person.address.houseNumber = 12;
        c.person.dateOfBirth = QDate(1980, 5, 17);
        const QDateTime given_at(QDate(2026, 11, 2), QTime(10, 0), Qt::UTC);
        c.consents.append({id, u"contact"_s, u"2026-11-01"_s, given_at, {}, u"nl"_s});
        if (share)
            c.consents.append({id, u"share-partner"_s, u"2026-11-01"_s, given_at,
                               withdrawn ? given_at.addDays(2) : QDateTime(), u"nl"_s});
        return m_store.repository().applyPulled(c);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_store.open());
        QVERIFY(m_store.opportunity(u"o1"_s, u"Deeltuin"_s, Meedoen::OpportunityKind::VolunteerTask,
                                    Meedoen::OpportunityStatus::Open, u"site-a"_s));
        QVERIFY(tenant(u"p1"_s, u"Fatma"_s, u"Yılmaz"_s, true));
        QVERIFY(tenant(u"p2"_s, u"Jan"_s, u"Bakker"_s, false));
        QVERIFY(tenant(u"p3"_s, u"Anna"_s, u"Kowalska"_s, true, true));     // withdrawn
        QVERIFY(tenant(u"p4"_s, u"Kees"_s, u"de Wit"_s, true));
        QVERIFY(m_store.signup(u"s1"_s, u"p1"_s, u"o1"_s, Meedoen::SignupState::Confirmed, 0, 1));
        QVERIFY(m_store.signup(u"s2"_s, u"p2"_s, u"o1"_s, Meedoen::SignupState::Confirmed, 0, 2));
        QVERIFY(m_store.signup(u"s3"_s, u"p3"_s, u"o1"_s, Meedoen::SignupState::Confirmed, 0, 3));
        QVERIFY(m_store.signup(u"s4"_s, u"p4"_s, u"o1"_s, Meedoen::SignupState::Waitlisted, 1, 4));   // not confirmed
    }

    void nameAndContactOnlyWithConsent()
    {
        StaffParticipantModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setDatabase(m_store.database());
        QSignalSpy changed(&model, &StaffParticipantModel::opportunityIdChanged);
        QVERIFY(changed.isValid());
        model.setOpportunityId(u"o1"_s);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(column(model, StaffParticipantModel::ReferenceCodeRole),
                 (QStringList{u"REF-s1"_s, u"REF-s2"_s, u"REF-s3"_s}));
        QCOMPARE(column(model, StaffParticipantModel::SharedRole), (QStringList{u"true"_s, u"false"_s, u"false"_s}));
        QCOMPARE(column(model, StaffParticipantModel::NameRole), (QStringList{u"Fatma Yılmaz"_s, QString(), QString()}));
        QCOMPARE(column(model, StaffParticipantModel::PhoneRole), (QStringList{u"+31612345678"_s, QString(), QString()}));
        QCOMPARE(column(model, StaffParticipantModel::EmailRole),
                 (QStringList{u"fatma@example.nl"_s, QString(), QString()}));
        QCOMPARE(StaffModelFixture::sortedRoleNames(model), StaffModelFixture::sortedKeys(model.get(0)));
    }
};

QTEST_GUILESS_MAIN(TestStaffParticipantModel)
#include "tst_staffparticipantmodel.moc"
