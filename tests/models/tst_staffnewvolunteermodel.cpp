// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/staffnewvolunteermodel.h"
#include "staffmodelfixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace Qt::StringLiterals;
using StaffModelFixture::column;

// The new volunteers a staff member checks against the rent administration: by family name,
// with tenant number, address and date of birth; a volunteer leaves the list once checked
// (on the server by any tablet, or queued here and not refused), and when erased.
class TestStaffNewVolunteerModel : public QObject
{
    Q_OBJECT

private:
    StaffModelFixture::Store m_store;
    QDateTime m_now = QDateTime(QDate(2026, 11, 28), QTime(9, 0), Qt::UTC);

    bool checkedOnServer(const QString &id, const QString &given, const QString &family)
    {
        Wire::PersonChange c;
        c.person.id = id;
        c.person.givenName = given;
        c.person.familyName = family;
        c.identityCheck = Wire::IdentityCheckRecord{Meedoen::IdentityMethod::Address, u"st-2"_s, u"tablet-2"_s, m_now};
        return m_store.repository().applyPulled(c);
    }

    qint64 checkedHere(const QString &personId)
    {
        Wire::IdentityCheckPayload check;
        check.staffId = u"st-1"_s;
        check.personId = personId;
        return m_store.repository().queue(check, personId, m_now, u"m-check-"_s + personId);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_store.open());
        QVERIFY(m_store.person(u"p1"_s, u"Fatma"_s, u"Yılmaz"_s, u"T-100"_s));
        QVERIFY(m_store.person(u"p2"_s, u"Jan"_s, u"de Vries"_s, QString()));
        QVERIFY(m_store.person(u"p3"_s, u"Kees"_s, u"Bakker"_s, u"T-300"_s));
        QVERIFY(checkedOnServer(u"p9"_s, u"Anna"_s, u"Kowalska"_s));
    }

    void emptyWithoutDatabase()
    {
        StaffNewVolunteerModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(model.rowCount(), 0);
    }

    void uncheckedByFamilyName()
    {
        StaffNewVolunteerModel model(m_store.database());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        // Anna Kowalska was checked by another tablet of the site.
        QCOMPARE(column(model, StaffNewVolunteerModel::NameRole),
                 (QStringList{u"Kees Bakker"_s, u"Fatma Yılmaz"_s, u"Jan de Vries"_s}));
        QCOMPARE(column(model, StaffNewVolunteerModel::TenantNumberRole),
                 (QStringList{u"T-300"_s, u"T-100"_s, QString()}));
        QCOMPARE(model.index(0, 0).data(StaffNewVolunteerModel::AddressRole).toString(), u"3083 BK 12"_s);
        QCOMPARE(model.index(0, 0).data(StaffNewVolunteerModel::DateOfBirthRole).toString(), u"1980-05-17"_s);
        QCOMPARE(model.index(0, 0).data(StaffNewVolunteerModel::PersonIdRole).toString(), u"p3"_s);
    }

    void checkedOrErasedLeavesTheList()
    {
        StaffNewVolunteerModel model(m_store.database());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy count(&model, &StaffRowModel::countChanged);
        QVERIFY(count.isValid());

        // Checked on this tablet: off the list at once, before the server answers.
        const qint64 seq = checkedHere(u"p3"_s);
        QVERIFY(seq > 0);
        model.reload();
        QCOMPARE(count.count(), 1);
        QCOMPARE(column(model, StaffNewVolunteerModel::NameRole), (QStringList{u"Fatma Yılmaz"_s, u"Jan de Vries"_s}));

        // The server refused the check (the staff member's site changed): back on the list.
        QVERIFY(m_store.repository().recordOutcome(seq, Wire::Outcome::refused(seq, u"forbidden"_s)));
        model.reload();
        QCOMPARE(count.count(), 2);
        QCOMPARE(model.rowCount(), 3);

        // A check by another tablet arrives with the next pull.
        QVERIFY(checkedOnServer(u"p1"_s, u"Fatma"_s, u"Yılmaz"_s));
        model.reload();
        QCOMPARE(column(model, StaffNewVolunteerModel::NameRole), (QStringList{u"Kees Bakker"_s, u"Jan de Vries"_s}));

        // Erased: gone, name and all.
        Wire::PersonChange erased;
        erased.person.id = u"p2"_s;
        erased.erased = true;
        QVERIFY(m_store.repository().applyPulled(erased));
        model.reload();
        QCOMPARE(column(model, StaffNewVolunteerModel::NameRole), QStringList{u"Kees Bakker"_s});

        // A new volunteer pulled later joins the list.
        QVERIFY(m_store.person(u"p4"_s, u"Sanne"_s, u"Aydın"_s, u"T-400"_s));
        model.reload();
        QCOMPARE(column(model, StaffNewVolunteerModel::NameRole), (QStringList{u"Sanne Aydın"_s, u"Kees Bakker"_s}));
    }

    void verdictOfTheServer()
    {
        // The server's tenancy check arrives with the person; none before its first import.
        Wire::PersonChange c;
        c.person.id = u"p7"_s;
        c.person.givenName = u"Mehmet"_s;
        c.person.familyName = u"Aksoy"_s;
        c.person.tenantNumber = u"T-700"_s;
        c.tenancyVerdict = Meedoen::TenancyVerdict::Mismatch;
        QVERIFY(m_store.repository().applyPulled(c));
        StaffNewVolunteerModel model(m_store.database());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(model.index(0, 0).data(StaffNewVolunteerModel::NameRole).toString(), u"Mehmet Aksoy"_s);
        QCOMPARE(model.index(0, 0).data(StaffNewVolunteerModel::TenancyVerdictRole).toString(), u"mismatch"_s);
        QCOMPARE(model.index(1, 0).data(StaffNewVolunteerModel::TenancyVerdictRole).toString(), QString());
        // The next import found the number at this address: the same row says so.
        c.tenancyVerdict = Meedoen::TenancyVerdict::Match;
        QVERIFY(m_store.repository().applyPulled(c));
        model.reload();
        QCOMPARE(model.index(0, 0).data(StaffNewVolunteerModel::TenancyVerdictRole).toString(), u"match"_s);
        // The person's detail carries it too.
        QCOMPARE(m_store.repository().person(u"p7"_s).value(u"tenancyVerdict"_s).toString(), u"match"_s);
    }

    void rolesAreTheRowKeys()
    {
        StaffNewVolunteerModel model;
        const QVariantList rows = m_store.repository().newVolunteers();
        QVERIFY(!rows.isEmpty());
        QCOMPARE(StaffModelFixture::sortedRoleNames(model), StaffModelFixture::sortedKeys(rows.first()));
        QCOMPARE(int(StaffNewVolunteerModel::PersonIdRole), Qt::UserRole + 1);
    }
};

QTEST_GUILESS_MAIN(TestStaffNewVolunteerModel)
#include "tst_staffnewvolunteermodel.moc"
