// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "controllers/appcontext.h"
#include "controllers/mydata.h"
#include "controllers/stafftablet.h"
#include "controllers/staffreview.h"
#include "controllers/staffsession.h"
#include "core/personalcode.h"
#include "core/signupstatustext.h"
#include "storage/outbox.h"
#include "controllers/startup.h"
#include "sync/syncclient.h"
#include "common/syncfixture.h"
#include "common/syncrounds.h"

#include <QNetworkAccessManager>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SyncFixture;

namespace {

// A device as main.cpp builds it: its own data folder and database, and its sync client.
struct Device
{
    QTemporaryDir dir;
    AppServices services;
    QNetworkAccessManager network;
    std::unique_ptr<SyncClient> sync;

    bool open()
    {
        StartupOptions options;
        options.dataDir = dir.path();
        options.demo = true;
        if (services.open(options).exitCode != ExitCode::Ok)
            return false;
        sync = std::make_unique<SyncClient>(&network, &services.database());
        return true;
    }
    // Enrolled with a fresh code of the given kind; the message on failure.
    QString enroll(Server &server, const QString &kind)
    {
        QSignalSpy enrolled(sync.get(), &SyncClient::enrollFinished);
        if (!enrolled.isValid())
            return u"the enrolment cannot be watched"_s;
        sync->enroll(QUrl(server.url()), server.enrollCode(kind, u"wielewaal-buurthuis"_s));
        if (!enrolled.wait(10000))
            return u"no answer to the enrolment"_s;
        return enrolled.at(0).at(0).toBool() ? QString() : enrolled.at(0).at(1).toString();
    }
};

// A new tenant's details, typed as the registration pages type them (phone 06 12345678,
// postcode 3083 BK).
void typeNewTenant(RegistrationController *form, const QString &givenName, const QString &familyName,
                   const QString &houseNumber, QDate born)
{
    form->setField(u"givenName"_s, givenName);
    form->setField(u"familyName"_s, familyName);
    form->setField(u"phone"_s, u"06 12345678"_s);
    form->setField(u"postcode"_s, u"3083bk"_s);
    form->setField(u"houseNumber"_s, houseNumber);
    form->setField(u"birthDay"_s, QString::number(born.day()));
    form->setField(u"birthMonth"_s, QString::number(born.month()));
    form->setField(u"birthYear"_s, QString::number(born.year()));
}

} // namespace

