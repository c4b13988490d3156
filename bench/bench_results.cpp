// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The results dashboard at a corporation's size (issue 18, "Tests and figures"): 100,000
// tenants, 1,000,000 hours entries over three years, of which a fifth of the tenants log hours
// (one or two opportunities each, about weekly), 4 % of the entries corrected, and placement
// events on the training places; a tenth of the tenants on a route up the ladder (two to four
// steps each), and a coordinator's hours goal for 2026 per neighbourhood and route. The filter
// is a coordinator's: one year, every site; goals stand on 30 November.
//  1. The server: the work of GET /v1/staff/results — Store::results() (with the ladder moves),
//     Store::goals() and the JSON answer (resultsJson) — p95 of RUNS, against the plain SQL that
//     gives the same numbers (per month × site × neighbourhood × route, per month, the year; the
//     ladder moves per neighbourhood and route; each goal's hours at every month's end) through
//     the sqlite3 C API on the same file, same run. Target: ratio ≤ 1.5.
//  2. The staff tablet offline: StaffRepository::dashboardWithGoals() (one read for both) on a device
//     database holding the same facts, against the same plain SQL on that file. Target ≤ 1.5.
// Both sides are checked to give the same figures before anything is reported.
//
// Usage: meedoen_bench_results [TENANTS=100000] [HOURS=1000000] [RUNS=15] [WORKDIR]

#include "benchutil.h"
#include "rawsqlite.h"

#include "core/goals.h"
#include "core/resultfigures.h"
#include "protocol/goalwire.h"
#include "server/results.h"
#include "server/store/store.h"
#include "storage/database.h"
#include "storage/staffrepository.h"

#include <QCoreApplication>
#include <QFile>
#include <QDate>
#include <QJsonDocument>
#include <QMap>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QTemporaryDir>

#include <algorithm>
#include <array>
#include <cmath>
#include <unordered_map>

using namespace Qt::StringLiterals;
using namespace Meedoen;

