// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/testpaths.h"
#include "controllers/registrationcontroller.h"
#include "controllers/staffintake.h"
#include "controllers/stafftablet.h"
#include "protocol/mutation.h"
#include "storage/cataloguerepository.h"
#include "storage/database.h"
#include "storage/outbox.h"
#include "storage/registrationrepository.h"
#include "sync/syncclient.h"
#include "common/enrolleddevice.h"
#include "common/tenants.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Meedoen;
using SyncFixture::Server;

// Staff intake on the tablet, end to end against the real meedoen-server (SQLite, or
// PostgreSQL with MEEDOEN_TEST_PG=1 under pg_virtualenv): a wijkconsulent registers a tenant
// and signs them up while the tablet is offline; after the sync the server has the person and
// the sign-up once, the audit names the staff member, the tablet lists the person, and the
// tenant's phone links with the receipt's personal code and date of birth and sees the
// sign-up. A kiosk that names a staff member, or a tablet that names none, is refused.
class TestStaffIntake : public QObject
{
    Q_OBJECT

    struct Device
    {
        Database db;
        std::unique_ptr<SyncClient> client;
    };

    QTemporaryDir m_dir;
    QNetworkAccessManager m_nam;
    std::unique_ptr<Server> m_server;
    int m_devices = 0;
    const QString m_password = u"correct horse battery"_s;

    std::unique_ptr<Device> device(const QString &kind)
    {
        auto d = std::make_unique<Device>();
        if (d->db.open(m_dir.filePath(u"device-%1.db"_s.arg(++m_devices))) != Database::Status::Open)
            return nullptr;
        d->client = Fixtures::enrolledClient(m_nam, d->db, *m_server, kind, u"site-a"_s);
        return d->client ? std::move(d) : nullptr;
    }

    // Anna signs in on this tablet (online) and chooses her PIN: unlocked.
    void signIn(StaffTablet &staff)
    {
        QSignalSpy stage(staff.session(), &StaffSession::stageChanged);
        QVERIFY(stage.isValid());
        staff.session()->login(u"anna"_s, m_password);
        QVERIFY(stage.wait(20000));
        QVERIFY(staff.session()->choosePin(u"24680"_s, u"24680"_s));
    }

