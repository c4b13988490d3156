// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Search-as-you-type over a large catalogue: 100k synthetic Dutch opportunities (seeded,
// from word lists) loaded through CatalogueRepository::upsert, then the top 20 for every
// keystroke of a set of typical searches. Baseline: the same MATCH query, with the same
// joins, filters, ranking and limit, through the sqlite3 C API on the same file.
//
// Usage: meedoen_bench_fts [rows=100000] [rounds=3] [directory for the database file]

#include "benchutil.h"
#include "storage/cataloguerepository.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <random>
#include <sqlite3.h>
#include <string>

using namespace Qt::StringLiterals;
using namespace Meedoen;

namespace {

template<std::size_t N>
QString pick(std::mt19937 &rng, const char16_t *const (&words)[N])
{
    return QString::fromUtf16(words[std::uniform_int_distribution<std::size_t>(0, N - 1)(rng)]);
}

const char16_t *const kNeighbourhoods[] = {
    u"Wielewaal", u"Tarwewijk", u"Hillesluis", u"Bloemhof", u"Afrikaanderwijk", u"Carnisse", u"Pendrecht",
    u"Zuidwijk", u"Lombardijen", u"Beverwaard", u"Kanaleneiland", u"Overvecht", u"Woensel-West", u"De Heuvel",
    u"Malburgen", u"Staalmanpleinbuurt", u"Slotermeer", u"Geuzenveld", u"Transvaal", u"Schilderswijk",
    u"Moerwijk", u"Kolenkit", u"Bijlmer-Oost", u"Vreewijk", u"Crooswijk", u"Spangen", u"Bospolder",
    u"Feijenoord", u"Oosterflank", u"Ommoord"};
const char16_t *const kCities[] = {u"Rotterdam", u"Utrecht", u"Eindhoven", u"Breda", u"Arnhem",
                                   u"Amsterdam", u"Den Haag", u"Schiedam"};
const char16_t *const kSiteKinds[] = {u"Buurthuis", u"Wijkcentrum", u"Bibliotheek", u"Speeltuin", u"Moskee",
                                      u"Kerkzaal", u"Basisschool", u"Sporthal", u"Huiskamer", u"Tuin"};
const char16_t *const kStreets[] = {u"Dorpsweg", u"Kerkstraat", u"Molenlaan", u"Zuiderpark", u"Lindenplein",
                                    u"Beukenhof", u"Vlietlaan", u"Schoolstraat", u"Havenkade", u"Tuinstraat"};
const char16_t *const kActivities[] = {
    u"Taalmaatje", u"Taalcafé", u"Moestuin", u"Kookclub", u"Kinderkookles", u"Huiswerkbegeleiding",
    u"Repair Café", u"Buurthuiskamer", u"Voorlezen", u"Fietsenwerkplaats", u"Computerhulp",
    u"Boodschappendienst", u"Schoonmaakploeg", u"Tuinonderhoud", u"Sportinstuif", u"Wandelgroep",
    u"Naaiatelier", u"Klusteam", u"Buurtpreventie", u"Koffieochtend", u"Maaltijd aan huis",
    u"Formulierenhulp", u"Speeltuinbeheer", u"Zwerfafval prikken", u"Bewonerscommissie", u"Buurtmoeders",
    u"Stage facilitair", u"Leerwerkplek horeca", u"Werkervaringsplek groen", u"Opleiding zorghulp"};
const char16_t *const kAudiences[] = {u"voor kinderen", u"voor ouderen", u"voor nieuwkomers", u"met buren",
                                      u"voor jongeren", u"in de buurt", u"voor iedereen", u"voor moeders",
                                      u"op zaterdag", u"na school"};
const char16_t *const kVerbs[] = {u"helpen", u"koken", u"tuinieren", u"praten", u"lezen", u"repareren",
                                  u"organiseren", u"begeleiden", u"schoonmaken", u"sporten", u"leren",
                                  u"ontmoeten", u"bouwen", u"zingen", u"rijden"};
const char16_t *const kNouns[] = {u"buren", u"kinderen", u"ouderen", u"taal", u"groente", u"fietsen",
                                  u"computers", u"maaltijden", u"boodschappen", u"planten", u"meubels",
                                  u"huiswerk", u"formulieren", u"koffie", u"soep", u"boeken", u"speelgoed",
                                  u"kleding", u"vrijwilligers", u"bewoners"};
const char16_t *const kAdjectives[] = {u"gezellig", u"samen", u"elke week", u"rustig", u"vrolijk", u"dichtbij",
                                       u"zonder ervaring", u"met begeleiding", u"flexibel", u"buiten"};
const char16_t *const kOrganisers[] = {u"Buurtwerk Zuid", u"Stichting Samen", u"Humanitas", u"Het Leger des Heils",
                                       u"Vluchtelingenwerk", u"Bibliotheek", u"Wijkteam", u"Woonstichting",
                                       u"Voedselbank", u"Sportbedrijf"};
const char16_t *const kTags[] = {u"taal", u"koken", u"tuin", u"kinderen", u"ouderen", u"techniek", u"sport",
                                 u"zorg", u"administratie", u"schoonmaak", u"muziek", u"creatief"};

struct Catalogue
{
    QList<Neighbourhood> neighbourhoods;
    QList<Site> sites;
    QList<Opportunity> opportunities;
};

QString sentence(std::mt19937 &rng)
{
    return pick(rng, kNouns) + u' ' + pick(rng, kVerbs) + u' ' + pick(rng, kAdjectives) + u' '
           + pick(rng, kAudiences) + u". "_s;
}

Catalogue places(std::mt19937 &rng)
{
    Catalogue c;
    int n = 0;
    for (const char16_t *name : kNeighbourhoods) {
        c.neighbourhoods.append({u"nb-%1"_s.arg(n), QString::fromUtf16(name), pick(rng, kCities)});
        ++n;
    }
    std::uniform_real_distribution<double> jitter(-0.05, 0.05);
    for (int s = 0; s < 300; ++s) {
        const Neighbourhood &nb = c.neighbourhoods.at(s % c.neighbourhoods.size());
        c.sites.append({u"site-%1"_s.arg(s), pick(rng, kSiteKinds) + u' ' + nb.name, nb.id,
                        pick(rng, kStreets) + u' ' + QString::number(1 + s % 180), 51.9 + jitter(rng),
                        4.5 + jitter(rng)});
    }
    return c;
}

Opportunity makeOpportunity(std::mt19937 &rng, const Catalogue &c, int i)
{
    Opportunity o;
    o.id = u"opp-%1"_s.arg(i);
    const int kind = std::uniform_int_distribution<int>(0, 9)(rng);
    o.kind = kind < 6 ? OpportunityKind::VolunteerTask : kind < 8 ? OpportunityKind::SelfManagement
                                                                   : OpportunityKind::TrainingPlace;
    if (o.kind == OpportunityKind::TrainingPlace)
        o.trainingType = TrainingType(1 + std::uniform_int_distribution<int>(0, 2)(rng));
    o.route = Route(std::uniform_int_distribution<int>(0, 3)(rng));
    o.status = std::uniform_int_distribution<int>(0, 19)(rng) == 0 ? OpportunityStatus::Closed
                                                                   : OpportunityStatus::Open;
    o.site = c.sites.at(std::uniform_int_distribution<qsizetype>(0, c.sites.size() - 1)(rng));
    o.neighbourhood = o.site.neighbourhood;
    o.title = pick(rng, kActivities) + u' ' + pick(rng, kAudiences);
    o.summary = sentence(rng) + sentence(rng);
    for (int s = 0; s < 5; ++s)
        o.description += sentence(rng);
    o.organiser = pick(rng, kOrganisers);
    o.organiserRole = u"begeleiding"_s;
    o.schedule = u"Elke dinsdag 9:00–12:00"_s;
    o.startDate = QDate(2026, 1, 1).addDays(i % 365);
    o.capacity = std::uniform_int_distribution<int>(0, 12)(rng);
    o.tags = {pick(rng, kTags), pick(rng, kTags)};
    o.tags.removeDuplicates();
    o.version = 1;
    return o;
}

// What tenants type, one keystroke at a time.
QStringList keystrokes()
{
    const QStringList searches = {u"taal"_s,       u"moestuin"_s, u"cafe"_s,    u"buurt huis"_s, u"kook kind"_s,
                                  u"fiets"_s,      u"computer"_s, u"voorlezen"_s, u"stage"_s,    u"zorg"_s,
                                  u"wielewaal"_s,  u"tuin ouderen"_s};
    QStringList result;
    for (const QString &s : searches) {
        for (qsizetype n = 1; n <= s.size(); ++n) {
            if (s.at(n - 1) != u' ')
                result.append(s.left(n));
        }
    }
    return result;
}

// The repository's text search, verbatim, through the C API.
const char *const kRawSql =
    "SELECT o.id, o.kind, o.training_type, o.route, o.status, o.title, o.summary, o.description, "
    "o.neighbourhood_id, coalesce(n.name, ''), o.site_id, coalesce(s.name, ''), coalesce(s.address, ''), "
    "coalesce(s.latitude, 0), coalesce(s.longitude, 0), o.organiser, o.organiser_role, o.schedule, "
    "o.start_date, o.end_date, o.capacity, o.places_taken, o.minimum_age, o.language_level, o.certificate, "
    "o.allowance, o.contact_name, o.contact_phone, o.contact_email, o.tags, o.version"
    " FROM (SELECT f.rowid AS num, bm25(opportunity_fts, 10.0, 3.0, 1.0, 2.0, 2.0, 4.0) AS score"
    " FROM opportunity_fts f JOIN opportunity o ON o.num = f.rowid"
    " WHERE opportunity_fts MATCH ? AND"
    " (? = '' OR o.kind = ?) AND (? = '' OR o.route = ?)"
    " AND (? = '' OR o.neighbourhood_id = ?) AND (? OR o.status = 'open') LIMIT ?) m"
    " JOIN opportunity o ON o.num = m.num"
    " LEFT JOIN site s ON s.id = o.site_id LEFT JOIN neighbourhood n ON n.id = o.neighbourhood_id"
    " ORDER BY m.score LIMIT ?";

class RawSearch
{
public:
    explicit RawSearch(const QString &path)
    {
        if (sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK
            || sqlite3_prepare_v2(m_db, kRawSql, -1, &m_stmt, nullptr) != SQLITE_OK) {
            std::fprintf(stderr, "raw search: %s\n", sqlite3_errmsg(m_db));
            std::exit(1);
        }
    }
    ~RawSearch()
    {
        sqlite3_finalize(m_stmt);
        sqlite3_close(m_db);
    }
    RawSearch(const RawSearch &) = delete;
    RawSearch &operator=(const RawSearch &) = delete;