// The app as main.cpp wires it: an enrolled kiosk whose tenant signs up through the
// registration flow; the save goes out by itself, the server's word comes back, and the
// kiosk forgets the tenant.
class TestAppSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_server = std::make_unique<Server>(TestPaths::serverBinary(), m_dir.path());
        QVERIFY(m_server->createDatabase(u"app"_s));
        const QString catalogue = qEnvironmentVariable("MEEDOEN_SOURCE_DIR") + u"/assets/demo/catalogue.json"_s;
        QCOMPARE(m_server->cli({u"import-catalogue"_s, catalogue}).exitCode, 0);
        QVERIFY(m_server->start());
    }

    void kioskSignupSyncsAndForgetsTheTenant_data()
    {
        QTest::addColumn<QString>("opportunity");
        QTest::addColumn<bool>("seenFull");
        QTest::newRow("open place") << u"wlw-taal-01"_s << false;
        // Full on the kiosk's last sync: the tenant asks for the waitlist; the server,
        // which has room after all, confirms.
        QTest::newRow("waitlist request") << u"wlw-voedselbank-01"_s << true;
    }

    void kioskSignupSyncsAndForgetsTheTenant()
    {
        QFETCH(QString, opportunity);
        QFETCH(bool, seenFull);

        Device device;
        QVERIFY(device.open());
        const QString refused = device.enroll(*m_server, u"kiosk"_s);
        QVERIFY2(refused.isEmpty(), qPrintable(refused));
        AppServices &services = device.services;
        SyncClient &sync = *device.sync;

        AppContext context(AppMode::Kiosk, services);
        context.setSync(&sync);
        QCOMPARE(context.siteName(), u"Buurthuis De Wielewaal"_s);

        RegistrationController *form = context.registration();
        QVERIFY(form->begin(opportunity));
        QCOMPARE(form->isFull(), seenFull);
        const QString canary = seenFull ? u"Kanariewacht"_s : u"Kanariepiet"_s;
        typeNewTenant(form, canary, u"Yılmaz"_s, u"12"_s, QDate(1985, 4, 3));

        QSignalSpy outcome(&sync, &SyncClient::outcomeArrived);
        QVERIFY(outcome.isValid());
        QSignalSpy rounds(&sync, &SyncClient::roundFinished);
        QVERIFY(rounds.isValid());
        QVERIFY2(form->submit(), qPrintable(form->submitError()));
        // Nobody pressed "sync": the save itself started the round.
        QTRY_VERIFY_WITH_TIMEOUT(!outcome.isEmpty(), 15000);
        QCOMPARE(outcome.constLast().at(1).toString(), u"confirmed"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!rounds.isEmpty() && rounds.constLast().at(0).toBool(), 15000);

        const QString signupId = outcome.constLast().at(0).toString();
        const auto signup = services.registrations().signup(signupId);
        QVERIFY(signup);
        QCOMPARE(signup->state, Meedoen::SignupState::Confirmed);
        QCOMPARE(sync.pendingCount(), 0);
        QVERIFY(sync.lastSuccessfulSync().isValid());
        // The kiosk keeps the reference code and the status, nothing of the tenant.
        QCOMPARE(services.registrations().personCount(), 0);
        QVERIFY(services.registrations().persons().isEmpty());
        QCOMPARE(m_server->count(u"SELECT count(*) FROM person WHERE data LIKE ?"_s, QVariantList{QString(u"%"_s + canary + u"%"_s)}), 1);
    }

    // The catalogue in the tenant's language (issue 16): the server keeps the translations it
    // imported and sends them; the kiosk shows the title and summary in the language chosen,
    // Dutch again when the session ends.
    void catalogueInTheTenantsLanguage()
    {
        QCOMPARE(m_server->count(u"SELECT count(*) FROM opportunity WHERE id = ? AND data LIKE ?"_s,
                                 {u"wlw-taal-01"_s, u"%Bir komşu için dil arkadaşı%"_s}),
                 1);
        Device device;
        QVERIFY(device.open());
        // Nothing of the demo on the device: what it shows came through the pull.
        QVERIFY(device.services.catalogue().clear());
        QVERIFY(!device.services.catalogue().opportunity(u"wlw-taal-01"_s));
        QCOMPARE(device.enroll(*m_server, u"kiosk"_s), QString());
        QSignalSpy rounds(device.sync.get(), &SyncClient::roundFinished);
        QVERIFY(rounds.isValid());
        device.sync->syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(!rounds.isEmpty() && rounds.constLast().at(0).toBool(), 15000);

        AppContext context(AppMode::Kiosk, device.services);
        context.setLanguage(u"tr"_s);
        QCOMPARE(context.opportunity(u"wlw-taal-01"_s).value(u"title"_s).toString(), u"Bir komşu için dil arkadaşı"_s);
        QCOMPARE(context.opportunity(u"wlw-taal-01"_s).value(u"summary"_s).toString(),
                 u"Haftada bir kez bir komşunla Hollandaca pratik yaparsın."_s);
        context.setLanguage(u"ar"_s);
        QCOMPARE(context.opportunity(u"wlw-taal-01"_s).value(u"title"_s).toString(), u"رفيق لغة لأحد الجيران"_s);
        context.endSession();
        QCOMPARE(context.opportunity(u"wlw-taal-01"_s).value(u"title"_s).toString(), u"Taalmaatje voor een buurtgenoot"_s);
    }

    // "Hoe staat mijn aanmelding ervoor?" at a kiosk: a tenant who registered there earlier types
    // their personal code and date of birth; the kiosk asks the server and shows each sign-up as
    // the phone's sentence. A wrong date finds no one; offline it says it needs a connection;
    // the end of the turn forgets the answer, and nothing of the tenant is stored.
    void kioskStatusLookUp()
    {
        Device device;
        QVERIFY(device.open());
        QCOMPARE(device.enroll(*m_server, u"kiosk"_s), QString());
        AppContext context(AppMode::Kiosk, device.services);
        RegistrationController *form = context.registration();
        KioskStatus *status = context.kioskStatus();
        QSignalSpy changed(status, &KioskStatus::changed);
        QVERIFY(changed.isValid());

        // Offline (no server to ask yet): said so, nothing asked.
        form->setField(u"personalCode"_s, Meedoen::generatePersonalCode(*QRandomGenerator::system()));
        form->setField(u"birthDay"_s, u"3"_s);
        form->setField(u"birthMonth"_s, u"4"_s);
        form->setField(u"birthYear"_s, u"1985"_s);
        QVERIFY(!status->lookUp());
        QCOMPARE(status->state(), KioskStatus::State::Offline);
        QVERIFY2(status->message().contains(u"internetverbinding"_s), qPrintable(status->message()));

        // The tenant registers and signs up here; the kiosk forgets them once synced.
        context.endSession();
        context.setSync(device.sync.get());
        QSignalSpy outcome(device.sync.get(), &SyncClient::outcomeArrived);
        QVERIFY(outcome.isValid());
        QVERIFY(form->begin(u"wlw-taal-01"_s));
        typeNewTenant(form, u"Kanariestatus"_s, u"Yılmaz"_s, u"14"_s, QDate(1985, 4, 3));
        QVERIFY2(form->submit(), qPrintable(form->submitError()));
        const QString personalCode = form->newPersonalCode();
        QVERIFY(!personalCode.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!outcome.isEmpty(), 15000);
        QTRY_COMPARE_WITH_TIMEOUT(device.services.registrations().personCount(), 0, 15000);
        context.endSession();

        // A field left wrong: nothing asked, the message beside the field.
        form->setField(u"personalCode"_s, personalCode);
        QVERIFY(!status->lookUp());
        QVERIFY(form->errors().contains(u"dateOfBirth"_s));

        // A wrong date of birth finds no one.
        form->setField(u"birthDay"_s, u"4"_s);
        form->setField(u"birthMonth"_s, u"4"_s);
        form->setField(u"birthYear"_s, u"1985"_s);
        QVERIFY(status->lookUp());
        QCOMPARE(status->state(), KioskStatus::State::Asking);
        QTRY_COMPARE_WITH_TIMEOUT(status->state(), KioskStatus::State::NotFound, 15000);
        QVERIFY(status->signups().isEmpty());

        // The right one: the sentence a phone shows, with the activity's title.
        form->setField(u"birthDay"_s, u"3"_s);
        QVERIFY(status->lookUp());
        QTRY_COMPARE_WITH_TIMEOUT(status->state(), KioskStatus::State::Found, 15000);
        const QVariantList signups = status->signups();
        QCOMPARE(signups.size(), 1);
        const QVariantMap shown = signups.first().toMap();
        QVERIFY2(shown.value(u"sentence"_s).toString().startsWith(u"Je hebt een plek"_s),
                 qPrintable(shown.value(u"sentence"_s).toString()));
        QVERIFY(!shown.value(u"title"_s).toString().isEmpty());
        QCOMPARE(shown.value(u"message"_s).toString(), QString());
        QCOMPARE(device.services.registrations().personCount(), 0); // nothing stored

        // The turn ends (or the kiosk idles): the answer is gone.
        context.endSession();
        QCOMPARE(status->state(), KioskStatus::State::Idle);
        QVERIFY(status->signups().isEmpty());
        QCOMPARE(form->field(u"personalCode"_s), QString());
    }

    // A tenant registers and signs up at the kiosk, then brings that sign-up to their phone
    // with the personal code from the receipt and their date of birth. A wrong date says so
    // and keeps what was typed; the right one shows the kiosk's sign-up on the phone.
    void phoneFollowsKioskRegistration()
    {
        QString personalCode;
        QString referenceCode;
        {
            Device kiosk;
            QVERIFY(kiosk.open());
            QCOMPARE(kiosk.enroll(*m_server, u"kiosk"_s), QString());
            SyncClient &sync = *kiosk.sync;
            AppContext context(AppMode::Kiosk, kiosk.services);
            context.setSync(&sync);
            RegistrationController *form = context.registration();
            QVERIFY(form->begin(u"wlw-taal-01"_s));
            typeNewTenant(form, u"Fatma"_s, u"Demir"_s, u"14"_s, QDate(1979, 10, 9));
            QSignalSpy outcome(&sync, &SyncClient::outcomeArrived);
            QVERIFY(outcome.isValid());
            QVERIFY2(form->submit(), qPrintable(form->submitError()));
            personalCode = form->newPersonalCode();
            referenceCode = form->referenceCode();
            QVERIFY(!personalCode.isEmpty());
            QTRY_VERIFY_WITH_TIMEOUT(!outcome.isEmpty(), 15000);
        }

        Device phone;
        QVERIFY(phone.open());
        QCOMPARE(phone.enroll(*m_server, u"phone"_s), QString());
        SyncClient &sync = *phone.sync;
        AppContext context(AppMode::Phone, phone.services);
        context.setSync(&sync);
        RegistrationController *tenant = context.registration();
        QVERIFY(!tenant->isKnownTenant());
        QCOMPARE(tenant->linkState(), QString());

        QSignalSpy rounds(&sync, &SyncClient::roundFinished);
        QVERIFY(rounds.isValid());
        tenant->setField(u"personalCode"_s, personalCode.toLower());
        tenant->setField(u"birthDay"_s, u"10"_s);
        tenant->setField(u"birthMonth"_s, u"9"_s);
        tenant->setField(u"birthYear"_s, u"1979"_s);
        QVERIFY(tenant->requestLink());
        QCOMPARE(tenant->linkState(), u"queued"_s);
        QTRY_COMPARE_WITH_TIMEOUT(tenant->linkState(), u"refused"_s, 15000);
        // The server's limits reach the tenant: how many tries are left before the code locks.
        QVERIFY2(tenant->linkMessage().contains(u"nog 4 keer"_s), qPrintable(tenant->linkMessage()));
        QVERIFY(!tenant->isKnownTenant());
        QCOMPARE(tenant->field(u"personalCode"_s), personalCode.toLower()); // nothing typed is lost

        tenant->setField(u"birthDay"_s, u"9"_s);
        tenant->setField(u"birthMonth"_s, u"10"_s);
        QVERIFY(tenant->requestLink());
        QTRY_VERIFY_WITH_TIMEOUT(tenant->isKnownTenant(), 15000);
        QCOMPARE(tenant->linkState(), u"linked"_s);
        QCOMPARE(tenant->tenantPersonalCode(), personalCode);
        SignupListModel *mine = context.mySignups();
        QTRY_COMPARE_WITH_TIMEOUT(mine->rowCount(), 1, 15000);
        QCOMPARE(mine->data(mine->index(0), SignupListModel::ReferenceCodeRole).toString(), referenceCode);
        QCOMPARE(mine->data(mine->index(0), SignupListModel::StateRole).toString(), u"confirmed"_s);
        QCOMPARE(sync.pendingCount(), 0);
    }

    // The loop back to the tenant. A volunteer task without review confirms at once, and the
    // receipt says so. A training place needs review: the server answers pending and holds
    // the place, the receipt says a staff member looks at it; staff decline with a message on
    // their tablet, and after the phone's pull its sign-up reads the decline as a sentence,
    // with the message and the date — no key.
    void staffDeclineReachesThePhoneInWords()
    {
        Device phone;
        QVERIFY(phone.open());
        QCOMPARE(phone.enroll(*m_server, u"phone"_s), QString());
        SyncClient &sync = *phone.sync;
        AppContext context(AppMode::Phone, phone.services);
        context.setSync(&sync);
        RegistrationController *form = context.registration();
        QSignalSpy outcome(&sync, &SyncClient::outcomeArrived);
        QVERIFY(outcome.isValid());

        // 1. A volunteer task: no review, a place right away.
        QVERIFY(form->begin(u"wlw-taal-01"_s));
        typeNewTenant(form, u"Selin"_s, u"Kaya"_s, u"16"_s, QDate(1990, 5, 12));
        QVERIFY2(form->submit(), qPrintable(form->submitError()));
        QVERIFY2(form->receiptStatus().contains(u"meteen"_s), qPrintable(form->receiptStatus()));
        QTRY_VERIFY_WITH_TIMEOUT(!outcome.isEmpty(), 15000);
        QCOMPARE(outcome.constLast().at(1).toString(), u"confirmed"_s);
        QTRY_VERIFY2_WITH_TIMEOUT(form->receiptStatus().contains(u"Je hebt een plek"_s), qPrintable(form->receiptStatus()), 15000);

        // 2. A training place: pending, the place held.
        outcome.clear();
        QVERIFY(form->begin(u"wlw-stage-01"_s));
        form->setField(u"motivation"_s, u"Ik wil de zorg in."_s);
        form->setField(u"preferredStart"_s, u"2027-02-01"_s);
        QVERIFY2(form->submit(), qPrintable(form->submitError()));
        QVERIFY2(form->receiptStatus().contains(u"medewerker"_s), qPrintable(form->receiptStatus()));
        QTRY_VERIFY_WITH_TIMEOUT(!outcome.isEmpty(), 15000);
        QCOMPARE(outcome.constLast().at(1).toString(), u"pending"_s);
        const QString signupId = outcome.constLast().at(0).toString();
        QCOMPARE(m_server->count(u"SELECT confirmed FROM opportunity WHERE id = ?"_s, {u"wlw-stage-01"_s}), 1);
        QTRY_VERIFY2_WITH_TIMEOUT(form->receiptStatus().contains(u"vastgehouden"_s), qPrintable(form->receiptStatus()), 15000);

        // 3. Staff decline it with a message, on their tablet.
        {
            QProcess add;
            add.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            add.start(TestPaths::serverBinary(),
                      {u"staff"_s, u"add"_s, u"--site"_s, u"wielewaal-buurthuis"_s, u"--name"_s, u"Anna de Boer"_s,
                       u"--login"_s, u"anna"_s, u"--db"_s, m_server->db()});
            add.write("correct horse battery\n");
            add.closeWriteChannel();
            QVERIFY(add.waitForFinished(60000));
            QCOMPARE(add.exitCode(), 0);
        }
        Device tablet;
        QVERIFY(tablet.open());
        QCOMPARE(tablet.enroll(*m_server, u"staff"_s), QString());
        StaffTablet staff(&tablet.services.database(), tablet.sync.get(), [] { return QDateTime::currentDateTimeUtc(); },
                          StaffPinGuard::Cost::Minimum);
        QSignalSpy stage(staff.session(), &StaffSession::stageChanged);
        QVERIFY(stage.isValid());
        staff.session()->login(u"anna"_s, u"correct horse battery"_s);
        QTRY_COMPARE_WITH_TIMEOUT(staff.session()->stage(), StaffSession::Stage::ChoosePin, 20000);
        QVERIFY(staff.session()->choosePin(u"24680"_s, u"24680"_s));
        QVERIFY(Fixtures::syncRound(*tablet.sync));
        QVERIFY(staff.review()->allowedDecisions(signupId).value(u"decline"_s).toBool());
        const QString message = u"De stageplekken zijn vergeven. Probeer het in het voorjaar weer."_s;
        QVERIFY(staff.review()->decide(signupId, u"decline"_s, u"Plaatsen vergeven"_s, {}, message));
        QVERIFY(Fixtures::syncUntilDrained(*tablet.sync));
        QCOMPARE(m_server->count(u"SELECT confirmed FROM opportunity WHERE id = ?"_s, {u"wlw-stage-01"_s}), 0);

        // 4. The phone's pull brings the decline, in words.
        QVERIFY(Fixtures::syncRound(sync));
        SignupListModel *mine = context.mySignups();
        int row = -1;
        for (int i = 0; i < mine->rowCount(); ++i) {
            if (mine->data(mine->index(i), SignupListModel::IdRole).toString() == signupId)
                row = i;
        }
        QVERIFY(row >= 0);
        const QModelIndex index = mine->index(row);
        QCOMPARE(mine->data(index, SignupListModel::StateRole).toString(), u"declined"_s);
        const QString sentence = mine->data(index, SignupListModel::StatusTextRole).toString();
        QVERIFY2(sentence.contains(u"Een medewerker heeft je aanmelding op"_s), qPrintable(sentence));
        QVERIFY2(sentence.contains(QLocale().toString(QDate::currentDate(), QLocale::LongFormat))
                     || sentence.contains(QLocale().toString(QDate::currentDate().addDays(-1), QLocale::LongFormat)),
                 qPrintable(sentence));
        QVERIFY2(!sentence.contains(u"staff-decision"_s), qPrintable(sentence));
        const QString shownMessage = mine->data(index, SignupListModel::MessageRole).toString();
        QVERIFY2(shownMessage.contains(message), qPrintable(shownMessage));
        // The confirmed volunteer task still reads as a place.
        for (int i = 0; i < mine->rowCount(); ++i) {
            if (i != row)
                QVERIFY(mine->data(mine->index(i), SignupListModel::StatusTextRole).toString().startsWith(u"Je hebt een plek"_s));
        }

        // 5. The inbox: one unread item with the same sentence and the message (the answers the
        // phone saw on its receipts are no news); pulled again from scratch, nothing is added.
        PhoneInbox *inbox = context.inbox();
        InboxModel *items = inbox->items();
        QCOMPARE(items->rowCount(), 1);
        QCOMPARE(inbox->unreadCount(), 1);
        QCOMPARE(items->data(items->index(0), InboxModel::SentenceRole).toString(),
                 mine->data(index, SignupListModel::StatusTextRole).toString());
        QVERIFY2(items->data(items->index(0), InboxModel::MessageRole).toString().contains(message),
                 qPrintable(items->data(items->index(0), InboxModel::MessageRole).toString()));
        QCOMPARE(items->data(items->index(0), InboxModel::TitleRole).toString(),
                 mine->data(index, SignupListModel::OpportunityTitleRole).toString());
        QVERIFY(PullApplier::reset(phone.services.database().connection()));
        QVERIFY(Fixtures::syncRound(sync));
        QVERIFY(Fixtures::syncRound(sync));
        QCOMPARE(items->rowCount(), 1);
        QCOMPARE(inbox->unreadCount(), 1);
        QVERIFY(inbox->markAllRead());
        QCOMPARE(inbox->unreadCount(), 0);
    }

    // A tenant registers on their phone with the app in Turkish: the consent records the
    // language it was shown in, the server keeps it, and after the phone's pull "Mijn
    // gegevens" says the consent was given in Turkish, with its text version.
    void consentRecordsTheLanguageItWasShownIn()
    {
        Device phone;
        QVERIFY(phone.open());
        QCOMPARE(phone.enroll(*m_server, u"phone"_s), QString());
        SyncClient &sync = *phone.sync;
        AppContext context(AppMode::Phone, phone.services);
        context.setSync(&sync);
        context.setLanguage(u"tr"_s);
        RegistrationController *form = context.registration();
        QVERIFY(form->begin(u"wlw-taal-01"_s));
        typeNewTenant(form, u"Ayşe"_s, u"Taalkeuze"_s, u"16"_s, QDate(1990, 2, 1));
        form->setConsent(u"contact"_s, true);
        QSignalSpy rounds(&sync, &SyncClient::roundFinished);
        QVERIFY(rounds.isValid());
        QVERIFY2(form->submit(), qPrintable(form->submitError()));
        QTRY_COMPARE_WITH_TIMEOUT(sync.pendingCount(), 0, 15000);
        // One more round: the phone's copy of the person is the server's.
        rounds.clear();
        sync.syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(!rounds.isEmpty() && rounds.constLast().at(0).toBool(), 15000);

        // The server keeps the language with the consent.
        QCOMPARE(m_server->count(u"SELECT count(*) FROM consent c JOIN person p ON p.id = c.person_id "
                                 "WHERE p.data LIKE ? AND c.purpose = 'contact' AND c.language = 'tr'"_s,
                                 {u"%Taalkeuze%"_s}),
                 1);
        // The phone's copy is the server's after the pull: given in Turkish, with its version.
        MyData *mine = context.myData();
        mine->refresh();
        QVERIFY(mine->hasPerson());
        QCOMPARE(mine->consents().size(), 1);
        const QVariantMap consent = mine->consents().first().toMap();
        QCOMPARE(consent.value(u"language"_s).toString(), u"tr"_s);
        QCOMPARE(consent.value(u"textVersion"_s).toString(), RegistrationController::consentTextVersion());
        // In the app's language (Turkish here): "… Türkçe olarak verildi, metin sürümü …".
        const QString given = consent.value(u"givenText"_s).toString();
        QVERIFY2(given.contains(u"Türkçe"_s), qPrintable(given));
        QVERIFY2(given.contains(RegistrationController::consentTextVersion()), qPrintable(given));
        context.setLanguage(u"nl"_s);
        mine->refresh();
        const QString dutch = mine->consents().first().toMap().value(u"givenText"_s).toString();
        QVERIFY2(dutch.contains(u" in het Turks, tekstversie "_s), qPrintable(dutch));
    }

    // A staff member enrols a fresh kiosk from its screen: wrong input is named beside the
    // field, a wrong code says so, the right one gives the device its identity and it syncs.
    void enrolFromTheScreen()
    {
        Device device;
        QVERIFY(device.open());
        AppServices &services = device.services;
        SyncClient &sync = *device.sync;
        AppContext context(AppMode::Kiosk, services);
        context.setEnrollmentClient(&sync);
        DeviceEnrollment *enrollment = context.enrollment();
        QVERIFY(enrollment->isAvailable());
        QVERIFY(!context.sync());

        QVERIFY(!enrollment->enroll(QString(), u"  "_s));
        QVERIFY(enrollment->errors().contains(u"server"_s));
        QVERIFY(enrollment->errors().contains(u"code"_s));
        QVERIFY(!enrollment->enroll(u"ftp://server"_s, u"abc def!"_s));
        QVERIFY(enrollment->errors().contains(u"server"_s));
        QVERIFY(enrollment->errors().contains(u"code"_s));

        QSignalSpy changed(enrollment, &DeviceEnrollment::changed);
        QVERIFY(changed.isValid());
        QVERIFY(enrollment->enroll(m_server->url(), u"AAAA-BBBB-CCCC"_s));
        QVERIFY(enrollment->errors().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!enrollment->isBusy(), 15000);
        QVERIFY(!enrollment->isEnrolled());
        QVERIFY(enrollment->message().contains(u"code"_s)); // "Deze code werkt niet (meer)…"
        QVERIFY(!context.sync());

        QSignalSpy rounds(&sync, &SyncClient::roundFinished);
        QVERIFY(rounds.isValid());
        QVERIFY(enrollment->enroll(m_server->url(), m_server->enrollCode(u"kiosk"_s, u"wielewaal-buurthuis"_s)));
        QTRY_VERIFY_WITH_TIMEOUT(enrollment->isEnrolled(), 15000);
        QVERIFY(!enrollment->isAvailable());
        QCOMPARE(context.sync(), &sync);
        QCOMPARE(context.siteName(), u"Buurthuis De Wielewaal"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!rounds.isEmpty() && rounds.constLast().at(0).toBool(), 15000);
        // Enrolled once: the screen cannot give the device a second identity.
        QVERIFY(!enrollment->enroll(m_server->url(), m_server->enrollCode(u"kiosk"_s, u"wielewaal-buurthuis"_s)));
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Server> m_server;
};

QTEST_MAIN(TestAppSync)
#include "tst_app_sync.moc"