namespace {

constexpr int kSites = 8;             // two per neighbourhood
constexpr int kOpportunities = 400;
constexpr const char *kRoutes[] = {"wonen", "leren", "werken", "vrije-tijd"};
constexpr const char *kYearFrom = "2026-01";
constexpr const char *kYearTo = "2026-12";
constexpr int kNeighbourhoods = kSites / 2;
const QDate kToday(2026, 11, 30);

double elapsedMs(const QElapsedTimer &t) { return double(t.nsecsElapsed()) / 1e6; }

// One hours entry as both databases hold it.
struct Entry
{
    std::string id;
    int person;
    int opportunity;
    std::string date;
    int minutes;
    std::string corrects; // empty: not a correction
};

struct Placement
{
    std::string id;
    int opportunity;
    const char *kind;
    std::string date;
};

// A step up (or down) the ladder of one tenant's route.
struct Step
{
    std::string id;
    int person;
    int route;
    int rung;
    std::string date;
};

struct Facts
{
    std::vector<Entry> hours;
    std::vector<Placement> placements;
    std::vector<Step> steps;
};

const char *kindOf(int opportunity) { return opportunity % 5 == 0 ? "training" : opportunity % 5 == 1 ? "self-management" : "volunteer"; }
int siteOf(int opportunity) { return opportunity % kSites; }
const char *routeOf(int opportunity) { return kRoutes[(opportunity / kSites) % 4]; }
std::string siteId(int site) { return Bench::numbered("site-", site); }
std::string neighbourhoodOf(int site) { return Bench::numbered("buurt-", site / 2); }
std::string opportunityId(int o) { return Bench::numbered("opp-", o); }
std::string personId(int p) { return Bench::numbered("person-", p); }
// A tenant on a route lives near a site: its neighbourhood is the site's.
int siteOfPerson(int p) { return p % kSites; }
// The hours goal of a neighbourhood and route: at the neighbourhood's first site.
std::string goalId(int nb, int route) { return Bench::numbered("goal-", nb * 4 + route); }

Facts generate(int tenants, int entries)
{
    Facts facts;
    facts.hours.reserve(size_t(entries));
    QRandomGenerator rng(18);
    const QDate first(2024, 1, 1);
    const int days = int(first.daysTo(QDate(2026, 12, 31))) + 1;
    const int volunteers = qMax(1, tenants / 5);
    int corrected = 0;
    while (int(facts.hours.size()) < entries) {
        const int n = int(facts.hours.size());
        const int person = int(rng.bounded(volunteers)) * 5 % tenants; // every fifth tenant
        const int opportunity = (person * 7 + (rng.bounded(4) == 0 ? 1 : 0)) % kOpportunities;
        const QDate date = first.addDays(rng.bounded(days));
        const int minutes = 30 * (1 + int(rng.bounded(8)));
        facts.hours.push_back({Bench::numbered("h-", n), person, opportunity,
                               date.toString(Qt::ISODate).toStdString(), minutes, {}});
        // A correction of one entry in 25: a new row pointing at it, to zero minutes in a
        // fifth of them (the work did not happen).
        if (rng.bounded(25) == 0 && int(facts.hours.size()) < entries) {
            const Entry &original = facts.hours.back();
            facts.hours.push_back({Bench::numbered("c-", corrected++), original.person, original.opportunity,
                                   original.date, rng.bounded(5) == 0 ? 0 : original.minutes / 2, original.id});
        }
    }
    // Steps: every tenth tenant, on one route, first measured in 2025, then two or three times
    // in 2026 on later days, a rung up, the same or down (within the Participatieladder's six).
    for (int p = 0; p < tenants; p += 10) {
        QDate date(2025, 1, 1);
        date = date.addDays(rng.bounded(300));
        int rung = 1 + int(rng.bounded(3));
        const int count = 2 + int(rng.bounded(3));
        for (int i = 0; i < count; ++i) {
            facts.steps.push_back({Bench::numbered("step-", int(facts.steps.size())), p, p % 4, rung,
                                   date.toString(Qt::ISODate).toStdString()});
            date = i == 0 ? QDate(2026, 1, 1).addDays(rng.bounded(120)) : date.addDays(1 + rng.bounded(90));
            rung = std::clamp(rung + int(rng.bounded(4)) - 1, 1, 6);
        }
    }
    const char *kinds[] = {"started", "completed", "dropped-out"};
    for (int i = 0; i < tenants / 20; ++i) {
        const int opportunity = int(rng.bounded(kOpportunities / 5)) * 5; // the training places
        facts.placements.push_back({Bench::numbered("p-", i), opportunity, kinds[rng.bounded(3)],
                                    first.addDays(rng.bounded(days)).toString(Qt::ISODate).toStdString()});
    }
    return facts;
}

void bindText(sqlite3_stmt *s, int i, const std::string &v) { sqlite3_bind_text(s, i, v.c_str(), int(v.size()), SQLITE_TRANSIENT); }

void step(sqlite3 *db, sqlite3_stmt *s, const char *what)
{
    Bench::check(sqlite3_step(s), db, what);
    sqlite3_reset(s);
}

void fillServer(const QString &path, const Facts &facts)
{
    Bench::RawSqlite raw(path);
    sqlite3 *db = raw.handle();
    raw.exec("BEGIN");
    sqlite3_stmt *site = raw.prepare("INSERT INTO site (id, name, neighbourhood, data) VALUES (?, ?, ?, '{}')");
    for (int s = 0; s < kSites; ++s) {
        bindText(site, 1, siteId(s));
        bindText(site, 2, siteId(s));
        bindText(site, 3, neighbourhoodOf(s));
        step(db, site, "site");
    }
    sqlite3_stmt *opp = raw.prepare("INSERT INTO opportunity (id, site_id, status, capacity, minimum_age, confirmed, data) "
                                    "VALUES (?, ?, 'open', 12, 0, ?, ?)");
    for (int o = 0; o < kOpportunities; ++o) {
        bindText(opp, 1, opportunityId(o));
        bindText(opp, 2, siteId(siteOf(o)));
        sqlite3_bind_int(opp, 3, o % 13);
        const std::string data = std::string("{\"title\":\"Activiteit ") + std::to_string(o) + "\",\"kind\":\""
            + kindOf(o) + "\",\"route\":\"" + routeOf(o) + "\"}";
        bindText(opp, 4, data);
        step(db, opp, "opportunity");
    }
    sqlite3_stmt *hours = raw.prepare(
        "INSERT INTO hours (id, person_id, opportunity_id, site_id, work_date, minutes, note, corrects_id, device_id, "
        "created_at) VALUES (?, ?, ?, ?, ?, ?, '', ?, 'phone', '2026-12-01T00:00:00Z')");
    for (const Entry &e : facts.hours) {
        bindText(hours, 1, e.id);
        bindText(hours, 2, personId(e.person));
        bindText(hours, 3, opportunityId(e.opportunity));
        bindText(hours, 4, siteId(siteOf(e.opportunity)));
        bindText(hours, 5, e.date);
        sqlite3_bind_int(hours, 6, e.minutes);
        if (e.corrects.empty())
            sqlite3_bind_null(hours, 7);
        else
            bindText(hours, 7, e.corrects);
        step(db, hours, "hours");
    }
    sqlite3_stmt *placement = raw.prepare(
        "INSERT INTO placement_event (id, signup_id, opportunity_id, site_id, kind, event_date, staff_id, device_id, "
        "received_at) VALUES (?, 's', ?, ?, ?, ?, 'staff', 'tablet', '2026-12-01T00:00:00Z')");
    for (const Placement &p : facts.placements) {
        bindText(placement, 1, p.id);
        bindText(placement, 2, opportunityId(p.opportunity));
        bindText(placement, 3, siteId(siteOf(p.opportunity)));
        bindText(placement, 4, p.kind);
        bindText(placement, 5, p.date);
        step(db, placement, "placement");
    }
    sqlite3_stmt *steps = raw.prepare(
        "INSERT INTO trajectory_step (id, person_id, site_id, route, rung, step_date, note, goal, neighbourhood, staff_id, "
        "device_id, received_at) VALUES (?, ?, ?, ?, ?, ?, '', '', ?, 'staff', 'tablet', '2026-12-01T00:00:00.000Z')");
    for (const Step &s : facts.steps) {
        bindText(steps, 1, s.id);
        bindText(steps, 2, personId(s.person));
        bindText(steps, 3, siteId(siteOfPerson(s.person)));
        bindText(steps, 4, kRoutes[s.route]);
        sqlite3_bind_int(steps, 5, s.rung);
        bindText(steps, 6, s.date);
        bindText(steps, 7, neighbourhoodOf(siteOfPerson(s.person)));
        step(db, steps, "trajectory step");
    }
    sqlite3_stmt *goal = raw.prepare(
        "INSERT INTO goal (id, site_id, neighbourhood, route, period, period_start, measure, target, created_by, "
        "changed_by, created_at, changed_at) VALUES (?, ?, ?, ?, 'year', '2026-01-01', 'hours', 5000, 'staff', 'staff', "
        "'2026-01-02T09:00:00.000Z', '2026-01-02T09:00:00.000Z')");
    for (int nb = 0; nb < kNeighbourhoods; ++nb) {
        for (int r = 0; r < 4; ++r) {
            bindText(goal, 1, goalId(nb, r));
            bindText(goal, 2, siteId(nb * 2));
            bindText(goal, 3, neighbourhoodOf(nb * 2));
            bindText(goal, 4, kRoutes[r]);
            step(db, goal, "goal");
        }
    }
    raw.exec("COMMIT");
    raw.exec("ANALYZE");
}

void fillTablet(const QString &path, const Facts &facts)
{
    Bench::RawSqlite raw(path);
    sqlite3 *db = raw.handle();
    raw.exec("BEGIN");
    sqlite3_stmt *site = raw.prepare("INSERT INTO site (id, name, neighbourhood_id) VALUES (?, ?, ?)");
    for (int s = 0; s < kSites; ++s) {
        bindText(site, 1, siteId(s));
        bindText(site, 2, siteId(s));
        bindText(site, 3, neighbourhoodOf(s));
        step(db, site, "site");
    }
    sqlite3_stmt *opp = raw.prepare("INSERT INTO opportunity (id, kind, route, title, site_id, capacity, places_taken) "
                                    "VALUES (?, ?, ?, ?, ?, 12, ?)");
    for (int o = 0; o < kOpportunities; ++o) {
        bindText(opp, 1, opportunityId(o));
        bindText(opp, 2, kindOf(o));
        bindText(opp, 3, routeOf(o));
        bindText(opp, 4, "Activiteit " + std::to_string(o));
        bindText(opp, 5, siteId(siteOf(o)));
        sqlite3_bind_int(opp, 6, o % 13);
        step(db, opp, "opportunity");
    }
    // superseded_by: the id of the correction that replaced the entry (the tablet's pulled copy).
    std::unordered_map<std::string, std::string> supersededBy;
    for (const Entry &e : facts.hours) {
        if (!e.corrects.empty())
            supersededBy.emplace(e.corrects, e.id);
    }
    sqlite3_stmt *hours = raw.prepare("INSERT INTO staff_hours (id, person_id, opportunity_id, date, minutes, "
                                      "corrects_entry_id, superseded_by) VALUES (?, ?, ?, ?, ?, ?, ?)");
    for (const Entry &e : facts.hours) {
        bindText(hours, 1, e.id);
        bindText(hours, 2, personId(e.person));
        bindText(hours, 3, opportunityId(e.opportunity));
        bindText(hours, 4, e.date);
        sqlite3_bind_int(hours, 5, e.minutes);
        bindText(hours, 6, e.corrects);
        const auto by = supersededBy.find(e.id);
        bindText(hours, 7, by == supersededBy.end() ? std::string() : by->second);
        step(db, hours, "hours");
    }
    sqlite3_stmt *placement = raw.prepare("INSERT INTO staff_placement (id, signup_id, opportunity_id, kind, date) "
                                          "VALUES (?, 's', ?, ?, ?)");
    for (const Placement &p : facts.placements) {
        bindText(placement, 1, p.id);
        bindText(placement, 2, opportunityId(p.opportunity));
        bindText(placement, 3, p.kind);
        bindText(placement, 4, p.date);
        step(db, placement, "placement");
    }
    sqlite3_stmt *steps = raw.prepare(
        "INSERT INTO trajectory_step (id, person_id, route, rung, step_date, neighbourhood, recorded_at, site_id) "
        "VALUES (?, ?, ?, ?, ?, ?, '2026-12-01T00:00:00.000Z', ?)");
    for (const Step &s : facts.steps) {
        bindText(steps, 1, s.id);
        bindText(steps, 2, personId(s.person));
        bindText(steps, 3, kRoutes[s.route]);
        sqlite3_bind_int(steps, 4, s.rung);
        bindText(steps, 5, s.date);
        bindText(steps, 6, neighbourhoodOf(siteOfPerson(s.person)));
        bindText(steps, 7, siteId(siteOfPerson(s.person)));
        step(db, steps, "trajectory step");
    }
    sqlite3_stmt *goal = raw.prepare("INSERT INTO staff_goal (id, site_id, neighbourhood_id, route, data) VALUES (?, ?, ?, ?, ?)");
    for (int nb = 0; nb < kNeighbourhoods; ++nb) {
        for (int r = 0; r < 4; ++r) {
            Goal g;
            g.id = QString::fromStdString(goalId(nb, r));
            g.site = QString::fromStdString(siteId(nb * 2));
            g.neighbourhood = QString::fromStdString(neighbourhoodOf(nb * 2));
            g.route = QString::fromLatin1(kRoutes[r]);
            g.start = QDate(2026, 1, 1);
            g.measure = GoalMeasure::Hours;
            g.target = 5000;
            const QByteArray data = QJsonDocument(Wire::toJson(g, Wire::GoalShape::Pulled)).toJson(QJsonDocument::Compact);
            bindText(goal, 1, g.id.toStdString());
            bindText(goal, 2, g.site.toStdString());
            bindText(goal, 3, g.neighbourhood.toStdString());
            bindText(goal, 4, g.route.toStdString());
            bindText(goal, 5, data.toStdString());
            step(db, goal, "goal");
        }
    }
    raw.exec("COMMIT");
    raw.exec("ANALYZE");
}

// The plain SQL aggregate: the same figures straight from the tables with the C API, each
// kept as "month|site|neighbourhood|route" ("month|||" a month, "|||" the year) →
// "volunteers minutes started completed dropped-out".
using Figures = QMap<QString, std::array<qint64, 5>>;

struct Sql
{
    const char *facts;      // e: person, month, minutes, site, nb, route of the effective entries in the year
    const char *placements; // q: month, site, nb, route, kind of the events in the year
    const char *recorded;   // the column that orders two steps of one day
    const char *goalHours;  // per goal and month: the effective minutes in its scope up to ?1 (one
                            // pass over the hours, per opportunity and month, then the goals)
};

// Per tenant and route: the last step in the year against the last one before it (or the
// year's first), as core/trajectory.h moves them; per neighbourhood and route.
std::string ladderSql(const char *recorded)
{
    const std::string order = std::string("ORDER BY step_date DESC, ") + recorded + " DESC, id DESC";
    return "WITH w AS (SELECT id, person_id, route, rung, neighbourhood, "
           "ROW_NUMBER() OVER (PARTITION BY person_id, route " + order + ") AS last_rank, "
           "ROW_NUMBER() OVER (PARTITION BY person_id, route ORDER BY step_date, " + recorded + ", id) AS first_rank, "
           "COUNT(*) OVER (PARTITION BY person_id, route) AS n FROM trajectory_step WHERE step_date BETWEEN ?1 AND ?2), "
           "b AS (SELECT person_id, route, rung, ROW_NUMBER() OVER (PARTITION BY person_id, route " + order + ") AS r "
           "FROM trajectory_step WHERE step_date < ?1) "
           "SELECT l.neighbourhood, l.route, SUM(l.rung > COALESCE(b.rung, f.rung)), SUM(l.rung = COALESCE(b.rung, f.rung)), "
           "SUM(l.rung < COALESCE(b.rung, f.rung)) FROM w l "
           "JOIN w f ON f.person_id = l.person_id AND f.route = l.route AND f.first_rank = 1 "
           "LEFT JOIN b ON b.person_id = l.person_id AND b.route = l.route AND b.r = 1 "
           "WHERE l.last_rank = 1 AND (b.rung IS NOT NULL OR l.n > 1) GROUP BY 1, 2";
}

constexpr Sql kServerSql{
    "SELECT h.person_id AS person, substr(h.work_date, 1, 7) AS month, h.minutes AS minutes, "
    "COALESCE(o.site_id, '') AS site, COALESCE(NULLIF(json_extract(o.data, '$.neighbourhood'), ''), s.neighbourhood, '') AS nb, "
    "json_extract(o.data, '$.route') AS route FROM hours h JOIN opportunity o ON o.id = h.opportunity_id "
    "LEFT JOIN site s ON s.id = o.site_id WHERE h.minutes > 0 AND h.work_date BETWEEN ?1 AND ?2 "
    "AND NOT EXISTS (SELECT 1 FROM hours c WHERE c.corrects_id = h.id)",
    "SELECT substr(p.event_date, 1, 7) AS month, COALESCE(o.site_id, '') AS site, "
    "COALESCE(NULLIF(json_extract(o.data, '$.neighbourhood'), ''), s.neighbourhood, '') AS nb, "
    "json_extract(o.data, '$.route') AS route, p.kind AS kind FROM placement_event p "
    "JOIN opportunity o ON o.id = p.opportunity_id LEFT JOIN site s ON s.id = o.site_id "
    "WHERE p.event_date BETWEEN ?1 AND ?2",
    "received_at",
    "WITH m AS MATERIALIZED (SELECT h.opportunity_id AS opp, substr(h.work_date, 1, 7) AS month, SUM(h.minutes) AS minutes "
    "FROM hours h WHERE h.minutes > 0 AND h.work_date BETWEEN (SELECT MIN(period_start) FROM goal) AND ?1 "
    "AND NOT EXISTS (SELECT 1 FROM hours c WHERE c.corrects_id = h.id) GROUP BY 1, 2) "
    "SELECT g.id, m.month, SUM(m.minutes) FROM goal g JOIN site s ON s.id = g.site_id "
    "JOIN opportunity o ON o.site_id = g.site_id AND json_extract(o.data, '$.route') = g.route JOIN m ON m.opp = o.id "
    "WHERE s.neighbourhood = g.neighbourhood AND m.month >= substr(g.period_start, 1, 7) GROUP BY 1, 2",
};

constexpr Sql kTabletSql{
    "SELECT h.person_id AS person, substr(h.date, 1, 7) AS month, h.minutes AS minutes, o.site_id AS site, "
    "coalesce(nullif(o.neighbourhood_id, ''), s.neighbourhood_id, '') AS nb, o.route AS route FROM staff_hours h "
    "JOIN opportunity o ON o.id = h.opportunity_id LEFT JOIN site s ON s.id = o.site_id "
    "WHERE h.minutes > 0 AND h.date BETWEEN ?1 AND ?2 AND h.superseded_by = ''",
    "SELECT substr(p.date, 1, 7) AS month, o.site_id AS site, coalesce(nullif(o.neighbourhood_id, ''), s.neighbourhood_id, '') AS nb, "
    "o.route AS route, p.kind AS kind FROM staff_placement p JOIN opportunity o ON o.id = p.opportunity_id "
    "LEFT JOIN site s ON s.id = o.site_id WHERE p.date BETWEEN ?1 AND ?2",
    "recorded_at",
    "WITH m AS MATERIALIZED (SELECT h.opportunity_id AS opp, substr(h.date, 1, 7) AS month, SUM(h.minutes) AS minutes "
    "FROM staff_hours h WHERE h.minutes > 0 AND h.date BETWEEN (SELECT MIN(json_extract(data, '$.start')) FROM staff_goal) "
    "AND ?1 AND h.superseded_by = '' "
    "GROUP BY 1, 2) "
    "SELECT g.id, m.month, SUM(m.minutes) FROM staff_goal g JOIN site s ON s.id = g.site_id "
    "JOIN opportunity o ON o.site_id = g.site_id AND o.route = g.route JOIN m ON m.opp = o.id "
    "WHERE s.neighbourhood_id = g.neighbourhood_id AND m.month >= substr(json_extract(g.data, '$.start'), 1, 7) "
    "GROUP BY 1, 2",
};

// Ladder moves "neighbourhood|route" → up, the same, down; a goal's hours at each month's end.
using Moves = QMap<QString, std::array<int, 3>>;
using GoalPoints = QMap<QString, QList<double>>;

class PlainAggregate
{
public:
    PlainAggregate(Bench::RawSqlite &raw, const Sql &sql)
        : m_db(raw.handle())
    {
        const std::string hours = std::string("WITH e AS MATERIALIZED (") + sql.facts
            + ") SELECT month, site, nb, route, COUNT(DISTINCT person), SUM(minutes) FROM e GROUP BY 1, 2, 3, 4 "
              "UNION ALL SELECT month, '', '', '', COUNT(DISTINCT person), SUM(minutes) FROM e GROUP BY 1 "
              "UNION ALL SELECT '', '', '', '', COUNT(DISTINCT person), SUM(minutes) FROM e";
        const std::string placements = std::string("WITH q AS MATERIALIZED (") + sql.placements
            + ") SELECT month, site, nb, route, SUM(kind = 'started'), SUM(kind = 'completed'), "
              "SUM(kind = 'dropped-out') FROM q GROUP BY 1, 2, 3, 4 "
              "UNION ALL SELECT month, '', '', '', SUM(kind = 'started'), SUM(kind = 'completed'), "
              "SUM(kind = 'dropped-out') FROM q GROUP BY 1 "
              "UNION ALL SELECT '', '', '', '', SUM(kind = 'started'), SUM(kind = 'completed'), "
              "SUM(kind = 'dropped-out') FROM q";
        m_hours = raw.prepare(hours.c_str());
        m_placements = raw.prepare(placements.c_str());
        m_ladder = raw.prepare(ladderSql(sql.recorded).c_str());
        m_goals = raw.prepare(sql.goalHours);
    }