    // Steps through every row and touches every column, as the repository does.
    int search(const std::string &match, int limit)
    {
        sqlite3_bind_text(m_stmt, 1, match.data(), int(match.size()), SQLITE_STATIC);
        for (int i = 2; i <= 7; ++i)
            sqlite3_bind_text(m_stmt, i, "", 0, SQLITE_STATIC);
        sqlite3_bind_int(m_stmt, 8, 0);
        sqlite3_bind_int(m_stmt, 9, CatalogueRepository::kRankedCandidates);
        sqlite3_bind_int(m_stmt, 10, limit);
        int rows = 0;
        std::size_t bytes = 0;
        while (sqlite3_step(m_stmt) == SQLITE_ROW) {
            for (int col = 0; col < sqlite3_column_count(m_stmt); ++col) {
                sqlite3_column_text(m_stmt, col);
                bytes += std::size_t(sqlite3_column_bytes(m_stmt, col));
            }
            ++rows;
        }
        sqlite3_reset(m_stmt);
        m_sink += bytes;
        return rows;
    }

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    std::size_t m_sink = 0;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int rows = std::max(1000, args.value(1, u"100000"_s).toInt());
    const int rounds = std::max(1, args.value(2, u"3"_s).toInt());
    QTemporaryDir tmp(args.size() > 3 ? args.at(3) + u"/meedoen-bench-XXXXXX"_s : QString());
    // MEEDOEN_BENCH_KEEP=1 keeps the database for a closer look (its path goes to stderr).
    if (qEnvironmentVariableIsSet("MEEDOEN_BENCH_KEEP")) {
        tmp.setAutoRemove(false);
        std::fprintf(stderr, "database: %s\n", qPrintable(tmp.filePath(u"meedoen.db"_s)));
    }
    Database database;
    if (!tmp.isValid() || database.open(tmp.filePath(u"meedoen.db"_s)) != Database::Status::Open) {
        std::fprintf(stderr, "cannot open the database\n");
        return 1;
    }
    CatalogueRepository repository(database.connection());

