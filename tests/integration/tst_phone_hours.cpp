// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/testpaths.h"
#include "controllers/phonehours.h"
#include "controllers/stafftablet.h"
#include "models/staffhoursmodel.h"
#include "storage/database.h"
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

// Hours from the phone, end to end against the real meedoen-server (SQLite, or PostgreSQL
// with MEEDOEN_TEST_PG=1 under pg_virtualenv): a tenant with a confirmed place logs hours
// while offline, the phone syncs, a staff member verifies them on a tablet, and the phone
// shows them verified with the month's tegenprestatie moved.
class TestPhoneHours : public QObject
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

    static QString stateOf(PhoneHours &hours, const QString &entryId)
    {
        const PhoneHoursModel *model = hours.entries();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row).data(PhoneHoursModel::EntryIdRole).toString() == entryId)
                return model->index(row).data(PhoneHoursModel::StateRole).toString();
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_server = std::make_unique<Server>(TestPaths::serverBinary(), m_dir.path());
        QVERIFY(m_server->createDatabase(u"phonehours"_s));
        QVERIFY(m_server->importCatalogue(5));
        QVERIFY(m_server->start());
        QVERIFY(Fixtures::addStaff(TestPaths::serverBinary(), m_server->db(), u"site-a"_s,
                                   u"anna"_s, u"Anna de Boer"_s, m_password));
    }

    void cleanupTestCase() { m_server.reset(); }

    void loggedOfflineVerifiedOnATabletShownOnThePhone()
    {
        auto phone = device(u"phone"_s);
        auto tablet = device(u"staff"_s);
        QVERIFY(phone && tablet);
        // The tenant registers on the phone and gets a place in the garden.
        QVERIFY(!Fixtures::queueSignup(phone->db.connection(), u"race"_s, u"Uren"_s).isEmpty());
        QVERIFY(Fixtures::syncUntilDrained(*phone->client));
        const auto persons = RegistrationRepository(phone->db.connection()).persons();
        QCOMPARE(persons.size(), 1);
        const QString tenant = persons.first().id;

        StaffTablet staff(&tablet->db, tablet->client.get(), [] { return QDateTime::currentDateTimeUtc(); },
                          StaffPinGuard::Cost::Minimum);
        QSignalSpy stage(staff.session(), &StaffSession::stageChanged);
        QVERIFY(stage.isValid());
        staff.session()->login(u"anna"_s, m_password);
        QVERIFY(stage.wait(20000));
        QCOMPARE(staff.session()->stage(), StaffSession::Stage::ChoosePin);
        QVERIFY(staff.session()->choosePin(u"24680"_s, u"24680"_s));
        QVERIFY(Fixtures::syncUntilDrained(*tablet->client));
        // The tegenprestatie: eight hours a month.
        QVERIFY(staff.persons()->setHoursAgreement(tenant, 480));
        QVERIFY(Fixtures::syncUntilDrained(*tablet->client));

        PhoneHours hours(phone->db.connection());
        hours.setPersonId(tenant);
        QVERIFY(Fixtures::syncRound(*phone->client)); // the agreement
        hours.refresh();
        QVERIFY(hours.canLog());
        QVERIFY(hours.hasAgreement());
        QCOMPARE(hours.balance().value(u"left"_s).toString(), u"8:00"_s);

        // Offline: saved and shown at once, waiting in the outbox.
        hours.setField(u"date"_s, QDate::currentDate().addDays(-1).toString(u"d-M-yyyy"_s));
        hours.setField(u"duration"_s, u"1:30"_s);
        hours.setField(u"note"_s, u"Onkruid gewied"_s);
        QVERIFY(hours.save());
        QCOMPARE(hours.entries()->rowCount(), 1);
        const QString entryId = hours.entries()->index(0).data(PhoneHoursModel::EntryIdRole).toString();
        QCOMPARE(stateOf(hours, entryId), u"queued"_s);
        phone->client->refreshPendingCount();
        QCOMPARE(phone->client->pendingCount(), 1);

        // Back online.
        QSignalSpy answered(phone->client.get(), &SyncClient::hoursOutcomeArrived);
        QVERIFY(answered.isValid());
        QVERIFY(Fixtures::syncUntilDrained(*phone->client));
        QCOMPARE(answered.count(), 1);
        hours.refresh();
        QCOMPARE(stateOf(hours, entryId), u"sent"_s);
        QCOMPARE(hours.balance().value(u"logged"_s).toString(), u"1:30"_s);
        QCOMPARE(hours.balance().value(u"verified"_s).toString(), u"0:00"_s);

        // The staff member sees the tenant's entry on the tablet and verifies it.
        QVERIFY(Fixtures::syncRound(*tablet->client));
        StaffHoursModel *list = staff.persons()->hoursList();
        bool seen = false;
        for (int row = 0; row < list->rowCount(); ++row) {
            const QModelIndex i = list->index(row, 0);
            if (i.data(StaffHoursModel::EntryIdRole).toString() == entryId) {
                seen = true;
                QCOMPARE(i.data(StaffHoursModel::MinutesRole).toInt(), 90);
                QCOMPARE(i.data(StaffHoursModel::LoggedByRole).toString(), u"tenant"_s);
            }
        }
        QVERIFY(seen);
        QVERIFY(staff.persons()->verifyHours(entryId));
        QVERIFY(Fixtures::syncUntilDrained(*tablet->client));

        // The phone's next sync: verified, and the balance moved.
        QVERIFY(Fixtures::syncRound(*phone->client));
        hours.refresh();
        QCOMPARE(stateOf(hours, entryId), u"verified"_s);
        QVERIFY(!hours.startEdit(entryId));
        QCOMPARE(hours.balance().value(u"verified"_s).toString(), u"1:30"_s);
        QCOMPARE(hours.balance().value(u"left"_s).toString(), u"6:30"_s);

        // Another entry, withdrawn before anyone looked: gone on the phone and the tablet.
        hours.setField(u"duration"_s, u"1"_s);
        QVERIFY(hours.save());
        const QString second = hours.entries()->index(0).data(PhoneHoursModel::EntryIdRole).toString();
        QVERIFY(second != entryId);
        QVERIFY(Fixtures::syncUntilDrained(*phone->client));
        QVERIFY(hours.withdraw(second));
        QVERIFY(Fixtures::syncUntilDrained(*phone->client));
        hours.refresh();
        QCOMPARE(hours.entries()->rowCount(), 1);
        QCOMPARE(hours.balance().value(u"logged"_s).toString(), u"1:30"_s);
        QVERIFY(Fixtures::syncRound(*tablet->client));
        for (int row = 0; row < list->rowCount(); ++row)
            QVERIFY(list->index(row, 0).data(StaffHoursModel::EntryIdRole).toString() != second);
    }
};

QTEST_MAIN(TestPhoneHours)
#include "tst_phone_hours.moc"