    Moves ladder()
    {
        Moves out;
        bindText(m_ladder, 1, std::string(kYearFrom) + "-01");
        bindText(m_ladder, 2, std::string(kYearTo) + "-31");
        int rc;
        while ((rc = sqlite3_step(m_ladder)) == SQLITE_ROW) {
            const QString key = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(m_ladder, 0))) + u'|'
                + QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(m_ladder, 1)));
            out.insert(key, {sqlite3_column_int(m_ladder, 2), sqlite3_column_int(m_ladder, 3), sqlite3_column_int(m_ladder, 4)});
        }
        Bench::check(rc, m_db, "ladder");
        sqlite3_reset(m_ladder);
        return out;
    }

    // Every goal's cumulative hours at the end of January … the month of kToday.
    GoalPoints goals()
    {
        QMap<QString, QMap<int, qint64>> minutes; // goal → month → minutes
        bindText(m_goals, 1, kToday.toString(Qt::ISODate).toStdString());
        int rc;
        while ((rc = sqlite3_step(m_goals)) == SQLITE_ROW) {
            const QString month = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(m_goals, 1)));
            minutes[QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(m_goals, 0)))]
                   [month.mid(5).toInt()] = sqlite3_column_int64(m_goals, 2);
        }
        Bench::check(rc, m_db, "goals");
        sqlite3_reset(m_goals);
        GoalPoints out;
        for (auto it = minutes.cbegin(); it != minutes.cend(); ++it) {
            qint64 sum = 0;
            QList<double> points;
            for (int month = 1; month <= kToday.month(); ++month) {
                sum += it->value(month);
                points.append(double(sum) / 60.0);
            }
            out.insert(it.key(), points);
        }
        return out;
    }

    Figures run()
    {
        Figures out;
        const std::string from = std::string(kYearFrom) + "-01", to = std::string(kYearTo) + "-31";
        for (sqlite3_stmt *s : {m_hours, m_placements}) {
            const bool hours = s == m_hours;
            bindText(s, 1, from);
            bindText(s, 2, to);
            int rc;
            while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
                QString key;
                for (int c = 0; c < 4; ++c) {
                    if (c)
                        key += u'|';
                    key += QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(s, c)));
                }
                auto &v = out[key];
                if (hours) {
                    v[0] = sqlite3_column_int64(s, 4);
                    v[1] = sqlite3_column_int64(s, 5);
                } else {
                    v[2] = sqlite3_column_int64(s, 4);
                    v[3] = sqlite3_column_int64(s, 5);
                    v[4] = sqlite3_column_int64(s, 6);
                }
            }
            Bench::check(rc, m_db, "aggregate");
            sqlite3_reset(s);
        }
        // A year with no event at all still has its total row on our side.
        out.insert(u"|||"_s, out.value(u"|||"_s));
        return out;
    }

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_hours = nullptr;
    sqlite3_stmt *m_placements = nullptr;
    sqlite3_stmt *m_ladder = nullptr;
    sqlite3_stmt *m_goals = nullptr;
};

