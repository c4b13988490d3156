// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Golden figures (issue 18, "Tests and figures"): a month of realistic data for two
// neighbourhoods, made the way it is made in a community building — tenants register and sign
// up at each neighbourhood's kiosk, staff log and correct their hours and record the training
// places on that neighbourhood's tablet, everything through the real meedoen-server — and then
// the figures of November per neighbourhood: the server's (GET /v1/staff/results) and each
// offline tablet's own (StaffRepository::dashboard) are the same, and they are the golden file's
// (tests/data/golden/results-november-<neighbourhood>.json), on SQLite and on PostgreSQL
// (MEEDOEN_TEST_PG=1). The totals are also checked against what the test itself generated.
//
// MEEDOEN_WRITE_GOLDEN=1 writes the files instead (then read the diff before committing).

#include "storage/database.h"
#include "storage/staffrepository.h"
#include "protocol/resultswire.h"
#include "controllers/stafftablet.h"
#include "controllers/staffpersons.h"
#include "controllers/staffsession.h"
#include "sync/syncclient.h"
#include "common/enrolleddevice.h"
#include "common/syncfixture.h"
#include "common/syncrounds.h"
#include "common/tenants.h"
#include "common/testpaths.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSet>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Meedoen;
using SyncFixture::Server;

namespace {

struct Area
{
    QString id;
    QString name;
    QString site;
    QString staff;
};

const QList<Area> kNeighbourhoods{
    {u"wielewaal"_s, u"Wielewaal"_s, u"site-a"_s, u"anna"_s},
    {u"zuidwijk"_s, u"Zuidwijk"_s, u"site-b"_s, u"bert"_s},
};

// Per site: a garden and a language café (volunteering, no limit), the block's cleaning
// (zelfbeheer), an internship of three places and a learn-work place of two.
struct Offer
{
    const char *id;
    const char *kind;
    const char *route;
    const char *title;
    int capacity;
};
constexpr Offer kOffers[] = {
    {"moestuin", "volunteer", "wonen", "Moestuin", 0},
    {"taalcafe", "volunteer", "leren", "Taalcafé", 0},
    {"schoonmaak", "self-management", "wonen", "Portiek schoon", 0},
    {"stage", "training", "werken", "Stage buurtkeuken", 3},
    {"leerwerk", "training", "leren", "Leerwerkplek conciërge", 2},
};

QString offerId(const Area &n, const Offer &o) { return n.id + u'-' + QString::fromLatin1(o.id); }

QString goldenPath(const QString &neighbourhood)
{
    return qEnvironmentVariable("MEEDOEN_SOURCE_DIR") + u"/tests/data/golden/results-november-"_s + neighbourhood + u".json"_s;
}

} // namespace

class TestResultsGolden : public QObject
{
    Q_OBJECT

    struct Device
    {
        Database db;
        std::unique_ptr<SyncClient> client;
        std::unique_ptr<StaffTablet> staff;
    };

    QTemporaryDir m_dir;
    QNetworkAccessManager m_nam;
    std::unique_ptr<Server> m_server;
    int m_devices = 0;
    const QString m_password = u"correct horse battery"_s;
    const QString m_pin = u"24680"_s;