    // The rows of a staff list whose `role` is `value`.
    static QVariantList rowsWith(const StaffRowModel *model, const QString &role, const QString &value)
    {
        QVariantList rows;
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->get(row).value(role).toString() == value)
                rows.append(model->get(row));
        }
        return rows;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_server = std::make_unique<Server>(TestPaths::serverBinary(), m_dir.path());
        QVERIFY(m_server->createDatabase(u"staffintake"_s));
        QVERIFY(m_server->importCatalogue(5));
        QVERIFY(m_server->start());
        QVERIFY(Fixtures::addStaff(TestPaths::serverBinary(), m_server->db(), u"site-a"_s,
                                   u"anna"_s, u"Anna de Boer"_s, m_password));
    }

    void cleanupTestCase() { m_server.reset(); }

    void intakeOfflineThenSyncedOnceAndLinkedOnThePhone()
    {
        auto tablet = device(u"staff"_s);
        auto phone = device(u"phone"_s);
        QVERIFY(tablet && phone);
        StaffTablet staff(&tablet->db, tablet->client.get(), [] { return QDateTime::currentDateTimeUtc(); },
                          StaffPinGuard::Cost::Minimum);
        signIn(staff);
        QCOMPARE(staff.session()->stage(), StaffSession::Stage::Unlocked);
        QVERIFY(Fixtures::syncUntilDrained(*tablet->client));

        // On the tablet, offline: registered, then signed up for "Koffie schenken".
        RegistrationRepository registrations(tablet->db.connection());
        CatalogueRepository catalogue(tablet->db.connection());
        RegistrationController registration(&registrations, &catalogue);
        StaffIntake intake(&registration);
        intake.setSession(staff.session());
        QVERIFY(intake.begin());
        registration.setField(u"givenName"_s, u"Samira"_s);
        registration.setField(u"familyName"_s, u"Intake"_s);
        registration.setField(u"phone"_s, u"06 12345678"_s);
        registration.setField(u"postcode"_s, u"3083bk"_s);
        registration.setField(u"houseNumber"_s, u"7"_s);
        registration.setField(u"birthDay"_s, u"14"_s);
        registration.setField(u"birthMonth"_s, u"2"_s);
        registration.setField(u"birthYear"_s, u"1979"_s);
        registration.setConsent(u"contact"_s, true);
        QVERIFY2(registration.submit(), qPrintable(registration.submitError()));
        const QString code = intake.personalCode();
        QVERIFY(!code.isEmpty());
        QVERIFY(registration.begin(u"open"_s));
        QVERIFY2(registration.submit(), qPrintable(registration.submitError()));
        QCOMPARE(Outbox(tablet->db.connection()).pendingCount(), 2);
        intake.finish();

        // Synced: the server has the person and the sign-up once; the tablet keeps no copy of
        // its own but lists the person as pulled, and the audit names the staff member.
        QVERIFY(Fixtures::syncUntilDrained(*tablet->client));
        QVERIFY(Fixtures::syncRound(*tablet->client));
        QVERIFY(Fixtures::syncRound(*tablet->client)); // again: nothing is applied twice
        QCOMPARE(Outbox(tablet->db.connection()).pendingCount(), 0);
        QVERIFY(registrations.persons().isEmpty());
        const QVariantList listed = rowsWith(staff.persons()->personList(), u"name"_s, u"Samira Intake"_s);
        QCOMPARE(listed.size(), 1);
        const QString personId = listed.first().toMap().value(u"personId"_s).toString();
        const QVariantMap person = staff.persons()->person(personId);
        const QVariantList signups = person.value(u"signups"_s).toList();
        QCOMPARE(signups.size(), 1);
        const QVariantList registered = rowsWith(staff.persons()->auditList(), u"entityId"_s, personId);
        QCOMPARE(registered.size(), 1);
        QCOMPARE(registered.first().toMap().value(u"action"_s).toString(), u"registration"_s);
        QCOMPARE(registered.first().toMap().value(u"staffName"_s).toString(), u"Anna de Boer"_s);
        const QVariantList signedUp = rowsWith(staff.persons()->auditList(), u"action"_s, u"signup"_s);
        QCOMPARE(signedUp.size(), 1);
        QCOMPARE(signedUp.first().toMap().value(u"staffName"_s).toString(), u"Anna de Boer"_s);

        // The tenant's phone links with the printed code and the date of birth.
        RegistrationRepository phoneRegistrations(phone->db.connection());
        CatalogueRepository phoneCatalogue(phone->db.connection());
        RegistrationController phoneRegistration(&phoneRegistrations, &phoneCatalogue);
        phoneRegistration.setRemembersTenant(true);
        phoneRegistration.setField(u"personalCode"_s, code);
        phoneRegistration.setField(u"birthDay"_s, u"14"_s);
        phoneRegistration.setField(u"birthMonth"_s, u"2"_s);
        phoneRegistration.setField(u"birthYear"_s, u"1979"_s);
        QVERIFY(phoneRegistration.requestLink());
        QVERIFY(Fixtures::syncUntilDrained(*phone->client));
        QVERIFY(Fixtures::syncRound(*phone->client));
        phoneRegistration.refreshTenant();
        QCOMPARE(phoneRegistration.linkState(), u"linked"_s);
        QCOMPARE(phoneRegistration.tenantId(), personId);
        const QList<Signup> onPhone = phoneRegistrations.signups(personId);
        QCOMPARE(onPhone.size(), 1);
        QCOMPARE(onPhone.first().opportunityId, u"open"_s);
        QCOMPARE(onPhone.first().state, SignupState::Confirmed);
    }

    // Only a staff tablet with a signed-in staff member registers for staff; a kiosk never
    // speaks for one, and a tablet's registration without one is refused.
    void staffIdOnlyFromASignedInTablet()
    {
        auto kiosk = device(u"kiosk"_s);
        auto tablet = device(u"staff"_s);
        auto watcher = device(u"staff"_s);
        QVERIFY(kiosk && tablet && watcher);
        StaffTablet staff(&watcher->db, watcher->client.get(), [] { return QDateTime::currentDateTimeUtc(); },
                          StaffPinGuard::Cost::Minimum);
        signIn(staff);
        const QString annaId = staff.session()->staffId();
        QVERIFY(!annaId.isEmpty());

        const QDateTime now = QDateTime::currentDateTimeUtc();
        const Person fromKiosk = Fixtures::person(u"Kiosk"_s, u"Metstaf"_s);
        Wire::RegistrationPayload kioskPayload{fromKiosk, {Fixtures::contactConsent(fromKiosk, now)}, false};
        kioskPayload.staffId = annaId;
        QVERIFY(Outbox(kiosk->db.connection()).enqueue(kioskPayload, fromKiosk.id, now, Fixtures::uuid()));
        // This tablet never signed anna in: its intake is refused as well.
        const Person fromTablet = Fixtures::person(u"Tablet"_s, u"Zonderlogin"_s);
        Wire::RegistrationPayload tabletPayload{fromTablet, {Fixtures::contactConsent(fromTablet, now)}, false};
        tabletPayload.staffId = annaId;
        QVERIFY(Outbox(tablet->db.connection()).enqueue(tabletPayload, fromTablet.id, now, Fixtures::uuid()));
        const Person unnamed = Fixtures::person(u"Tablet"_s, u"Zondernaam"_s);
        QVERIFY(Outbox(tablet->db.connection())
                    .enqueue(Wire::RegistrationPayload{unnamed, {Fixtures::contactConsent(unnamed, now)}, false},
                             unnamed.id, now, Fixtures::uuid()));
        QVERIFY(Fixtures::syncUntilDrained(*kiosk->client));
        QVERIFY(Fixtures::syncUntilDrained(*tablet->client));

        QVERIFY(Fixtures::syncUntilDrained(*watcher->client));
        for (const QString &name : {u"Kiosk Metstaf"_s, u"Tablet Zonderlogin"_s, u"Tablet Zondernaam"_s})
            QVERIFY2(rowsWith(staff.persons()->personList(), u"name"_s, name).isEmpty(), qPrintable(name));
    }
};

QTEST_MAIN(TestStaffIntake)
#include "tst_staff_intake.moc"