Moves movesOf(const QList<LadderMoves> &rows)
{
    Moves out;
    for (const LadderMoves &m : rows)
        out.insert(m.neighbourhood + u'|' + m.route, {m.up, m.stable, m.down});
    return out;
}

GoalPoints pointsOf(const QList<GoalProgress> &goals)
{
    GoalPoints out;
    for (const GoalProgress &g : goals) {
        QList<double> points;
        for (const GoalPoint &p : g.points)
            points.append(p.value);
        out.insert(g.goal.id, points);
    }
    return out;
}

// The ladder and the goals as the plain SQL has them (goals to a millionth of an hour: ours
// add the hours entry by entry).
bool sameLadderAndGoals(const Moves &ours, const Moves &plain, const GoalPoints &ourGoals, const GoalPoints &plainGoals,
                        const char *side)
{
    if (ours != plain || ours.isEmpty()) {
        std::fprintf(stderr, "%s: the ladder moves differ (%lld rows ours, %lld plain)\n", side, qlonglong(ours.size()),
                     qlonglong(plain.size()));
        return false;
    }
    if (ourGoals.size() != plainGoals.size() || ourGoals.isEmpty()) {
        std::fprintf(stderr, "%s: %lld goals ours, %lld plain\n", side, qlonglong(ourGoals.size()),
                     qlonglong(plainGoals.size()));
        return false;
    }
    for (auto it = plainGoals.cbegin(); it != plainGoals.cend(); ++it) {
        const QList<double> o = ourGoals.value(it.key());
        bool same = o.size() == it->size();
        for (qsizetype i = 0; same && i < o.size(); ++i)
            same = std::abs(o.at(i) - it->at(i)) < 1e-6 * std::max(1.0, it->at(i));
        if (!same) {
            std::fprintf(stderr, "%s: goal %s differs\n", side, qPrintable(it.key()));
            return false;
        }
    }
    return true;
}