    bool importCatalogue()
    {
        QJsonArray neighbourhoods, sites, opportunities;
        for (const Area &n : kNeighbourhoods) {
            neighbourhoods.append(QJsonObject{{u"id"_s, n.id}, {u"name"_s, n.name}});
            sites.append(QJsonObject{{u"id"_s, n.site}, {u"name"_s, QString(u"Buurthuis "_s + n.name)}, {u"neighbourhood"_s, n.id}});
            for (const Offer &o : kOffers) {
                QJsonObject opportunity{{u"id"_s, offerId(n, o)},
                                        {u"kind"_s, QString::fromLatin1(o.kind)},
                                        {u"route"_s, QString::fromLatin1(o.route)},
                                        {u"title"_s, QString::fromUtf8(o.title)},
                                        {u"site"_s, n.site},
                                        {u"capacity"_s, o.capacity}};
                if (QLatin1StringView(o.kind) == "training"_L1)
                    opportunity.insert(u"trainingType"_s, o.capacity == 3 ? u"internship"_s : u"learn-work"_s);
                opportunities.append(opportunity);
            }
        }
        const QJsonObject catalogue{{u"format"_s, u"meedoen-catalogue/1"_s},
                                    {u"textVersion"_s, u"2026-11-01"_s},
                                    {u"neighbourhoods"_s, neighbourhoods},
                                    {u"sites"_s, sites},
                                    {u"opportunities"_s, opportunities}};
        const QString path = m_dir.filePath(u"catalogue.json"_s);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(catalogue).toJson()) < 0)
            return false;
        f.close();
        return m_server->cli({u"import-catalogue"_s, path}).exitCode == 0;
    }

    std::unique_ptr<Device> device(const QString &kind, const QString &site)
    {
        auto d = std::make_unique<Device>();
        if (d->db.open(m_dir.filePath(u"device-%1.db"_s.arg(++m_devices))) != Database::Status::Open)
            return nullptr;
        d->client = Fixtures::enrolledClient(m_nam, d->db, *m_server, kind, site);
        if (!d->client)
            return nullptr;
        if (kind == "staff"_L1)
            d->staff = std::make_unique<StaffTablet>(&d->db, d->client.get(), [] { return QDateTime::currentDateTimeUtc(); },
                                                     StaffPinGuard::Cost::Minimum);
        return d;
    }

    bool signIn(Device &d, const QString &login)
    {
        QSignalSpy stage(d.staff->session(), &StaffSession::stageChanged);
        if (!stage.isValid())
            return false;
        d.staff->session()->login(login, m_password);
        if (!stage.wait(20000) || d.staff->session()->stage() != StaffSession::Stage::ChoosePin)
            return false;
        return d.staff->session()->choosePin(m_pin, m_pin);
    }

    // The figures as JSON without the time they were made.
    static QJsonObject comparable(const Results &r)
    {
        QJsonObject o = Wire::resultsToJson(r, {}, {});
        o.remove(u"generatedAt"_s);
        return o;
    }

    static std::optional<Results> serverResults(Device &d, const QString &query)
    {
        QNetworkReply *reply = d.client->request("GET", u"/v1/staff/results"_s + query);
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!done.isValid() || !done.wait(20000))
            return std::nullopt;
        reply->deleteLater();
        if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200)
            return std::nullopt;
        const auto parsed = Wire::resultsFromJson(QJsonDocument::fromJson(reply->readAll()).object());
        return parsed ? std::optional<Results>(parsed->results) : std::nullopt;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_server = std::make_unique<Server>(TestPaths::serverBinary(), m_dir.path());
        QVERIFY(m_server->createDatabase(u"golden"_s));
        QVERIFY(importCatalogue());
        QVERIFY(m_server->start());
        for (const Area &n : kNeighbourhoods) {
            QVERIFY(Fixtures::addStaff(TestPaths::serverBinary(), m_server->db(), n.site, n.staff, n.name + u" staff"_s,
                                       m_password));
        }
    }

    void cleanupTestCase() { m_server.reset(); }

    void novemberPerNeighbourhood()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const Area &n : kNeighbourhoods) {
            QRandomGenerator rng(n.id == "wielewaal"_L1 ? 1811 : 1812);
            auto kiosk = device(u"kiosk"_s, n.site);
            auto tablet = device(u"staff"_s, n.site);
            QVERIFY(kiosk && tablet);

            // Twelve tenants sign up at the kiosk: the training places get more applicants than
            // places (the last ones wait), the rest volunteer.
            const QList<int> offerOf{0, 0, 0, 1, 1, 1, 2, 2, 3, 3, 3, 3, 4, 4, 4};
            for (qsizetype i = 0; i < offerOf.size(); ++i) {
                const Offer &o = kOffers[offerOf.at(i)];
                QVERIFY(!Fixtures::queueSignup(kiosk->db.connection(), offerId(n, o), u"Huurder"_s).isEmpty());
            }
            QVERIFY(Fixtures::syncUntilDrained(*kiosk->client));
            QVERIFY(signIn(*tablet, n.staff));
            QVERIFY(Fixtures::syncUntilDrained(*tablet->client));

            // Who holds which place, as the tablet pulled it. Applications for a training
            // place wait for staff: they take them in order of arrival while places are left.
            struct Signup
            {
                QString id, person, opportunity, state;
            };
            const auto pulledSignups = [&] {
                QList<Signup> out;
                QSqlQuery q(tablet->db.connection());
                if (q.exec(u"SELECT id, person_id, opportunity_id, state FROM staff_signup ORDER BY arrival, id"_s)) {
                    while (q.next())
                        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
                }
                return out;
            };
            for (const Signup &s : pulledSignups()) {
                if (s.state == "pending"_L1 && tablet->staff->review()->allowedDecisions(s.id).value(u"confirm"_s).toBool())
                    QVERIFY(tablet->staff->review()->decide(s.id, u"confirm"_s, {}, {}, u"Welkom!"_s));
            }
            QVERIFY(Fixtures::syncUntilDrained(*tablet->client));
            const QList<Signup> signups = pulledSignups();
            QCOMPARE(signups.size(), offerOf.size());
            QCOMPARE(std::count_if(signups.cbegin(), signups.cend(), [](const Signup &s) { return s.state == "confirmed"_L1; }),
                     3 + 3 + 2 + 3 + 2);

            // November's hours: each confirmed tenant one to four entries of one to three hours;
            // one entry corrected to half, one to nothing (the work did not happen).
            const QString staffId = tablet->staff->session()->staffId();
            StaffRepository repo(tablet->db.connection());
            int expectedMinutes = 0;
            QSet<QString> expectedVolunteers;
            QList<std::pair<QString, int>> logged; // entry id, minutes
            QString lastDate;
            for (const Signup &s : std::as_const(signups)) {
                if (s.state != "confirmed"_L1)
                    continue;
                const int entries = 1 + int(rng.bounded(4));
                for (int e = 0; e < entries; ++e) {
                    const QDate date(2026, 11, 1 + int(rng.bounded(30)));
                    const int minutes = 60 * (1 + int(rng.bounded(3)));
                    const QString id = Fixtures::uuid();
                    const HoursEntry entry{id, s.person, s.opportunity, date, minutes, {}, {}, false};
                    QVERIFY(repo.queue(Wire::HoursPayload{{staffId}, entry}, id, now, Fixtures::uuid()) > 0);
                    logged.append({id, minutes});
                    lastDate = date.toString(Qt::ISODate);
                    expectedMinutes += minutes;
                    expectedVolunteers.insert(s.person);
                }
            }
            // An entry in October is not November's.
            const QString october = Fixtures::uuid();
            QVERIFY(repo.queue(Wire::HoursPayload{{staffId}, HoursEntry{october, signups.at(0).person, signups.at(0).opportunity,
                                                                      QDate(2026, 10, 31), 240, {}, {}, false}},
                               october, now, Fixtures::uuid())
                    > 0);
            QVERIFY(Fixtures::syncUntilDrained(*tablet->client));
            QVERIFY(logged.size() >= 3);
            auto dateOf = [&](const QString &entryId) {
                QSqlQuery d(tablet->db.connection());
                d.prepare(u"SELECT date FROM staff_hours WHERE id = ?"_s);
                d.addBindValue(entryId);
                return d.exec() && d.next() ? d.value(0).toString() : QString();
            };
            const auto [halfId, halfMinutes] = logged.at(1);
            QVERIFY(tablet->staff->persons()->correctHours(halfId, dateOf(halfId), halfMinutes / 2, u"Eerder weg"_s));
            expectedMinutes -= halfMinutes - halfMinutes / 2;
            const auto [zeroId, zeroMinutes] = logged.at(2);
            QVERIFY(tablet->staff->persons()->correctHours(zeroId, dateOf(zeroId), 0, u"Niet gekomen"_s));
            expectedMinutes -= zeroMinutes;

            // The training places: every confirmed intern started on the 3rd, one completed on
            // the 28th; one learn-work place was dropped.
            int started = 0, completed = 0, dropped = 0;
            for (const Signup &s : std::as_const(signups)) {
                if (s.state != "confirmed"_L1)
                    continue;
                QList<std::pair<PlacementEvent, QDate>> events;
                if (s.opportunity == offerId(n, kOffers[3])) {
                    events.append({PlacementEvent::Started, QDate(2026, 11, 3)});
                    if (started == 0)
                        events.append({PlacementEvent::Completed, QDate(2026, 11, 28)});
                } else if (s.opportunity == offerId(n, kOffers[4]) && dropped == 0) {
                    events.append({PlacementEvent::Started, QDate(2026, 11, 10)});
                    events.append({PlacementEvent::DroppedOut, QDate(2026, 11, 24)});
                }
                for (const auto &[event, date] : events) {
                    QVERIFY(repo.queue(Wire::PlacementPayload{{staffId}, s.id, event, date}, s.id, now, Fixtures::uuid()) > 0);
                    started += event == PlacementEvent::Started;
                    completed += event == PlacementEvent::Completed;
                    dropped += event == PlacementEvent::DroppedOut;
                }
            }
            QVERIFY(Fixtures::syncUntilDrained(*tablet->client));

            // The figures of November in this neighbourhood: the server's, the tablet's own
            // (no server asked), the golden file's.
            ResultsFilter filter;
            filter.sites = {n.site};
            filter.neighbourhood = n.id;
            filter.fromMonth = u"2026-11"_s;
            filter.toMonth = u"2026-11"_s;
            const auto server = serverResults(*tablet, u"?neighbourhood=%1&from=2026-11&to=2026-11"_s.arg(n.id));
            QVERIFY(server);
            const Results own = repo.dashboard(filter);
            QCOMPARE(comparable(own), comparable(*server));
            QCOMPARE(own.total.minutes, expectedMinutes);
            // A tenant whose only entry was corrected to nothing did not volunteer.
            QVERIFY(own.total.activeVolunteers <= expectedVolunteers.size());
            QVERIFY(own.total.activeVolunteers >= expectedVolunteers.size() - 1);
            QCOMPARE(own.total.trainingStarted, started);
            QCOMPARE(own.total.trainingCompleted, completed);
            QCOMPARE(own.total.trainingDroppedOut, dropped);

            const QJsonObject figures = comparable(own);
            const QString path = goldenPath(n.id);
            if (qEnvironmentVariableIsSet("MEEDOEN_WRITE_GOLDEN")) {
                QFile out(path);
                QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
                out.write(QJsonDocument(figures).toJson(QJsonDocument::Indented));
                qInfo("wrote %s", qPrintable(path));
                continue;
            }
            QFile golden(path);
            QVERIFY2(golden.open(QIODevice::ReadOnly), qPrintable(path));
            const QJsonObject expected = QJsonDocument::fromJson(golden.readAll()).object();
            QVERIFY2(figures == expected, qPrintable(QString::fromUtf8(QJsonDocument(figures).toJson())));
        }
    }
};

QTEST_MAIN(TestResultsGolden)
#include "tst_results_golden.moc"
