// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/testpaths.h"
#include "controllers/mydata.h"
#include "controllers/staffresults.h"
#include "core/personalcode.h"
#include "controllers/stafftablet.h"
#include "storage/cataloguerepository.h"
#include "storage/database.h"
#include "storage/registrationrepository.h"
#include "sync/syncclient.h"
#include "common/enrolleddevice.h"
#include "common/tenants.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Meedoen;
using SyncFixture::Server;

// The two consents that decide what staff see of a tenant, end to end against the real
// meedoen-server (SQLite, or PostgreSQL with MEEDOEN_TEST_PG=1 under pg_virtualenv):
// `matching` — a tenant who gave it is proposed on the tablet's "Wie past hierbij?", one who
// never gave it never is, and one who withdraws it on the phone is gone after the tablet's
// next pull; `share-partner` — the organiser's participant list and its export name only the
// tenants who gave it.
class TestStaffMatching : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QNetworkAccessManager m_nam;
    std::unique_ptr<Server> m_server;
    int m_devices = 0;
    const QString m_password = u"correct horse battery"_s;

    std::unique_ptr<Fixtures::EnrolledDevice> device(const QString &kind)
    {
        return Fixtures::enrolledDevice(m_nam, *m_server, m_dir.filePath(u"device-%1.db"_s.arg(++m_devices)), kind,
                                        u"site-a"_s);
    }

    // A tenant who likes gardening and is free on Tuesday mornings registers on this device
    // with the consents named and signs up for `opportunity`. Their person id.
    static QString registerTenant(const QSqlDatabase &db, const QString &given, const QString &family,
                                  const QStringList &purposes, const QString &opportunity)
    {
        Submission s;
        s.newPerson = Fixtures::person(given, family);
        s.newPerson->interests = {u"tuin"_s};
        s.newPerson->neighbourhoods = {u"wielewaal"_s};
        s.newPerson->availability.set(1, PartOfDay::Morning);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const QString &purpose : purposes)
            s.consents.append(ConsentRecord{s.newPerson->id, purpose, u"2026-11-01"_s, now, {}, u"nl"_s});
        Signup signup;
        signup.id = Fixtures::uuid();
        signup.personId = s.newPerson->id;
        signup.opportunityId = opportunity;
        signup.referenceCode = generateReferenceCode(*QRandomGenerator::global());
        s.signup = signup;
        return RegistrationRepository(db).submit(s, now) ? s.newPerson->id : QString();
    }

    static QStringList column(const QAbstractItemModel &model, int role)
    {
        QStringList values;
        for (int row = 0; row < model.rowCount(); ++row)
            values.append(model.index(row, 0).data(role).toString());
        return values;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_server = std::make_unique<Server>(TestPaths::serverBinary(), m_dir.path());
        QVERIFY(m_server->createDatabase(u"staffmatching"_s));
        QVERIFY(m_server->importCatalogue(5));
        QVERIFY(m_server->start());
        QVERIFY(Fixtures::addStaff(TestPaths::serverBinary(), m_server->db(), u"site-a"_s,
                                   u"anna"_s, u"Anna de Boer"_s, m_password));
    }

    void cleanupTestCase() { m_server.reset(); }

    void consentsDecideWhatStaffSee()
    {
        auto phone = device(u"phone"_s);
        auto kiosk = device(u"kiosk"_s);
        auto tablet = device(u"staff"_s);
        QVERIFY(phone && kiosk && tablet);
        // On the phone: Fatma gives every consent. At the kiosk: Jan only `contact`, Piet
        // `matching` but not `share-partner`. All three join the Moestuin ("race").
        const QString fatma = registerTenant(phone->db.connection(), u"Fatma"_s, u"Yılmaz"_s,
                                             {u"contact"_s, u"matching"_s, u"share-partner"_s}, u"race"_s);
        QVERIFY(!fatma.isEmpty());
        QVERIFY(!registerTenant(kiosk->db.connection(), u"Jan"_s, u"Bakker"_s, {u"contact"_s}, u"race"_s).isEmpty());
        QVERIFY(!registerTenant(kiosk->db.connection(), u"Piet"_s, u"Aalders"_s, {u"contact"_s, u"matching"_s}, u"race"_s)
                     .isEmpty());
        QVERIFY(Fixtures::syncUntilDrained(*phone->client));
        QVERIFY(Fixtures::syncUntilDrained(*kiosk->client));

        StaffTablet staff(&tablet->db, tablet->client.get(), [] { return QDateTime::currentDateTimeUtc(); },
                          StaffPinGuard::Cost::Minimum);
        QSignalSpy stage(staff.session(), &StaffSession::stageChanged);
        QVERIFY(stage.isValid());
        staff.session()->login(u"anna"_s, m_password);
        QVERIFY(stage.wait(20000));
        QCOMPARE(staff.session()->stage(), StaffSession::Stage::ChoosePin);
        QVERIFY(staff.session()->choosePin(u"24680"_s, u"24680"_s));
        QVERIFY(Fixtures::syncUntilDrained(*tablet->client));

        // "Wie past hierbij?" for the coffee corner: Fatma and Piet; Jan never gave `matching`.
        staff.catalogue()->showOpportunity(u"open"_s);
        const StaffCandidateModel &candidates = *staff.catalogue()->candidates();
        QCOMPARE(column(candidates, StaffCandidateModel::NameRole).size(), 2);
        QVERIFY(column(candidates, StaffCandidateModel::NameRole).contains(u"Fatma Yılmaz"_s));
        QVERIFY(column(candidates, StaffCandidateModel::NameRole).contains(u"Piet Aalders"_s));
        QVERIFY(!column(candidates, StaffCandidateModel::ReasonRole).first().isEmpty());

        // The Moestuin's participants as its organiser gets them: only Fatma by name.
        staff.catalogue()->showOpportunity(u"race"_s);
        const StaffParticipantModel &participants = *staff.catalogue()->participants();
        QCOMPARE(participants.rowCount(), 3);
        QCOMPARE(column(participants, StaffParticipantModel::NameRole),
                 (QStringList{u"Fatma Yılmaz"_s, QString(), QString()}));
        QCOMPARE(column(participants, StaffParticipantModel::PhoneRole),
                 (QStringList{u"+31612345678"_s, QString(), QString()}));
        staff.results()->setExportDir(m_dir.filePath(u"exports"_s));
        const QString path = staff.results()->exportParticipants(u"24680"_s, u"race"_s);
        QVERIFY(!path.isEmpty());
        QFile exported(path);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        const QString csv = QString::fromUtf8(exported.readAll());
        QCOMPARE(csv.count(u"\r\n"_s), 4);
        QVERIFY(csv.contains(u"Fatma Yılmaz"_s));
        QVERIFY(!csv.contains(u"Bakker"_s));
        QVERIFY(!csv.contains(u"Aalders"_s));
        // Every candidate for the Moestuin is already in it: marked, not proposed as new.
        const QStringList signedUp = column(candidates, StaffCandidateModel::SignedUpRole);
        QCOMPARE(signedUp, (QStringList{u"true"_s, u"true"_s}));

        // Fatma withdraws `matching` on her phone; after the tablet's next pull she is gone.
        RegistrationRepository registrations(phone->db.connection());
        CatalogueRepository catalogue(phone->db.connection());
        MyData mine(&registrations, &catalogue, phone->db.connection());
        mine.setPersonId(fatma);
        QVERIFY(mine.withdrawConsent(u"matching"_s));
        QVERIFY(Fixtures::syncUntilDrained(*phone->client));
        staff.catalogue()->showOpportunity(u"open"_s);
        QVERIFY(column(candidates, StaffCandidateModel::NameRole).contains(u"Fatma Yılmaz"_s)); // not pulled yet
        QVERIFY(Fixtures::syncRound(*tablet->client));
        QCOMPARE(column(candidates, StaffCandidateModel::NameRole), QStringList{u"Piet Aalders"_s});
        // `share-partner` still stands: the organiser still gets her name.
        staff.catalogue()->showOpportunity(u"race"_s);
        QCOMPARE(column(participants, StaffParticipantModel::NameRole).first(), u"Fatma Yılmaz"_s);
    }
};

QTEST_MAIN(TestStaffMatching)
#include "tst_staff_matching.moc"
