// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// "Mijn gegevens" on the phone (MyData): the tenant sees what the phone keeps of them,
// withdraws a consent with one call (marked here and queued for the server at once), and
// downloads it all as JSON and as a readable HTML page, without anyone else's data.

#include "controllers/mydata.h"
#include "storage/cataloguerepository.h"
#include "storage/database.h"
#include "storage/outbox.h"
#include "storage/registrationrepository.h"
#include "storage/trajectoryrepository.h"
#include "common/storagefixtures.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace Meedoen;

namespace {

const QDateTime kNow(QDate(2026, 12, 6), QTime(11, 0), Qt::UTC);

} // namespace

class TestMyData : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<CatalogueRepository> m_catalogue;
    std::unique_ptr<RegistrationRepository> m_registrations;
    std::unique_ptr<MyData> m_data;
    QString m_tenant;
    QString m_other;

    QList<Outbox::Entry> pendingWithdrawals() const
    {
        QList<Outbox::Entry> rows;
        for (const Outbox::Entry &e : Outbox(m_db->connection()).pending(100)) {
            if (e.kind == Wire::MutationKind::ConsentWithdraw)
                rows.append(e);
        }
        return rows;
    }
    QVariantMap consent(const QString &purpose) const
    {
        for (const QVariant &c : m_data->consents()) {
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
        QLocale::setDefault(QLocale(u"nl"_s));
    }

    void init()
    {
        m_db = std::make_unique<Database>();
        QCOMPARE(m_db->open(m_dir.filePath(u"phone-%1.db"_s.arg(++m_n))), Database::Status::Open);
        m_catalogue = std::make_unique<CatalogueRepository>(m_db->connection());
        Opportunity tuin;
        tuin.id = u"moestuin-wielewaal"_s; // StorageFixtures::signup's opportunity
        tuin.title = u"Moestuin De Wielewaal"_s;
        tuin.kind = OpportunityKind::SelfManagement;
        tuin.neighbourhood = u"wielewaal"_s;
        tuin.site = {u"site-a"_s, u"Buurthuis De Wielewaal"_s, u"wielewaal"_s, u"Wielewaalplein 3"_s, 51.87, 4.49};
        QVERIFY(m_catalogue->upsert({{u"wielewaal"_s, u"Wielewaal"_s, u"Rotterdam"_s}}, {tuin.site}, {tuin}));
        m_registrations = std::make_unique<RegistrationRepository>(m_db->connection());

        Submission sub = StorageFixtures::registrationWithSignup(1);
        ConsentRecord matching = sub.consents.first();
        matching.purpose = u"matching"_s;
        sub.consents.append(matching);
        QVERIFY(m_registrations->submit(sub, kNow.addDays(-30)));
        m_tenant = sub.newPerson->id;
        QVERIFY(m_registrations->applyOutcome(sub.signup->id, SignupState::Confirmed, 0, {}, 1));
        // Someone else this device happens to know: never part of the tenant's data.
        Submission other = StorageFixtures::registrationWithSignup(2);
        other.newPerson->givenName = u"Piotr"_s;
        other.newPerson->phone = u"+31687654321"_s;
        QVERIFY(m_registrations->submit(other, kNow.addDays(-20)));
        m_other = other.newPerson->id;

        HoursEntry entry;
        entry.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        entry.personId = m_tenant;
        entry.opportunityId = u"moestuin-wielewaal"_s;
        entry.date = QDate(2026, 12, 3);
        entry.minutes = 150;
        entry.note = u"Onkruid gewied"_s;
        QVERIFY(PhoneHoursRepository(m_db->connection()).log(entry, kNow, QUuid::createUuid().toString(QUuid::WithoutBraces)));

        m_data = std::make_unique<MyData>(m_registrations.get(), m_catalogue.get(), m_db->connection());
        m_data->setClock([] { return kNow; });
        m_data->setPersonId(m_tenant);
    }

    void cleanup()
    {
        m_data.reset();
        m_registrations.reset();
        m_catalogue.reset();
        m_db.reset();
    }

    // The tenant's route in plain words, only with the trajectory consent; in the download;
    // gone from the phone when the consent is withdrawn.
    void trajectoryInPlainWordsOnlyWithConsent()
    {
        TrajectoryRepository steps(m_db->connection());
        const auto step = [](const QString &person, int rung, QDate date, const QString &goal = {}) {
            Wire::TrajectoryStepChange s;
            s.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            s.personId = person;
            s.route = u"werken"_s;
            s.rung = rung;
            s.date = date;
            s.note = u"Gesprek"_s;
            s.recordedAt = kNow;
            s.goal = goal;
            s.goalReview = goal.isEmpty() ? QDate() : QDate(2027, 5, 20);
            return s;
        };
        QVERIFY(steps.keepPulled(step(m_tenant, 2, {2026, 6, 1})));
        QVERIFY(steps.keepPulled(step(m_tenant, 4, {2026, 11, 20}, u"Over 6 maanden een stageplek"_s)));
        QVERIFY(steps.keepPulled(step(m_other, 6, {2026, 11, 1})));
        m_data->refresh();
        // No consent: nothing shown.
        QVERIFY(!m_data->trajectoryConsent());
        QVERIFY(m_data->trajectory().isEmpty());

        QList<ConsentRecord> consents = m_registrations->consents(m_tenant);
        consents.append({m_tenant, u"trajectory"_s, u"traject-2026-12"_s, kNow.addDays(-40), {}, u"nl"_s});
        QVERIFY(m_registrations->keepPulledConsents(m_tenant, consents));
        m_data->refresh();
        QVERIFY(m_data->trajectoryConsent());
        QCOMPARE(consent(u"trajectory"_s).value(u"title"_s).toString(), u"Je weg naar werk of school bijhouden"_s);
        const QVariantList routes = m_data->trajectory();
        QCOMPARE(routes.size(), 1);
        const QVariantMap werken = routes.first().toMap();
        QCOMPARE(werken.value(u"route"_s).toString(), u"werken"_s);
        QCOMPARE(werken.value(u"rung"_s).toInt(), 4);
        QCOMPARE(werken.value(u"top"_s).toInt(), 6);
        QCOMPARE(werken.value(u"plain"_s).toString(), u"Je doet vrijwilligerswerk of je loopt stage."_s);
        QCOMPARE(werken.value(u"date"_s).toDate(), QDate(2026, 11, 20));
        QCOMPARE(werken.value(u"goal"_s).toString(), u"Over 6 maanden een stageplek"_s);
        QCOMPARE(werken.value(u"goalReview"_s).toDate(), QDate(2027, 5, 20));
        const QVariantList history = werken.value(u"history"_s).toList();
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.first().toMap().value(u"rung"_s).toInt(), 4); // newest first
        QCOMPARE(history.last().toMap().value(u"plain"_s).toString(),
                 u"Je spreekt mensen buiten je huis, bijvoorbeeld in de buurt."_s);

        // The download holds the tenant's steps, not anyone else's.
        const QJsonArray exported = m_data->exportJson().value(u"trajectory"_s).toArray();
        QCOMPARE(exported.size(), 2);
        QCOMPARE(exported.at(1).toObject().value(u"rung"_s).toInt(), 4);
        QVERIFY(m_data->exportHtml().contains(u"Je doet vrijwilligerswerk of je loopt stage."_s));

        // Withdrawn: hidden and gone from the phone, the withdrawal queued.
        QVERIFY(m_data->withdrawConsent(u"trajectory"_s));
        QVERIFY(m_data->trajectory().isEmpty());
        QVERIFY(steps.steps(m_tenant).isEmpty());
        QCOMPARE(steps.steps(m_other).size(), 1);
        QCOMPARE(pendingWithdrawals().size(), 1);
    }

    void showsWhatThePhoneKeeps()
    {
        QVERIFY(m_data->hasPerson());
        QVERIFY(m_data->personFields().contains(QVariantMap{{u"label"_s, u"Naam"_s}, {u"value"_s, u"Fatma Yılmaz"_s}}));
        QCOMPARE(m_data->consents().size(), 2);
        const QVariantMap contact = consent(u"contact"_s);
        QCOMPARE(contact.value(u"title"_s).toString(), u"Nieuws uit je buurt"_s);
        QCOMPARE(contact.value(u"textVersion"_s).toString(), u"2026-01"_s);
        QCOMPARE(contact.value(u"language"_s).toString(), u"tr"_s); // she read the consent in Turkish
        QCOMPARE(contact.value(u"givenText"_s).toString(),
                 u"Gegeven op zaterdag 14 maart 2026 in het Turks, tekstversie 2026-01"_s);
        QCOMPARE(contact.value(u"givenAt"_s).toDateTime(), StorageFixtures::fixedNow());
        QVERIFY(contact.value(u"active"_s).toBool());
        QCOMPARE(m_data->signups().size(), 1);
        QCOMPARE(m_data->signups().first().toMap().value(u"title"_s).toString(), u"Moestuin De Wielewaal"_s);
        QCOMPARE(m_data->hours().size(), 1);
        QCOMPARE(m_data->hours().first().toMap().value(u"duration"_s).toString(), u"2:30"_s);
    }

    void withdrawingAConsentQueuesItForTheServer()
    {
        QSignalSpy saved(m_data.get(), &MyData::saved);
        QVERIFY(saved.isValid());
        QSignalSpy changed(m_data.get(), &MyData::changed);
        QVERIFY(changed.isValid());
        QVERIFY(m_data->withdrawConsent(u"contact"_s));
        QCOMPARE(saved.size(), 1);
        QVERIFY(changed.size() >= 1);
        QVERIFY(!consent(u"contact"_s).value(u"active"_s).toBool());
        QCOMPARE(consent(u"contact"_s).value(u"withdrawnAt"_s).toDateTime(), kNow);
        QVERIFY(consent(u"matching"_s).value(u"active"_s).toBool()); // the other one stands
        const QList<Outbox::Entry> rows = pendingWithdrawals();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().payload.value(u"personId"_s).toString(), m_tenant);
        QCOMPARE(rows.first().payload.value(u"purpose"_s).toString(), u"contact"_s);
        QVERIFY(!rows.first().payload.contains(u"staffId"_s)); // the tenant, not staff

        // Withdrawn already, or never given: nothing more to send.
        QVERIFY(!m_data->withdrawConsent(u"contact"_s));
        QVERIFY(!m_data->withdrawConsent(u"share-partner"_s));
        QCOMPARE(pendingWithdrawals().size(), 1);
        QCOMPARE(saved.size(), 1);
    }

    // The route's consent given later on the phone: its text offered first (the registration's
    // words), then kept here with its text version and the app's language and queued for the
    // server as the tenant's own (no staff id); a pull before the server heard of it keeps it.
    void theTrajectoryConsentCanBeGivenLater()
    {
        QVERIFY(!m_data->trajectoryConsent());
        const QVariantMap offer = m_data->consentOffer(u"trajectory"_s);
        QCOMPARE(offer.value(u"title"_s).toString(), u"Je weg naar werk of school bijhouden"_s);
        QVERIFY(offer.value(u"text"_s).toString().startsWith(u"Een medewerker mag bijhouden"_s));
        QVERIFY(m_data->consentOffer(u"no-such-purpose"_s).isEmpty());
        QVERIFY(!m_data->giveConsent(u"no-such-purpose"_s));

        QSignalSpy saved(m_data.get(), &MyData::saved);
        QVERIFY(saved.isValid());
        m_data->setLanguage(u"tr"_s);
        QVERIFY(m_data->giveConsent(u"trajectory"_s));
        QCOMPARE(saved.size(), 1);
        QVERIFY(m_data->trajectoryConsent());
        const QVariantMap given = consent(u"trajectory"_s);
        QVERIFY(given.value(u"active"_s).toBool());
        QCOMPARE(given.value(u"textVersion"_s).toString(), u"traject-2026-12"_s);
        QCOMPARE(given.value(u"language"_s).toString(), u"tr"_s);
        QCOMPARE(given.value(u"givenAt"_s).toDateTime(), kNow);
        QList<Outbox::Entry> gives;
        for (const Outbox::Entry &e : Outbox(m_db->connection()).pending(100)) {
            if (e.kind == Wire::MutationKind::ConsentGive)
                gives.append(e);
        }
        QCOMPARE(gives.size(), 1);
        QCOMPARE(gives.first().payload.value(u"purpose"_s).toString(), u"trajectory"_s);
        QCOMPARE(gives.first().payload.value(u"textVersion"_s).toString(), u"traject-2026-12"_s);
        QVERIFY(!gives.first().payload.contains(u"staffId"_s));

        // A pull that does not know of it yet does not take it away.
        QVERIFY(m_registrations->keepPulledConsents(m_tenant, {}));
        m_data->refresh();
        QVERIFY(m_data->trajectoryConsent());
        // Given already: nothing more to send.
        QVERIFY(m_data->giveConsent(u"trajectory"_s));
        qsizetype queued = 0;
        for (const Outbox::Entry &e : Outbox(m_db->connection()).pending(100))
            queued += e.kind == Wire::MutationKind::ConsentGive;
        QCOMPARE(queued, 1);
    }

    void downloadHoldsEverythingOfTheTenantOnly()
    {
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        m_data->setDownloadFolder(folder.path());
        QVERIFY(m_data->withdrawConsent(u"matching"_s));
        QSignalSpy downloaded(m_data.get(), &MyData::downloaded);
        QVERIFY(downloaded.isValid());
        QVERIFY(m_data->download());
        QCOMPARE(downloaded.size(), 1);
        QCOMPARE(m_data->downloadFolder(), QDir::toNativeSeparators(folder.path()));

        QFile jsonFile(folder.filePath(u"mijn-gegevens.json"_s));
        QVERIFY(jsonFile.open(QIODevice::ReadOnly));
        const QByteArray jsonBytes = jsonFile.readAll();
        const QJsonObject json = QJsonDocument::fromJson(jsonBytes).object();
        QCOMPARE(json.value(u"person"_s).toObject().value(u"id"_s).toString(), m_tenant);
        QCOMPARE(json.value(u"person"_s).toObject().value(u"givenName"_s).toString(), u"Fatma"_s);
        const QJsonArray consents = json.value(u"consents"_s).toArray();
        QCOMPARE(consents.size(), 2);
        for (const QJsonValue &c : consents) {
            QCOMPARE(c.toObject().value(u"textVersion"_s).toString(), u"2026-01"_s);
            QCOMPARE(c.toObject().value(u"language"_s).toString(), u"tr"_s);
        }
        QCOMPARE(consents.at(1).toObject().value(u"withdrawnAt"_s).toString(), u"2026-12-06T11:00:00Z"_s);
        QCOMPARE(json.value(u"signups"_s).toArray().size(), 1);
        QCOMPARE(json.value(u"signups"_s).toArray().first().toObject().value(u"referenceCode"_s).toString(),
                 u"R000001"_s);
        QCOMPARE(json.value(u"hours"_s).toArray().size(), 1);
        QCOMPARE(json.value(u"hours"_s).toArray().first().toObject().value(u"minutes"_s).toInt(), 150);

        QFile htmlFile(folder.filePath(u"mijn-gegevens.html"_s));
        QVERIFY(htmlFile.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(htmlFile.readAll());
        QVERIFY(html.contains(u"<h1>Mijn gegevens</h1>"_s));
        QVERIFY(html.contains(u"Fatma Yılmaz"_s));
        // Dates in the app's language (a long date opens with the weekday).
        QVERIFY(html.contains(u"Nieuws uit je buurt: Gegeven op zaterdag 14 maart 2026 in het Turks, tekstversie 2026-01"_s));
        QVERIFY(html.contains(u"ingetrokken op zondag 6 december 2026"_s));
        QVERIFY(html.contains(u"R000001"_s));
        QVERIFY(html.contains(u"3 december 2026: Moestuin De Wielewaal, 2:30"_s));

        // Nothing of the other tenant.
        for (const QString &theirs : {m_other, u"Piotr"_s, u"+31687654321"_s, u"MD-000002"_s, u"R000002"_s}) {
            QVERIFY2(!jsonBytes.contains(theirs.toUtf8()), qPrintable(theirs));
            QVERIFY2(!html.contains(theirs), qPrintable(theirs));
        }
    }

    void consentsFromTheServerShowUnlessAWithdrawalWaits()
    {
        // Staff withdrew "matching" on the tablet; the pull brings the server's history.
        QList<ConsentRecord> server = m_registrations->consents(m_tenant);
        server[1].withdrawnAt = kNow.addDays(-1);
        QVERIFY(m_registrations->keepPulledConsents(m_tenant, server));
        m_data->refresh();
        QVERIFY(consent(u"contact"_s).value(u"active"_s).toBool());
        QVERIFY(!consent(u"matching"_s).value(u"active"_s).toBool());

        // The tenant's own withdrawal, not sent yet, is not undone by an older pull.
        QVERIFY(m_data->withdrawConsent(u"contact"_s));
        QVERIFY(m_registrations->keepPulledConsents(m_tenant, server));
        m_data->refresh();
        QVERIFY(!consent(u"contact"_s).value(u"active"_s).toBool());

        // Once the server has it, its word counts again.
        QVERIFY(Outbox(m_db->connection()).markAcknowledged({pendingWithdrawals().first().seq}, kNow));
        server[0].withdrawnAt = kNow;
        QVERIFY(m_registrations->keepPulledConsents(m_tenant, server));
        m_data->refresh();
        QCOMPARE(m_data->consents().size(), 2);
        QCOMPARE(consent(u"contact"_s).value(u"withdrawnAt"_s).toDateTime(), kNow);
    }

    void askingForErasureQueuesOneRequest()
    {
        QVERIFY(!m_data->erasureRequestedAt().isValid());
        QSignalSpy saved(m_data.get(), &MyData::saved);
        QVERIFY(saved.isValid());
        QVERIFY(m_data->requestErasure());
        QCOMPARE(saved.size(), 1);
        QCOMPARE(m_data->erasureRequestedAt(), kNow); // "Gevraagd op …"
        const auto requests = [this] {
            QList<Outbox::Entry> rows;
            for (const Outbox::Entry &e : Outbox(m_db->connection()).pending(100)) {
                if (e.kind == Wire::MutationKind::EraseRequest)
                    rows.append(e);
            }
            return rows;
        };
        QCOMPARE(requests().size(), 1);
        QCOMPARE(requests().first().payload.value(u"personId"_s).toString(), m_tenant);
        QVERIFY(!requests().first().payload.contains(u"staffId"_s)); // the tenant, not staff
        // Asking again is the same request: nothing more to send.
        QVERIFY(!m_data->requestErasure());
        QCOMPARE(requests().size(), 1);
        QCOMPARE(saved.size(), 1);
        // The data stays until staff erase it; then the request goes with it.
        QVERIFY(m_data->hasPerson());
        QVERIFY(m_registrations->erasePerson(m_tenant));
        m_data->refresh();
        QVERIFY(!m_data->hasPerson());
        QVERIFY(!m_data->erasureRequestedAt().isValid());
        QVERIFY(!m_registrations->erasureRequestedAt(m_tenant).isValid());
    }

    void erasedTenantLeavesNothingToShow()
    {
        QVERIFY(m_registrations->erasePerson(m_tenant));
        m_data->refresh();
        QVERIFY(!m_data->hasPerson());
        QVERIFY(m_data->consents().isEmpty());
        QVERIFY(m_data->signups().isEmpty());
        QVERIFY(m_data->hours().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMyData)
#include "tst_mydata.moc"
