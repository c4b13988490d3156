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
// Social return and the SROI sheet (item 4): the internship is the place of a supplier with a
// social-return obligation at each site; the corporation and the supplier put staff hours and
// money in. The server's `export social-return` and `export sroi` (CSV) equal the tablet's own
// and the golden files (social-return-november-<neighbourhood>.csv, sroi-november-…csv); the
// supplier's fulfilment is also checked against a sum made by hand.
//
// Goals and the ladder (items 1 and 2): the tenants gave the trajectory consent at the kiosk; a
// consultant measures the interns and learn-work tenants on the Participatieladder (up, the
// same, down, and one measured once); the coordinator sets goals for the quarter and the year.
// The server's goals on 30 November (its test clock) and the tablet's own on that day are the
// same and the golden file's: points at each month's end, the straight line, the forecast and
// the status; the ladder moves per route, and the goals' values, are also checked by hand.
//
// MEEDOEN_WRITE_GOLDEN=1 writes the files instead (then read the diff before committing).

#include "storage/database.h"
#include "storage/partnerrepository.h"
#include "storage/staffrepository.h"
#include "protocol/socialreturnwire.h"
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
#include "core/trajectory.h"

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
using SyncFixture::ProcessResult;
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

QString goldenPath(const QString &neighbourhood, const QString &what = u"results"_s, const QString &suffix = u"json"_s)
{
    return qEnvironmentVariable("MEEDOEN_SOURCE_DIR") + u"/tests/data/golden/"_s + what + u"-november-"_s + neighbourhood
        + u'.' + suffix;
}