Figures figuresOf(const Results &r)
{
    Figures out;
    const auto put = [&](const MonthFigures &m) {
        out.insert(m.month + u'|' + m.site + u'|' + m.neighbourhood + u'|' + m.route,
                   {m.activeVolunteers, m.minutes, m.trainingStarted, m.trainingCompleted, m.trainingDroppedOut});
    };
    for (const MonthFigures &m : r.months)
        put(m);
    for (const MonthFigures &m : r.trend)
        put(m);
    put(r.total);
    return out;
}

bool same(const Figures &ours, const Figures &plain, const char *side)
{
    if (ours == plain)
        return true;
    std::fprintf(stderr, "%s: the figures differ (%lld rows ours, %lld plain)\n", side, qlonglong(ours.size()),
                 qlonglong(plain.size()));
    for (auto it = plain.begin(); it != plain.end(); ++it) {
        if (ours.value(it.key()) != it.value()) {
            const auto o = ours.value(it.key());
            std::fprintf(stderr, "  %s: ours %lld %lld %lld %lld %lld, plain %lld %lld %lld %lld %lld\n",
                         qPrintable(it.key()), o[0], o[1], o[2], o[3], o[4], it.value()[0], it.value()[1],
                         it.value()[2], it.value()[3], it.value()[4]);
            break;
        }
    }
    return false;
}

