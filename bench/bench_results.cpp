// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The results dashboard at a corporation's size (issue 18, "Tests and figures"): 100,000
// tenants, 1,000,000 hours entries over three years, of which a fifth of the tenants log hours
// (one or two opportunities each, about weekly), 4 % of the entries corrected, and placement
// events on the training places. The filter is a coordinator's: one year, every site.
//  1. The server: the work of GET /v1/staff/results — Store::results() and the JSON answer
//     (resultsJson) — p95 of RUNS, against the plain SQL aggregate that gives the same
//     numbers (per month × site × neighbourhood × route, per month, the year) through the
//     sqlite3 C API on the same file, same run. Target: ratio ≤ 1.5.
//  2. The staff tablet offline: StaffRepository::dashboard() on a device database holding the
//     same facts, against the same plain aggregate on that file. Target: ratio ≤ 1.5.
// Both sides are checked to give the same figures before anything is reported.
//
// Usage: meedoen_bench_results [TENANTS=100000] [HOURS=1000000] [RUNS=15] [WORKDIR]

#include "benchutil.h"
#include "rawsqlite.h"

#include "core/resultfigures.h"
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

#include <array>
#include <unordered_map>

using namespace Qt::StringLiterals;
using namespace Meedoen;

namespace {

constexpr int kSites = 8;             // two per neighbourhood
constexpr int kOpportunities = 400;
constexpr const char *kRoutes[] = {"wonen", "leren", "werken", "vrije-tijd"};
constexpr const char *kYearFrom = "2026-01";
constexpr const char *kYearTo = "2026-12";

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

struct Facts
{
    std::vector<Entry> hours;
    std::vector<Placement> placements;
};

const char *kindOf(int opportunity) { return opportunity % 5 == 0 ? "training" : opportunity % 5 == 1 ? "self-management" : "volunteer"; }
int siteOf(int opportunity) { return opportunity % kSites; }
const char *routeOf(int opportunity) { return kRoutes[(opportunity / kSites) % 4]; }
std::string siteId(int site) { return Bench::numbered("site-", site); }
std::string neighbourhoodOf(int site) { return Bench::numbered("buurt-", site / 2); }
std::string opportunityId(int o) { return Bench::numbered("opp-", o); }
std::string personId(int p) { return Bench::numbered("person-", p); }

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
};

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
};

constexpr Sql kTabletSql{
    "SELECT h.person_id AS person, substr(h.date, 1, 7) AS month, h.minutes AS minutes, o.site_id AS site, "
    "coalesce(nullif(o.neighbourhood_id, ''), s.neighbourhood_id, '') AS nb, o.route AS route FROM staff_hours h "
    "JOIN opportunity o ON o.id = h.opportunity_id LEFT JOIN site s ON s.id = o.site_id "
    "WHERE h.minutes > 0 AND h.date BETWEEN ?1 AND ?2 AND h.superseded_by = ''",
    "SELECT substr(p.date, 1, 7) AS month, o.site_id AS site, coalesce(nullif(o.neighbourhood_id, ''), s.neighbourhood_id, '') AS nb, "
    "o.route AS route, p.kind AS kind FROM staff_placement p JOIN opportunity o ON o.id = p.opportunity_id "
    "LEFT JOIN site s ON s.id = o.site_id WHERE p.date BETWEEN ?1 AND ?2",
};

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
};

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
        if (!ours || !same(figuresOf(*ours), plain.run(), "server"))
            return 1;
        qsizetype answered = 0;
        const auto [p95, base] = alternate(
            runs,
            [&] {
                const auto r = store->results(filter);
                answered += QJsonDocument(Server::resultsJson(*r, filter, QDateTime::currentDateTimeUtc()))
                                .toJson(QJsonDocument::Compact)
                                .size();
            },
            [&] { plain.run(); });
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
        if (!same(figuresOf(repository.dashboard(filter)), plain.run(), "tablet"))
            return 1;
        const auto [p95, base] = alternate(runs, [&] { repository.dashboard(filter); }, [&] { plain.run(); });
        Bench::report("results_tablet_offline_100k_tenants_1m_hours_p95", p95, "ms", base);
        Bench::report("results_tablet_plain_sql_aggregate_p95", base, "ms");
    }
    return 0;
}
