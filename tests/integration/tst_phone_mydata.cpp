// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/testpaths.h"
#include "controllers/mydata.h"
#include "controllers/stafftablet.h"
#include "storage/cataloguerepository.h"
#include "storage/database.h"
#include "storage/registrationrepository.h"
#include "storage/staffrepository.h"
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

// "Mijn gegevens", end to end against the real meedoen-server (SQLite, or PostgreSQL with
// MEEDOEN_TEST_PG=1 under pg_virtualenv): the tenant withdraws a consent on the phone, the
// staff tablet sees it withdrawn; staff erase the tenant and the phone keeps nothing of them;
// the tenant asks for erasure on the phone and staff carry it out from the tablet's list.
class TestPhoneMyData : public QObject
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

    // Anna signed in on the tablet (online once, then PIN 24680) and its first pull done;
    // nullptr when that fails.
    std::unique_ptr<StaffTablet> staffOn(Device &tablet)
    {
        auto staff = std::make_unique<StaffTablet>(&tablet.db, tablet.client.get(),
                                                   [] { return QDateTime::currentDateTimeUtc(); },
                                                   StaffPinGuard::Cost::Minimum);
        QSignalSpy stage(staff->session(), &StaffSession::stageChanged);
        if (!stage.isValid())
            return nullptr;
        staff->session()->login(u"anna"_s, m_password);
        if (!stage.wait(20000) || staff->session()->stage() != StaffSession::Stage::ChoosePin
            || !staff->session()->choosePin(u"24680"_s, u"24680"_s) || !Fixtures::syncUntilDrained(*tablet.client))
            return nullptr;
        return staff;
    }

    static QVariantMap consentOn(const QVariantList &consents, const QString &purpose)
    {
        for (const QVariant &c : consents) {
            if (c.toMap().value(u"purpose"_s).toString() == purpose)
                return c.toMap();
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_server = std::make_unique<Server>(TestPaths::serverBinary(), m_dir.path());
        QVERIFY(m_server->createDatabase(u"phonemydata"_s));
        QVERIFY(m_server->importCatalogue(5));
        QVERIFY(m_server->start());
        QVERIFY(Fixtures::addStaff(TestPaths::serverBinary(), m_server->db(), u"site-a"_s,
                                   u"anna"_s, u"Anna de Boer"_s, m_password));
    }

    void cleanupTestCase() { m_server.reset(); }

    void consentWithdrawnOnThePhoneThenErasedEverywhere()
    {
        auto phone = device(u"phone"_s);
        auto tablet = device(u"staff"_s);
        QVERIFY(phone && tablet);
        QVERIFY(!Fixtures::queueSignup(phone->db.connection(), u"race"_s, u"Gegevens"_s).isEmpty());
        QVERIFY(Fixtures::syncUntilDrained(*phone->client));
        RegistrationRepository registrations(phone->db.connection());
        CatalogueRepository catalogue(phone->db.connection());
        const auto persons = registrations.persons();
        QCOMPARE(persons.size(), 1);
        const QString tenant = persons.first().id;

        auto signedIn = staffOn(*tablet);
        QVERIFY(signedIn);
        StaffTablet &staff = *signedIn;
        QVERIFY(consentOn(staff.persons()->person(tenant).value(u"consents"_s).toList(), u"contact"_s)
                    .value(u"active"_s).toBool());

        // On the phone: the tenant sees the consent and withdraws it.
        MyData mine(&registrations, &catalogue, phone->db.connection());
        mine.setPersonId(tenant);
        QVERIFY(mine.hasPerson());
        QVERIFY(consentOn(mine.consents(), u"contact"_s).value(u"active"_s).toBool());
        QVERIFY(mine.withdrawConsent(u"contact"_s));
        QVERIFY(!consentOn(mine.consents(), u"contact"_s).value(u"active"_s).toBool());
        QVERIFY(Fixtures::syncUntilDrained(*phone->client));
        phone->client->refreshPendingCount();
        QCOMPARE(phone->client->pendingCount(), 0);
        // The phone's next pull keeps it withdrawn (the server's history says so too).
        QVERIFY(Fixtures::syncRound(*phone->client));
        mine.refresh();
        QVERIFY(!consentOn(mine.consents(), u"contact"_s).value(u"active"_s).toBool());

        // The tablet sees it withdrawn.
        QVERIFY(Fixtures::syncRound(*tablet->client));
        const QVariantMap onTablet = consentOn(staff.persons()->person(tenant).value(u"consents"_s).toList(), u"contact"_s);
        QVERIFY(!onTablet.isEmpty());
        QVERIFY(!onTablet.value(u"active"_s).toBool());

        // Staff erase the tenant (the PIN again); the phone's next pull leaves nothing.
        QVERIFY(staff.persons()->erasePerson(tenant, u"24680"_s));
        QVERIFY(Fixtures::syncUntilDrained(*tablet->client));
        QVERIFY(Fixtures::syncRound(*phone->client));
        mine.refresh();
        QVERIFY(!mine.hasPerson());
        QVERIFY(mine.consents().isEmpty());
        QVERIFY(mine.signups().isEmpty());
        QVERIFY(registrations.consents(tenant).isEmpty());
        QVERIFY(!registrations.person(tenant));
        QVERIFY(Fixtures::syncRound(*tablet->client));
        const QVariantMap erased = staff.persons()->person(tenant); // nothing of them left
        QVERIFY(!erased.value(u"name"_s).toString().contains(u"Gegevens"_s));
        QVERIFY(erased.value(u"consents"_s).toList().isEmpty());
    }

    // The tenant asks on the phone; the tablet pulls the request and staff carry it out with
    // the erasure; the server keeps no person; the phone and the tablets lose the data.
    void erasureAskedOnThePhoneCarriedOutOnTheTablet()
    {
        auto phone = device(u"phone"_s);
        auto tablet = device(u"staff"_s);
        auto otherTablet = device(u"staff"_s);
        QVERIFY(phone && tablet && otherTablet);
        QVERIFY(!Fixtures::queueSignup(phone->db.connection(), u"race"_s, u"Wisverzoek"_s).isEmpty());
        QVERIFY(Fixtures::syncUntilDrained(*phone->client));
        RegistrationRepository registrations(phone->db.connection());
        CatalogueRepository catalogue(phone->db.connection());
        const QString tenant = registrations.persons().first().id;

        // On the phone: asked once (the page's confirmation), sent with the next sync.
        MyData mine(&registrations, &catalogue, phone->db.connection());
        mine.setPersonId(tenant);
        QVERIFY(!mine.erasureRequestedAt().isValid());
        QVERIFY(mine.requestErasure());
        QVERIFY(mine.erasureRequestedAt().isValid());
        QVERIFY(Fixtures::syncUntilDrained(*phone->client));
        phone->client->refreshPendingCount();
        QCOMPARE(phone->client->pendingCount(), 0);
        QCOMPARE(m_server->count(u"SELECT COUNT(*) FROM erase_request WHERE person_id = ? AND done_at IS NULL"_s,
                                 {tenant}),
                 1);
        // Until staff act, the phone keeps the data and says when it was asked.
        QVERIFY(Fixtures::syncRound(*phone->client));
        mine.refresh();
        QVERIFY(mine.hasPerson());
        QVERIFY(mine.erasureRequestedAt().isValid());

        // The tablet pulls the request and shows it open, with the tenant's name.
        auto signedIn = staffOn(*tablet);
        QVERIFY(signedIn);
        StaffTablet &staff = *signedIn;
        StaffEraseRequestModel *requests = staff.persons()->eraseRequestList();
        requests->reloadFrom(&tablet->db);
        QCOMPARE(requests->openCount(), 1);
        const QVariantMap open = requests->get(0);
        QCOMPARE(open.value(u"personId"_s).toString(), tenant);
        QVERIFY(open.value(u"name"_s).toString().contains(u"Wisverzoek"_s));
        QVERIFY(!open.value(u"done"_s).toBool());

        // Staff carry it out with the existing erasure (the PIN again): done here at once.
        QVERIFY(staff.persons()->erasePerson(tenant, u"24680"_s));
        requests->reloadFrom(&tablet->db);
        QCOMPARE(requests->openCount(), 0);
        QVERIFY(Fixtures::syncUntilDrained(*tablet->client));
        QCOMPARE(m_server->count(u"SELECT COUNT(*) FROM person WHERE id = ? AND erased_at IS NULL"_s, {tenant}), 0);
        QCOMPARE(m_server->count(u"SELECT COUNT(*) FROM consent WHERE person_id = ?"_s, {tenant}), 0);
        QCOMPARE(m_server->count(u"SELECT COUNT(*) FROM erase_request WHERE person_id = ? AND done_at IS NULL"_s,
                                 {tenant}),
                 0);
        QVERIFY(Fixtures::syncRound(*tablet->client));
        requests->reloadFrom(&tablet->db);
        QCOMPARE(requests->rowCount(), 1);
        QVERIFY(requests->get(0).value(u"done"_s).toBool());
        QVERIFY(requests->get(0).value(u"doneAt"_s).toDateTime().isValid());
        QCOMPARE(requests->get(0).value(u"doneBy"_s).toString(), u"Anna de Boer"_s);
        QVERIFY(requests->get(0).value(u"name"_s).toString().isEmpty());

        // The phone's next pull leaves nothing of the tenant, the request included.
        QVERIFY(Fixtures::syncRound(*phone->client));
        mine.refresh();
        QVERIFY(!mine.hasPerson());
        QVERIFY(!mine.erasureRequestedAt().isValid());
        QVERIFY(!registrations.person(tenant));
        QVERIFY(registrations.consents(tenant).isEmpty());

        // Another tablet of the site, pulling from scratch, sees the request done and no name.
        QVERIFY(Fixtures::syncUntilDrained(*otherTablet->client));
        StaffRepository other(otherTablet->db.connection());
        const QVariantList seen = other.eraseRequests();
        QCOMPARE(seen.size(), 1);
        QVERIFY(seen.first().toMap().value(u"done"_s).toBool());
        QVERIFY(seen.first().toMap().value(u"name"_s).toString().isEmpty());
        QVERIFY(!other.person(tenant).value(u"name"_s).toString().contains(u"Wisverzoek"_s));
    }
};

QTEST_MAIN(TestPhoneMyData)
#include "tst_phone_mydata.moc"