// Times `ours` and `plain` in alternation, RUNS each; p95 of each in milliseconds.
template<typename Ours, typename Plain>
std::pair<double, double> alternate(int runs, Ours ours, Plain plain)
{
    std::vector<double> a, b;
    QElapsedTimer t;
    for (int i = 0; i < runs; ++i) {
        for (int side = 0; side < 2; ++side) {
            const bool oursNow = (side == 0) == (i % 2 == 0);
            t.start();
            if (oursNow)
                ours();
            else
                plain();
            (oursNow ? a : b).push_back(elapsedMs(t));
        }
    }
    return {Bench::percentile(a, 95), Bench::percentile(b, 95)};
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int tenants = args.value(1, u"100000"_s).toInt();
    const int entries = args.value(2, u"1000000"_s).toInt();
    const int runs = args.value(3, u"15"_s).toInt();
    QTemporaryDir tmp;
    const QString work = args.size() > 4 ? args.at(4) : tmp.path();

    QElapsedTimer t;
    t.start();
    const Facts facts = generate(tenants, entries);
    const ResultsFilter filter{QString(), QString::fromLatin1(kYearFrom), QString::fromLatin1(kYearTo)};

    // 1. The server.
    const QString serverPath = work + u"/server.db"_s;
    QFile::remove(serverPath);
    {
        QString error;
        if (!Server::openStore(u"sqlite:"_s + serverPath, &error)) {
            std::fprintf(stderr, "server database: %s\n", qPrintable(error));
            return 1;
        }
    }
    fillServer(serverPath, facts);
    std::fprintf(stderr, "server database filled in %.0f ms\n", elapsedMs(t));
    {
        QString error;
        auto store = Server::openStore(u"sqlite:"_s + serverPath, &error);
        Bench::RawSqlite raw(serverPath);
        PlainAggregate plain(raw, kServerSql);
        const auto ours = store ? store->results(filter) : std::nullopt;
        const auto ourGoals = store ? store->goals(filter, kToday) : std::nullopt;
        if (!ours || !ourGoals || !same(figuresOf(*ours), plain.run(), "server")
            || !sameLadderAndGoals(movesOf(ours->ladder), plain.ladder(), pointsOf(*ourGoals), plain.goals(), "server"))
            return 1;
        qsizetype answered = 0;
        const auto [p95, base] = alternate(
            runs,
            [&] {
                const auto r = store->results(filter);
                const auto g = store->goals(filter, kToday);
                answered += QJsonDocument(Server::resultsJson(*r, filter, QDateTime::currentDateTimeUtc(), *g))
                                .toJson(QJsonDocument::Compact)
                                .size();
            },
            [&] {
                plain.run();
                plain.ladder();
                plain.goals();
            });
        Bench::report("results_server_100k_tenants_1m_hours_p95", p95, "ms", base);
        Bench::report("results_server_plain_sql_aggregate_p95", base, "ms");
        std::fprintf(stderr, "server: %lld bytes answered a run\n", qlonglong(answered / qMax(1, runs)));
    }

    // 2. The staff tablet, offline.
    const QString tabletPath = work + u"/tablet.db"_s;
    QFile::remove(tabletPath);
    {
        Database db;
        if (db.open(tabletPath) != Database::Status::Open) {
            std::fprintf(stderr, "tablet database: %s\n", qPrintable(db.errorString()));
            return 1;
        }
    }
    fillTablet(tabletPath, facts);
    {
        Database db;
        if (db.open(tabletPath) != Database::Status::Open)
            return 1;
        StaffRepository repository(db.connection());
        Bench::RawSqlite raw(tabletPath);
        PlainAggregate plain(raw, kTabletSql);
        const auto ours = repository.dashboardWithGoals(filter, kToday);
        if (!same(figuresOf(ours.figures), plain.run(), "tablet")
            || !sameLadderAndGoals(movesOf(ours.figures.ladder), plain.ladder(), pointsOf(ours.goals), plain.goals(),
                                   "tablet"))
            return 1;
        const auto [p95, base] = alternate(
            runs, [&] { repository.dashboardWithGoals(filter, kToday); },
            [&] {
                plain.run();
                plain.ladder();
                plain.goals();
            });
        Bench::report("results_tablet_offline_100k_tenants_1m_hours_p95", p95, "ms", base);
        Bench::report("results_tablet_plain_sql_aggregate_p95", base, "ms");
    }
    return 0;
}
