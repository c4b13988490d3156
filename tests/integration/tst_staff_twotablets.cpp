// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/database.h"
#include "core/personalcode.h"
#include "storage/registrationrepository.h"
#include "protocol/resultswire.h"
#include "controllers/staffresults.h"
#include "controllers/stafftablet.h"
#include "models/staffopportunitymodel.h"
#include "models/staffpersonmodel.h"
#include "models/staffsignupmodel.h"
#include "storage/staffrepository.h"
#include "sync/syncclient.h"
#include "common/shownrows.h"
#include "common/syncfixture.h"
#include "common/enrolleddevice.h"
#include "common/syncrounds.h"
#include "common/tenants.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Meedoen;
using SyncFixture::Server;

// Two staff tablets (each its own database, sync client and StaffTablet) against the
// real meedoen-server: both decide on the same application while offline — the later one
// lands in the conflict list and changes nothing; an erasure on one tablet reaches the
// other; an identity check on one tablet is audited on the server and reaches the other;
// the dashboard's offline figures equal the server's. SQLite by default;
// MEEDOEN_TEST_PG=1 under pg_virtualenv for PostgreSQL.
class TestStaffTwoTablets : public QObject
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

    std::unique_ptr<Device> device(const QString &kind)
    {
        auto d = std::make_unique<Device>();
        if (d->db.open(m_dir.filePath(u"device-%1.db"_s.arg(++m_devices))) != Database::Status::Open)
            return nullptr;
        d->client = Fixtures::enrolledClient(m_nam, d->db, *m_server, kind, u"site-a"_s);
        if (!d->client)
            return nullptr;
        if (kind == "staff"_L1)
            d->staff = std::make_unique<StaffTablet>(&d->db, d->client.get(), [] { return QDateTime::currentDateTimeUtc(); },
                                                     StaffPinGuard::Cost::Minimum);
        return d;
    }

    // A round asked for now, finished with its pull applied. Not the end of whatever round
    // was running (the one a sign-in or a staff action started): waiting on that one let the
    // round asked for run later, unobserved, while the test went on (see common/syncrounds.h).
    static bool sync(Device &d) { return Fixtures::syncRound(*d.client); }

    // Rounds until nothing waits in the outbox, then one more.
    static bool syncAll(Device &d) { return Fixtures::syncUntilDrained(*d.client); }

    bool addStaff(const QString &login, const QString &name)
    {
        return Fixtures::addStaff(TestPaths::serverBinary(), m_server->db(), u"site-a"_s, login,
                                  name, m_password);
    }
    // Online sign-in, then a PIN of their own.
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

    static bool listsPerson(const QAbstractItemModel &list, const QString &personId)
    {
        const QVariantList rows = shownRows(list);
        return std::any_of(rows.cbegin(), rows.cend(),
                           [&](const QVariant &v) { return v.toMap().value(u"personId"_s).toString() == personId; });
    }

    // The figures as JSON without the time they were made, to compare two computations.
    static QJsonObject comparable(const Results &r, const QList<GoalProgress> &goals = {})
    {
        QJsonObject o = Wire::resultsToJson(r, {}, {}, goals);
        o.remove(u"generatedAt"_s);
        return o;
    }

    // GET /v1/staff/results through the tablet's own network stack and staff session.
    static std::optional<Results> serverResults(Device &d, const QString &query)
    {
        const auto reply = serverReply(d, query);
        return reply ? std::optional<Results>(reply->results) : std::nullopt;
    }

    static std::optional<Wire::ResultsReply> serverReply(Device &d, const QString &query)
    {
        QNetworkReply *reply = d.client->request("GET", u"/v1/staff/results"_s + query);
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!done.isValid() || !done.wait(20000))
            return std::nullopt;
        reply->deleteLater();
        if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200)
            return std::nullopt;
        return Wire::resultsFromJson(QJsonDocument::fromJson(reply->readAll()).object());
    }


    static QVariantMap signupOf(Device &d, const QString &opportunity, const QString &signupId)
    {
        StaffSignupProxy shown;
        shown.setSourceModel(d.staff->review()->signups());
        shown.setOpportunityId(opportunity);
        for (const QVariant &v : shownRows(shown)) {
            if (v.toMap().value(u"signupId"_s).toString() == signupId)
                return v.toMap();
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        m_server = std::make_unique<Server>(TestPaths::serverBinary(), m_dir.path());
        QVERIFY(m_server->createDatabase(QString::fromLatin1(QTest::currentTestFunction())));
        QVERIFY(m_server->importCatalogue(1));
        QVERIFY(m_server->start());
        QVERIFY(addStaff(u"anna"_s, u"Anna de Boer"_s));
        QVERIFY(addStaff(u"bert"_s, u"Bert Smit"_s));
    }

    void cleanup() { m_server.reset(); }

    void signInFailsWithAWrongPassword()
    {
        auto tablet = device(u"staff"_s);
        QVERIFY(tablet);
        QSignalSpy message(tablet->staff->session(), &StaffSession::messageChanged);
        QVERIFY(message.isValid());
        tablet->staff->session()->login(u"anna"_s, u"wrong password"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!tablet->staff->session()->busy(), 20000);
        QCOMPARE(tablet->staff->session()->stage(), StaffSession::Stage::SignIn);
        QVERIFY(tablet->staff->session()->message().contains(u"klopt niet"_s));
        // A kiosk cannot be used to sign staff in.
        auto kiosk = device(u"kiosk"_s);
        QVERIFY(kiosk);
        StaffTablet kioskStaff(&kiosk->db, kiosk->client.get(), [] { return QDateTime::currentDateTimeUtc(); });
        kioskStaff.session()->login(u"anna"_s, m_password);
        QCOMPARE(kioskStaff.session()->stage(), StaffSession::Stage::SignIn);
        QVERIFY(!kioskStaff.session()->message().isEmpty());
    }

    void twoTabletsDecideTheSameApplicationOffline()
    {
        auto kiosk = device(u"kiosk"_s);
        auto tablet1 = device(u"staff"_s);
        auto tablet2 = device(u"staff"_s);
        QVERIFY(kiosk && tablet1 && tablet2);
        const QString first = Fixtures::queueSignup(kiosk->db.connection(), u"race"_s, u"Een"_s);
        const QString second = Fixtures::queueSignup(kiosk->db.connection(), u"race"_s, u"Twee"_s);
        QVERIFY(sync(*kiosk));
        QVERIFY(signIn(*tablet1, u"anna"_s));
        QVERIFY(signIn(*tablet2, u"bert"_s));
        QVERIFY(sync(*tablet1));
        QVERIFY(sync(*tablet2));
        QCOMPARE(signupOf(*tablet1, u"race"_s, second).value(u"state"_s).toString(), u"waitlisted"_s);
        QCOMPARE(signupOf(*tablet2, u"race"_s, second).value(u"version"_s).toInt(), 1);
        QCOMPARE(signupOf(*tablet2, u"race"_s, first).value(u"name"_s).toString(), u"Een Yılmaz"_s);

        // Offline (no sync in between), both decide on the same waitlisted application.
        QVERIFY(tablet1->staff->review()->decide(second, u"decline"_s, u"Past niet bij de eisen"_s, {}, u"Helaas."_s));
        QVERIFY(tablet2->staff->review()->decide(second, u"decline"_s, u"Anders"_s, u"dubbel"_s, u"Sorry."_s));
        QCOMPARE(tablet2->client->pendingCount(), 1);

        // Tablet 1 comes online first: its decision stands.
        QVERIFY(sync(*tablet1));
        QCOMPARE(signupOf(*tablet1, u"race"_s, second).value(u"state"_s).toString(), u"declined"_s);
        // Tablet 2's decision was on version 1: a conflict, acknowledged (the queue goes on).
        QVERIFY(sync(*tablet2));
        QCOMPARE(tablet2->client->pendingCount(), 0);
        const QVariantList conflicts = shownRows(*tablet2->staff->review()->conflicts());
        QCOMPARE(conflicts.size(), 1);
        QCOMPARE(conflicts.at(0).toMap().value(u"signupId"_s).toString(), second);
        QCOMPARE(conflicts.at(0).toMap().value(u"seenVersion"_s).toInt(), 1);
        QCOMPARE(conflicts.at(0).toMap().value(u"currentState"_s).toString(), u"declined"_s);
        QCOMPARE(signupOf(*tablet2, u"race"_s, second).value(u"state"_s).toString(), u"declined"_s);
        // The other tablet learns of the conflict on its next pull; nothing was overwritten.
        QVERIFY(sync(*tablet1));
        QCOMPARE(tablet1->staff->review()->conflicts()->rowCount(), 1);
        QCOMPARE(m_server->count(u"SELECT count(*) FROM decision WHERE status = 'conflict'"_s), 1);
        QCOMPARE(m_server->count(u"SELECT count(*) FROM decision WHERE status = 'decided'"_s), 1);

        // Who decided is in the audit trail of both tablets.
        bool seenDecision = false;
        for (const QVariant &v : shownRows(*tablet2->staff->persons()->auditList()))
            seenDecision = seenDecision || (v.toMap().value(u"action"_s).toString() == u"decision"_s
                                            && !v.toMap().value(u"onDevice"_s).toBool());
        QVERIFY(seenDecision);
    }

    void erasureReachesTheSecondTablet()
    {
        auto kiosk = device(u"kiosk"_s);
        auto tablet1 = device(u"staff"_s);
        auto tablet2 = device(u"staff"_s);
        QVERIFY(kiosk && tablet1 && tablet2);
        const QString first = Fixtures::queueSignup(kiosk->db.connection(), u"race"_s, u"Wis"_s);
        const QString second = Fixtures::queueSignup(kiosk->db.connection(), u"race"_s, u"Blijf"_s);
        QVERIFY(sync(*kiosk));
        QVERIFY(signIn(*tablet1, u"anna"_s));
        QVERIFY(signIn(*tablet2, u"bert"_s));
        QVERIFY(sync(*tablet1));
        QVERIFY(sync(*tablet2));
        const QString personId = signupOf(*tablet2, u"race"_s, first).value(u"personId"_s).toString();
        QVERIFY(!personId.isEmpty());
        QCOMPARE(tablet2->staff->persons()->person(personId).value(u"name"_s).toString(), u"Wis Yılmaz"_s);

        QVERIFY(!tablet1->staff->persons()->erasePerson(personId, u"13579"_s));
        QVERIFY(tablet1->staff->persons()->erasePerson(personId, m_pin));
        QVERIFY(sync(*tablet1));
        QVERIFY(sync(*tablet2));
        // Gone from the second tablet; their place went to the waitlist.
        const QVariantMap erased = tablet2->staff->persons()->person(personId);
        QVERIFY(erased.isEmpty() || erased.value(u"erased"_s).toBool());
        QVERIFY(erased.value(u"name"_s).toString().isEmpty());
        for (const QVariant &v : shownRows(*tablet2->staff->persons()->personList()))
            QVERIFY(v.toMap().value(u"personId"_s).toString() != personId);
        QCOMPARE(signupOf(*tablet2, u"race"_s, second).value(u"state"_s).toString(), u"confirmed"_s);
        QCOMPARE(signupOf(*tablet2, u"race"_s, first).value(u"state"_s).toString(), u"withdrawn"_s);
    }

    // A new volunteer checked on one tablet: audited on the server (who, when, which device)
    // and no longer waiting on the site's other tablet after its next pull.
    void identityCheckReachesTheOtherTablet()
    {
        auto kiosk = device(u"kiosk"_s);
        auto tablet1 = device(u"staff"_s);
        auto tablet2 = device(u"staff"_s);
        QVERIFY(kiosk && tablet1 && tablet2);
        const QString signup = Fixtures::queueSignup(kiosk->db.connection(), u"race"_s, u"Nieuw"_s);
        const QString other = Fixtures::queueSignup(kiosk->db.connection(), u"open"_s, u"Ander"_s);
        QVERIFY(sync(*kiosk));
        QVERIFY(signIn(*tablet1, u"anna"_s));
        QVERIFY(signIn(*tablet2, u"bert"_s));
        QVERIFY(sync(*tablet1));
        QVERIFY(sync(*tablet2));
        const QString personId = signupOf(*tablet1, u"race"_s, signup).value(u"personId"_s).toString();
        const QString otherId = signupOf(*tablet1, u"open"_s, other).value(u"personId"_s).toString();
        QVERIFY(!personId.isEmpty() && !otherId.isEmpty());
        QVERIFY(listsPerson(*tablet2->staff->review()->newVolunteers(), personId));

        QVERIFY(tablet1->staff->review()->markIdentityChecked(personId, u"tenant-number"_s));
        QVERIFY(!listsPerson(*tablet1->staff->review()->newVolunteers(), personId));
        QVERIFY(syncAll(*tablet1));
        // Not yet on the other tablet: it has not pulled.
        QVERIFY(listsPerson(*tablet2->staff->review()->newVolunteers(), personId));
        QVERIFY(sync(*tablet2));
        QVERIFY(!listsPerson(*tablet2->staff->review()->newVolunteers(), personId));
        QVERIFY(listsPerson(*tablet2->staff->review()->newVolunteers(), otherId));

        // The server's audit: this staff member, this tablet, the method; nothing personal.
        QCOMPARE(m_server->count(u"SELECT count(*) FROM audit WHERE action = 'identity-check' AND entity_id = ? "
                                 "AND staff_id = ? AND device_id = ? AND detail LIKE '%tenant-number%'"_s,
                                 {personId, tablet1->staff->session()->staffId(), tablet1->client->deviceId()}),
                 1);
        bool audited = false;
        for (const QVariant &v : shownRows(*tablet2->staff->persons()->auditList())) {
            const QVariantMap a = v.toMap();
            audited = audited
                || (a.value(u"action"_s).toString() == u"identity-check"_s && a.value(u"entityId"_s).toString() == personId
                    && a.value(u"deviceId"_s).toString() == tablet1->client->deviceId() && !a.value(u"onDevice"_s).toBool());
        }
        QVERIFY(audited);

        // The second tablet checks the same person again (it was offline): audited, the first
        // check stands.
        QVERIFY(tablet2->staff->review()->markIdentityChecked(otherId, u"address"_s));
        QVERIFY(syncAll(*tablet2));
        QVERIFY(sync(*tablet1));
        QVERIFY(!listsPerson(*tablet1->staff->review()->newVolunteers(), otherId));
        QCOMPARE(m_server->count(u"SELECT count(*) FROM audit WHERE action = 'identity-check'"_s), 2);
    }

    // A goal set on one tablet reaches the other; changed there, it comes back; removed, it
    // goes from both.
    void goalReachesTheOtherTablet()
    {
        auto tablet1 = device(u"staff"_s);
        auto tablet2 = device(u"staff"_s);
        QVERIFY(tablet1 && tablet2);
        QVERIFY(signIn(*tablet1, u"anna"_s));
        QVERIFY(signIn(*tablet2, u"bert"_s));
        QVERIFY(syncAll(*tablet1)); // the catalogue: the tablet's site
        QVERIFY(syncAll(*tablet2));
        const QString neighbourhood = u"wielewaal"_s; // site-a's (common/syncfixture.h)
        StaffResults *results1 = tablet1->staff->results();
        // A problem keeps the form as it was; nothing is queued.
        QVERIFY(!results1->saveGoal({{u"neighbourhood"_s, neighbourhood}, {u"period"_s, u"year"_s},
                                     {u"year"_s, u"twintig"_s}, {u"measure"_s, u"hours"_s}, {u"target"_s, u"-3"_s}}));
        QCOMPARE(QSet<QString>(results1->goalErrors().keyBegin(), results1->goalErrors().keyEnd()),
                 (QSet<QString>{u"year"_s, u"target"_s}));
        QVERIFY(results1->saveGoal({{u"neighbourhood"_s, neighbourhood}, {u"route"_s, u"wonen"_s},
                                    {u"period"_s, u"year"_s}, {u"year"_s, u"2027"_s},
                                    {u"measure"_s, u"active-volunteers"_s}, {u"target"_s, u"40"_s}}));
        QVERIFY(results1->goalErrors().isEmpty());
        StaffRepository repo1(tablet1->db.connection()), repo2(tablet2->db.connection());
        QCOMPARE(repo1.goals().size(), 1); // shown at once, before any sync
        const QString goalId = repo1.goals().first().id;
        QVERIFY(syncAll(*tablet1));
        QVERIFY(sync(*tablet2));
        QCOMPARE(repo2.goals().size(), 1);
        Goal pulled = repo2.goals().first();
        QCOMPARE(pulled.id, goalId);
        QCOMPARE(pulled.target, 40);
        QCOMPARE(pulled.start, QDate(2027, 1, 1));
        QCOMPARE(pulled.createdBy, tablet1->staff->session()->staffId());

        // Bert raises the target on his tablet; Anna's tablet learns it, and who changed it.
        QVariantMap fields = tablet2->staff->results()->goal(goalId);
        fields.insert(u"target"_s, u"55"_s);
        QVERIFY(tablet2->staff->results()->saveGoal(fields));
        QVERIFY(syncAll(*tablet2));
        QVERIFY(sync(*tablet1));
        QCOMPARE(repo1.goal(goalId)->target, 55);
        QCOMPARE(repo1.goal(goalId)->changedBy, tablet2->staff->session()->staffId());
        QCOMPARE(repo1.goal(goalId)->createdBy, tablet1->staff->session()->staffId());
        QCOMPARE(m_server->count(u"SELECT COUNT(*) FROM audit WHERE action = 'goal-upsert'"_s), 2);

        QVERIFY(results1->removeGoal(goalId));
        QVERIFY(!repo1.goal(goalId));
        QVERIFY(syncAll(*tablet1));
        QVERIFY(sync(*tablet2));
        QVERIFY(repo2.goals().isEmpty());
        QCOMPARE(m_server->count(u"SELECT COUNT(*) FROM goal"_s), 0);
    }

    // The dashboard's figures: the server's when online, the tablet's own from its copy when
    // offline — the same numbers for the same facts.
    void offlineFiguresEqualTheServers()
    {
        auto kiosk = device(u"kiosk"_s);
        auto tablet = device(u"staff"_s);
        QVERIFY(kiosk && tablet);
        const QString een = Fixtures::queueSignup(kiosk->db.connection(), u"race"_s, u"Een"_s);
        const QString twee = Fixtures::queueSignup(kiosk->db.connection(), u"race"_s, u"Twee"_s);
        QVERIFY(syncAll(*kiosk));
        QVERIFY(signIn(*tablet, u"anna"_s));
        // A training place, made on the tablet.
        QVERIFY(tablet->staff->catalogue()->saveOpportunity({{u"title"_s, u"Stage keuken"_s}, {u"kind"_s, u"training"_s},
                                                {u"trainingType"_s, u"internship"_s}, {u"route"_s, u"werken"_s},
                                                {u"site"_s, u"site-a"_s}, {u"capacity"_s, 2}, {u"status"_s, u"open"_s},
                                                {u"needsReview"_s, false}}));
        QVERIFY(syncAll(*tablet));
        QString stage;
        StaffOpportunityProxy editable;
        editable.setSourceModel(tablet->staff->catalogue()->opportunityList());
        editable.setSiteIds(tablet->staff->catalogue()->siteIds());
        for (const QVariant &v : shownRows(editable))
            if (v.toMap().value(u"title"_s).toString() == u"Stage keuken"_s)
                stage = v.toMap().value(u"opportunityId"_s).toString();
        QVERIFY(!stage.isEmpty());
        QVERIFY(syncAll(*kiosk));
        const QString drie = Fixtures::queueSignup(kiosk->db.connection(), stage, u"Drie"_s);
        QVERIFY(syncAll(*kiosk));
        QVERIFY(syncAll(*tablet));
        QCOMPARE(signupOf(*tablet, stage, drie).value(u"state"_s).toString(), u"confirmed"_s);

        // Hours in two months, one entry corrected; a placement started today.
        const QString eenPerson = signupOf(*tablet, u"race"_s, een).value(u"personId"_s).toString();
        const QString tweePerson = signupOf(*tablet, u"race"_s, twee).value(u"personId"_s).toString();
        StaffRepository repo(tablet->db.connection());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QStringList entries;
        for (const auto &[person, date, minutes] : {std::tuple{eenPerson, u"2026-09-10"_s, 90},
                                                    std::tuple{eenPerson, u"2026-10-02"_s, 120},
                                                    std::tuple{tweePerson, u"2026-10-05"_s, 45}}) {
            const QString id = Fixtures::uuid();
            entries.append(id);
            const Meedoen::HoursEntry entry{id, person, u"race"_s, QDate::fromString(date, Qt::ISODate), minutes, {}, {}, false};
            QVERIFY(repo.queue(Wire::HoursPayload{tablet->staff->session()->staffId(), entry}, id, now, Fixtures::uuid()) > 0);
        }
        QVERIFY(syncAll(*tablet));
        QVERIFY(tablet->staff->persons()->correctHours(entries.at(1), u"2026-10-02"_s, 30, u"Eerder weg"_s));
        QVERIFY(tablet->staff->review()->recordPlacement(drie, u"started"_s));
        QVERIFY(syncAll(*tablet));

        // Goals for 2026 in the site's neighbourhood: hours on every route, and training places
        // started on werken (a quarter that may be over, or not begun: either way the same).
        const QString neighbourhood = u"wielewaal"_s; // site-a's (common/syncfixture.h)
        QVERIFY(tablet->staff->results()->saveGoal({{u"neighbourhood"_s, neighbourhood}, {u"route"_s, QString()},
                                                    {u"period"_s, u"year"_s}, {u"year"_s, u"2026"_s},
                                                    {u"measure"_s, u"hours"_s}, {u"target"_s, u"10"_s}}));
        QVERIFY(tablet->staff->results()->saveGoal({{u"neighbourhood"_s, neighbourhood}, {u"route"_s, u"werken"_s},
                                                    {u"period"_s, u"quarter"_s}, {u"year"_s, u"2026"_s},
                                                    {u"quarter"_s, 4}, {u"measure"_s, u"training-started"_s},
                                                    {u"target"_s, u"2"_s}}));
        QVERIFY(syncAll(*tablet));
        const QDate today = QDateTime::currentDateTimeUtc().toLocalTime().date();

        for (const QString &site : {u"site-a"_s, QString()}) {
            const auto reply = serverReply(*tablet, site.isEmpty() ? QString() : QString(u"?site="_s + site));
            QVERIFY(reply);
            const Results *server = &reply->results;
            ResultsFilter filter;
            filter.site = site;
            if (site.isEmpty())
                filter.sites = {u"site-a"_s};
            const Results own = repo.dashboard(filter);
            const QList<GoalProgress> ownGoals = repo.goalProgress(filter, today);
            QCOMPARE(comparable(own, ownGoals), comparable(*server, reply->goals));
            // The results page reads the facts once for both: the same figures and goals.
            const auto both = repo.dashboardWithGoals(filter, today);
            QCOMPARE(comparable(both.figures, both.goals), comparable(*server, reply->goals));
            // Known answers: the year's hours are 2.75 (below), the quarter's start is today's placement.
            QCOMPARE(ownGoals.size(), 2);
            QCOMPARE(ownGoals.at(0).goal.measure, GoalMeasure::Hours);
            QCOMPARE(ownGoals.at(0).value, 2.75);
            QCOMPARE(ownGoals.at(0).points.size(), today.year() > 2026 ? 12 : today.month());
            // Known answers: 90 + 30 (corrected from 120) + 45 minutes by two tenants.
            QCOMPARE(own.total.minutes, 165);
            QCOMPARE(own.total.activeVolunteers, 2);
            QCOMPARE(own.total.trainingStarted, 1);
            // September, October, and the month of today's placement (maybe one of them).
            const QSet<QString> months{u"2026-09"_s, u"2026-10"_s, now.toLocalTime().toString(u"yyyy-MM"_s)};
            QCOMPARE(own.trend.size(), months.size());
            QCOMPARE(own.opportunities.size(), 3);
        }
        ResultsFilter werken;
        werken.route = u"werken"_s;
        werken.sites = {u"site-a"_s};
        const auto server = serverResults(*tablet, u"?route=werken"_s);
        QVERIFY(server);
        QCOMPARE(comparable(repo.dashboard(werken)), comparable(*server));
        QCOMPARE(server->total.minutes, 0);
        const auto werkenReply = serverReply(*tablet, u"?route=werken"_s);
        QVERIFY(werkenReply);
        QCOMPARE(comparable({}, repo.goalProgress(werken, today)), comparable({}, werkenReply->goals));
        QCOMPARE(werkenReply->goals.size(), 2); // the goal for every route shows under werken too

        // What the screen shows: the server's figures with their time while it answers …
        QSignalSpy shown(tablet->staff->results(), &StaffResults::resultsChanged);
        QVERIFY(shown.isValid());
        tablet->staff->results()->loadResults(u"site-a"_s, {}, {});
        QTRY_COMPARE_WITH_TIMEOUT(tablet->staff->results()->results().value(u"source"_s).toString(), u"server"_s, 20000);
        QVariantMap online = tablet->staff->results()->results();
        QVERIFY(online.value(u"asOf"_s).toDateTime().isValid());
        QCOMPARE(online.value(u"hours"_s).toDouble(), 2.75);
        // … and the tablet's own, the same, when the server is gone.
        m_server->stop();
        tablet->staff->results()->loadResults(u"site-a"_s, {}, {});
        QTRY_COMPARE_WITH_TIMEOUT(tablet->staff->results()->results().value(u"source"_s).toString(), u"tablet"_s, 20000);
        QVariantMap offline = tablet->staff->results()->results();
        for (QVariantMap *m : {&online, &offline}) {
            m->remove(u"source"_s);
            m->remove(u"asOf"_s);
        }
        QCOMPARE(offline, online);
    }
};

QTEST_MAIN(TestStaffTwoTablets)
#include "tst_staff_twotablets.moc"