    // Load in batches of 10k: as a large catalogue pull would.
    std::mt19937 rng(20261103);
    Catalogue catalogue = places(rng);
    QElapsedTimer timer;
    timer.start();
    constexpr int kBatch = 10000;
    for (int first = 0; first < rows; first += kBatch) {
        QList<Opportunity> batch;
        for (int i = first; i < std::min(rows, first + kBatch); ++i)
            batch.append(makeOpportunity(rng, catalogue, i));
        if (!repository.upsert(first == 0 ? catalogue.neighbourhoods : QList<Neighbourhood>(),
                               first == 0 ? catalogue.sites : QList<Site>(), batch)) {
            std::fprintf(stderr, "upsert failed\n");
            return 1;
        }
    }
    Bench::report("fts_load_rows_per_s", rows / (double(timer.elapsed()) / 1000.0), "rows/s");
    database.checkpointTruncate();

    RawSearch raw(database.path());
    const QStringList typed = keystrokes();
    std::vector<std::string> matches;
    for (const QString &t : typed)
        matches.push_back(CatalogueRepository::matchExpression(t).toStdString());

    // Warm the page cache and statements once, then measure interleaved.
    for (qsizetype i = 0; i < typed.size(); ++i) {
        CatalogueQuery q;
        q.text = typed.at(i);
        repository.search(q);
        raw.search(matches[std::size_t(i)], q.limit);
    }
    std::vector<double> repoMs, rawMs;
    std::vector<std::pair<double, QString>> slowest;
    for (int round = 0; round < rounds; ++round) {
        for (qsizetype i = 0; i < typed.size(); ++i) {
            CatalogueQuery q;
            q.text = typed.at(i);
            timer.start();
            const auto found = repository.search(q);
            const double repo = double(timer.nsecsElapsed()) / 1e6;
            timer.start();
            const int rawRows = raw.search(matches[std::size_t(i)], q.limit);
            rawMs.push_back(double(timer.nsecsElapsed()) / 1e6);
            repoMs.push_back(repo);
            if (found.size() != rawRows)
                std::fprintf(stderr, "warning: \"%s\" found %d vs %d rows\n", qPrintable(typed.at(i)),
                             int(found.size()), rawRows);
            if (round == 0)
                slowest.emplace_back(repo, typed.at(i));
        }
    }

    Bench::report("fts_search_p50", Bench::percentile(repoMs, 50), "ms", Bench::percentile(rawMs, 50));
    Bench::report("fts_search_p95", Bench::percentile(repoMs, 95), "ms", Bench::percentile(rawMs, 95));
    Bench::report("fts_search_raw_p95", Bench::percentile(rawMs, 95), "ms");
    std::sort(slowest.begin(), slowest.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    std::fprintf(stderr, "slowest keystrokes (first round):");
    for (std::size_t i = 0; i < std::min<std::size_t>(6, slowest.size()); ++i)
        std::fprintf(stderr, " \"%s\" %.1f ms;", qPrintable(slowest[i].second), slowest[i].first);
    std::fprintf(stderr, "\n");
    return 0;
}