// The supplier offering the internships, and the corporation itself (its staff hours).
const QString kSupplier = u"5b0f3a52-9c1e-4d47-8a2b-6e9d1c3f7a01"_s;
const QString kCorporation = u"5b0f3a52-9c1e-4d47-8a2b-6e9d1c3f7a02"_s;
// The day the social-return figures stand on.
const QDate kAsOf(2026, 11, 30);

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
    QString m_clockFile;
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
                if (o.capacity == 3)
                    opportunity.insert(u"partnerId"_s, kSupplier);
                opportunities.append(opportunity);
            }
        }
        const QJsonArray partners{
            QJsonObject{{u"id"_s, kSupplier}, {u"name"_s, u"Bouwbedrijf De Vries"_s}, {u"kind"_s, u"werkgever"_s}},
            QJsonObject{{u"id"_s, kCorporation}, {u"name"_s, u"Woonstad"_s}, {u"kind"_s, u"woningcorporatie"_s}},
        };
        const QJsonObject catalogue{{u"format"_s, u"meedoen-catalogue/1"_s},
                                    {u"textVersion"_s, u"2026-11-01"_s},
                                    {u"partners"_s, partners},
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

    // An obligation per site: a contract sum at site-a (5 %), a wage sum at site-b (7 %).
    bool importSocialReturn()
    {
        SocialReturnConfig config;
        config.obligations = {
            {u"2026-017"_s, kSupplier, u"Renovatie Wielewaal"_s, u"site-a"_s, 400'000'00, SocialReturnBasis::ContractSum, 0,
             PsoLevel::Trede2, QDate(2026, 1, 1), QDate(2026, 12, 31)},
            {u"2026-023"_s, kSupplier, u"Onderhoud Zuidwijk"_s, u"site-b"_s, 300'000'00, SocialReturnBasis::WageSum, 0,
             PsoLevel::Aspirant, QDate(2026, 3, 1), QDate(2027, 2, 28)},
        };
        const QString path = m_dir.filePath(u"social-return.json"_s);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(Wire::socialReturnFile(config)) < 0)
            return false;
        f.close();
        return m_server->cli({u"social-return"_s, u"import"_s, path}).exitCode == 0;
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

    // The figures and the goals as JSON without the time they were made, nor the goals' ids
    // and who set them when.
    static QJsonObject comparable(const Results &r, const QList<GoalProgress> &goals)
    {
        QJsonObject o = Wire::resultsToJson(r, {}, {}, goals);
        o.remove(u"generatedAt"_s);
        QJsonArray shown;
        for (const QJsonValue &v : o.value(u"goals"_s).toArray()) {
            QJsonObject progress = v.toObject();
            QJsonObject goal = progress.value(u"goal"_s).toObject();
            for (const QString &key : {u"id"_s, u"createdBy"_s, u"createdAt"_s, u"changedBy"_s, u"changedAt"_s})
                goal.remove(key);
            progress.insert(u"goal"_s, goal);
            shown.append(progress);
        }
        o.insert(u"goals"_s, shown);
        return o;
    }

    // The server's answer on kAsOf: its test clock reads that day for this request only (the
    // sessions and pushes before and after run on today's time).
    std::optional<Wire::ResultsReply> serverResults(Device &d, const QString &query)
    {
        QFile clock(m_clockFile);
        if (!clock.open(QIODevice::WriteOnly | QIODevice::Truncate) || clock.write("2026-11-30T12:00:00Z") < 0)
            return std::nullopt;
        clock.close();
        QNetworkReply *reply = d.client->request("GET", u"/v1/staff/results"_s + query);
        QSignalSpy done(reply, &QNetworkReply::finished);
        const bool answered = done.isValid() && done.wait(20000);
        QFile::remove(m_clockFile);
        if (!answered)
            return std::nullopt;
        reply->deleteLater();
        if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200)
            return std::nullopt;
        return Wire::resultsFromJson(QJsonDocument::fromJson(reply->readAll()).object());
    }

    // A consultant's measurement on the tablet.
    static bool measure(Device &d, const QString &personId, const QString &route, int rung, QDate date)
    {
        const QVariantMap done = d.staff->persons()->recordStep(personId, route, rung, date.toString(Qt::ISODate),
                                                                u"Gesprek"_s, {}, {});
        if (!done.value(u"ok"_s).toBool())
            qWarning("step refused: %s", qPrintable(done.value(u"message"_s).toString()));
        return done.value(u"ok"_s).toBool();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        // The server reads this file's time while it exists (serverResults()).
        m_clockFile = m_dir.filePath(u"server-clock"_s);
        qputenv("MEEDOEN_SERVER_TEST_CLOCK_FILE", m_clockFile.toUtf8());
        m_server = std::make_unique<Server>(TestPaths::serverBinary(), m_dir.path());
        QVERIFY(m_server->createDatabase(u"golden"_s));
        QVERIFY(importCatalogue());
        QVERIFY(importSocialReturn());
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
                QVERIFY(!Fixtures::queueSignup(kiosk->db.connection(), offerId(n, o), u"Huurder"_s, true).isEmpty());
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
            // What went in: the supplier's money on the internship, the corporation's staff hours
            // on the garden (a coordinator enters them on the partners' page).
            const QList<PartnerContribution> contributions{
                {Fixtures::uuid(), kSupplier, offerId(n, kOffers[3]), PartnerRole::Werkgever, u"2026-11"_s, 500'00, 0, 3, 0},
                {Fixtures::uuid(), kCorporation, offerId(n, kOffers[0]), PartnerRole::Partner, u"2026-11"_s, 0, 600, 0, 240},
            };
            for (const PartnerContribution &c : contributions)
                QVERIFY(repo.queue(Wire::PartnerContributionPayload{{staffId}, c, false}, c.id, now, Fixtures::uuid()) > 0);

            // The ladder: the interns measured in October or at the start and again at the end
            // (two up, one measured once), the learn-work tenants at the start and after two
            // weeks (the one who dropped out down a rung, the other the same).
            QStringList interns, learners;
            for (const Signup &s : std::as_const(signups)) {
                if (s.state == "confirmed"_L1 && s.opportunity == offerId(n, kOffers[3]))
                    interns.append(s.person);
                if (s.state == "confirmed"_L1 && s.opportunity == offerId(n, kOffers[4]))
                    learners.append(s.person);
            }
            QCOMPARE(interns.size(), 3);
            QCOMPARE(learners.size(), 2);
            QVERIFY(measure(*tablet, interns.at(0), u"werken"_s, 3, QDate(2026, 10, 20)));
            QVERIFY(measure(*tablet, interns.at(0), u"werken"_s, 4, QDate(2026, 11, 28)));
            QVERIFY(measure(*tablet, interns.at(1), u"werken"_s, 3, QDate(2026, 11, 3)));
            QVERIFY(measure(*tablet, interns.at(1), u"werken"_s, 4, QDate(2026, 11, 27)));
            QVERIFY(measure(*tablet, interns.at(2), u"werken"_s, 3, QDate(2026, 11, 3)));
            QVERIFY(measure(*tablet, learners.at(0), u"leren"_s, 4, QDate(2026, 11, 10)));
            QVERIFY(measure(*tablet, learners.at(0), u"leren"_s, 3, QDate(2026, 11, 24)));
            QVERIFY(measure(*tablet, learners.at(1), u"leren"_s, 3, QDate(2026, 11, 10)));
            QVERIFY(measure(*tablet, learners.at(1), u"leren"_s, 3, QDate(2026, 11, 24)));

            // The coordinator's goals: the quarter's hours on every route and its active
            // volunteers on leren, the year's training places on werken and moves up a rung.
            const QList<QVariantMap> goals{
                {{u"period"_s, u"quarter"_s}, {u"quarter"_s, 4}, {u"route"_s, QString()}, {u"measure"_s, u"hours"_s},
                 {u"target"_s, u"150"_s}},
                {{u"period"_s, u"quarter"_s}, {u"quarter"_s, 4}, {u"route"_s, u"leren"_s},
                 {u"measure"_s, u"active-volunteers"_s}, {u"target"_s, u"8"_s}},
                {{u"period"_s, u"year"_s}, {u"route"_s, u"werken"_s}, {u"measure"_s, u"training-started"_s},
                 {u"target"_s, u"4"_s}},
                {{u"period"_s, u"year"_s}, {u"route"_s, QString()}, {u"measure"_s, u"rung-moves"_s}, {u"target"_s, u"3"_s}},
            };
            for (QVariantMap g : goals) {
                g.insert(u"neighbourhood"_s, n.id);
                g.insert(u"year"_s, u"2026"_s);
                QVERIFY2(tablet->staff->results()->saveGoal(g), qPrintable(g.value(u"measure"_s).toString()));
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
            const QList<GoalProgress> ownGoals = repo.goalProgress(filter, kAsOf);
            QCOMPARE(comparable(own, ownGoals), comparable(server->results, server->goals));
            // What the results page shows: one read for both, the same.
            const auto page = repo.dashboardWithGoals(filter, kAsOf);
            QCOMPARE(comparable(page.figures, page.goals), comparable(server->results, server->goals));
            QCOMPARE(own.total.minutes, expectedMinutes);
            // A tenant whose only entry was corrected to nothing did not volunteer.
            QVERIFY(own.total.activeVolunteers <= expectedVolunteers.size());
            QVERIFY(own.total.activeVolunteers >= expectedVolunteers.size() - 1);
            QCOMPARE(own.total.trainingStarted, started);
            QCOMPARE(own.total.trainingCompleted, completed);
            QCOMPARE(own.total.trainingDroppedOut, dropped);

            // The ladder: werken two up (the one measured once is not counted), leren one the
            // same and one down.
            const LadderMoves werken{n.id, u"werken"_s, 2, 0, 0};
            const LadderMoves leren{n.id, u"leren"_s, 0, 1, 1};
            QCOMPARE(own.ladder, (QList<LadderMoves>{leren, werken}));
            // The goals on 30 November by hand: the quarter's hours are October's 4 and
            // November's; 61 of the quarter's 92 days are gone, so the forecast is value × 92 / 61.
            QCOMPARE(ownGoals.size(), 4);
            const auto goalOf = [&](GoalMeasure m) {
                return *std::find_if(ownGoals.cbegin(), ownGoals.cend(), [m](const GoalProgress &p) { return p.goal.measure == m; });
            };
            const GoalProgress hours = goalOf(GoalMeasure::Hours);
            QCOMPARE(hours.value, (expectedMinutes + 240) / 60.0);
            QCOMPARE(hours.points.size(), 2);
            QCOMPARE(hours.points.constLast().date, kAsOf);
            QVERIFY(qAbs(hours.forecast - hours.value * 92 / 61) < 1e-9);
            QCOMPARE(goalOf(GoalMeasure::TrainingStarted).value, 3.0);
            QCOMPARE(goalOf(GoalMeasure::RungMoves).value, 2.0);
            QCOMPARE(goalOf(GoalMeasure::RungMoves).status, GoalStatus::Behind);

            // Social return on the 30th: the server's exports and the tablet's own from its pulled
            // copy. The internships started on the 3rd (two still running, 28 days; one completed
            // on the 28th, 26 days) at € 250 a month, pro rata a day: 2 × € 230.14 + € 213.70.
            const SocialReturnConfig config = PartnerRepository(tablet->db.connection()).socialReturn();
            QCOMPARE(config.obligations.size(), 2);
            const SocialReturnFacts facts = repo.socialReturnFacts(filter);
            const QList<ObligationFulfilment> fulfilment = computeSocialReturn(config, facts, n.site, kAsOf);
            QCOMPARE(fulfilment.size(), 1);
            QCOMPARE(fulfilment.first().requiredCents, n.site == "site-a"_L1 ? 20'000'00 : 21'000'00);
            QCOMPARE(fulfilment.first().placements.size(), 3);
            QCOMPARE(fulfilment.first().achievedCents, 2 * 230'14 + 213'70);
            const QString ownSocialReturn = formatSocialReturnCsv(fulfilment).trimmed();
            const auto serverSocialReturn = m_server->cli({u"export"_s, u"social-return"_s, u"--site"_s, n.site, u"--format"_s,
                                                           u"csv"_s, u"--as-of"_s, kAsOf.toString(Qt::ISODate)});
            QCOMPARE(serverSocialReturn.exitCode, 0);
            QCOMPARE(ownSocialReturn, serverSocialReturn.out);

            ResultsFilter sroiFilter = filter;
            sroiFilter.sites.clear();
            sroiFilter.site = n.site;
            const SroiSheet sheet = computeSroiSheet(config.rates, repo.socialReturnFacts(sroiFilter), sroiFilter, kAsOf);
            // The corporation's 10 staff hours at € 55, 4 hours of its premises at € 25; the
            // supplier's € 500; the volunteer hours at € 15.
            QCOMPARE(sheet.inputCents, 10 * 55'00 + 4 * 25'00 + 500'00);
            QCOMPARE(sheet.outcomes.first().item, u"volunteer-hours"_s);
            QCOMPARE(sheet.outcomes.first().valueCents, (qint64(own.total.minutes) * 15'00 + 30) / 60);
            const QString ownSroi = formatSroiCsv(sheet).trimmed();
            const auto serverSroi = m_server->cli({u"export"_s, u"sroi"_s, u"--site"_s, n.site, u"--neighbourhood"_s, n.id,
                                                   u"--from"_s, u"2026-11"_s, u"--to"_s, u"2026-11"_s, u"--format"_s, u"csv"_s,
                                                   u"--as-of"_s, kAsOf.toString(Qt::ISODate)});
            QCOMPARE(serverSroi.exitCode, 0);
            QCOMPARE(ownSroi, serverSroi.out);

            const QJsonObject figures = comparable(own, ownGoals);
            const QString path = goldenPath(n.id);
            const QList<std::pair<QString, QString>> csvs{{goldenPath(n.id, u"social-return"_s, u"csv"_s), ownSocialReturn},
                                                         {goldenPath(n.id, u"sroi"_s, u"csv"_s), ownSroi}};
            if (qEnvironmentVariableIsSet("MEEDOEN_WRITE_GOLDEN")) {
                for (const auto &[csvPath, csv] : csvs) {
                    QFile out(csvPath);
                    QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
                    out.write(csv.toUtf8() + "\r\n");
                }
                QFile out(path);
                QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
                out.write(QJsonDocument(figures).toJson(QJsonDocument::Indented));
                qInfo("wrote %s", qPrintable(path));
                continue;
            }
            for (const auto &[csvPath, csv] : csvs) {
                QFile golden(csvPath);
                QVERIFY2(golden.open(QIODevice::ReadOnly), qPrintable(csvPath));
                QCOMPARE(csv, QString::fromUtf8(golden.readAll()).trimmed());
            }
            QFile golden(path);
            QVERIFY2(golden.open(QIODevice::ReadOnly), qPrintable(path));
            const QJsonObject expected = QJsonDocument::fromJson(golden.readAll()).object();
            QVERIFY2(figures == expected, qPrintable(QString::fromUtf8(QJsonDocument(figures).toJson())));
        }
    }

    // IT's side: a file that names a supplier not in the register, or a contract under the
    // threshold, changes nothing and says which; the accountant's workbook from the server is a
    // workbook whose SROI sheet has the same figures.
    void socialReturnFromTheCommandLine()
    {
        const auto before = m_server->cli({u"social-return"_s, u"show"_s});
        QCOMPARE(before.exitCode, 0);
        const auto import = [this](const QByteArray &json) {
            const QString path = m_dir.filePath(u"bad-social-return.json"_s);
            QFile f(path);
            if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(json) < 0)
                return ProcessResult{};
            f.close();
            return SyncFixture::runProcess(TestPaths::serverBinary(),
                                           {u"social-return"_s, u"import"_s, path, u"--db"_s, m_server->db()});
        };
        const ProcessResult unknown = import(R"({"obligations": [{"id": "x-1", "partnerId": "no-such-partner",
            "contract": "Schilderwerk", "contractCents": 30000000, "basis": "contract-sum",
            "start": "2026-01-01", "end": "2026-12-31"}]})");
        QCOMPARE_NE(unknown.exitCode, 0);
        QVERIFY2(unknown.err.contains(u"x-1"_s) && unknown.err.contains(u"no-such-partner"_s), qPrintable(unknown.err));
        const ProcessResult small = import(R"({"obligations": [{"id": "x-2", "partnerId": ")" + kSupplier.toUtf8()
                                           + R"(", "contract": "Schilderwerk", "contractCents": 20000000,
            "basis": "contract-sum", "start": "2026-01-01", "end": "2026-12-31"}]})");
        QCOMPARE_NE(small.exitCode, 0);
        QVERIFY2(small.err.contains(u"obligations[0].contractCents"_s), qPrintable(small.err));
        QCOMPARE(m_server->cli({u"social-return"_s, u"show"_s}).out, before.out);

        const ProcessResult book = SyncFixture::runProcess(
            TestPaths::serverBinary(),
            {u"export"_s, u"sroi"_s, u"--site"_s, u"site-a"_s, u"--from"_s, u"2026-11"_s, u"--to"_s, u"2026-11"_s,
             u"--format"_s, u"xlsx"_s, u"--as-of"_s, kAsOf.toString(Qt::ISODate), u"--db"_s, m_server->db()});
        QCOMPARE(book.exitCode, 0);
        QVERIFY(book.out.startsWith("PK"));
        const QString path = m_dir.filePath(u"sroi.xlsx"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write(book.out) == book.out.size());
        f.close();
        const QString xlsx2csv = QStandardPaths::findExecutable(u"xlsx2csv"_s);
        QVERIFY2(!xlsx2csv.isEmpty(), "xlsx2csv is missing: run scripts/setup-deps.sh");
        const ProcessResult sheet = SyncFixture::runProcess(xlsx2csv, {u"-n"_s, u"Social return"_s, path});
        QCOMPARE(sheet.exitCode, 0);
        // The same fulfilment as the CSV above: € 673.98 of € 20,000.
        QVERIFY2(sheet.out.contains("2026-017,Bouwbedrijf De Vries,Renovatie Wielewaal,trede 2,contractwaarde,0.050,400000,"
                                    "2026-01-01,2026-12-31,20000,673.98,"),
                 sheet.out.constData());
    }
};

QTEST_MAIN(TestResultsGolden)
#include "tst_results_golden.moc"
