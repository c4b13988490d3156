// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "controllers/staffresults.h"

#include "controllers/staffexport.h"
#include "controllers/staffreport.h"
#include "controllers/staffsession.h"
#include "storage/cataloguerepository.h"
#include "storage/partnerrepository.h"
#include "storage/database.h"
#include "storage/staffrepository.h"
#include "sync/staffapi.h"
#include "sync/syncclient.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QUuid>

#include <algorithm>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;
using namespace Meedoen;

StaffResults *StaffResults::s_instance = nullptr;

namespace {

// What the dashboard binds to, from the tablet's or the server's Meedoen::Results alike.
QVariantMap figuresMap(const Results &r)
{
    QVariantList months;
    for (const MonthFigures &m : r.trend)
        months.append(QVariantMap{{u"month"_s, m.month}, {u"hours"_s, m.minutes / 60.0},
                                  {u"activeVolunteers"_s, m.activeVolunteers},
                                  {u"trainingStarted"_s, m.trainingStarted},
                                  {u"trainingCompleted"_s, m.trainingCompleted},
                                  {u"trainingDroppedOut"_s, m.trainingDroppedOut}});
    QVariantList opportunities;
    for (const OpportunityFigures &o : r.opportunities)
        opportunities.append(QVariantMap{{u"opportunityId"_s, o.id}, {u"title"_s, o.title}, {u"kind"_s, o.kind},
                                         {u"capacity"_s, o.capacity}, {u"confirmed"_s, o.confirmed},
                                         {u"waitlistLength"_s, o.waitlistLength}, {u"fillRate"_s, o.fillRate()}});
    // Ladder moves per neighbourhood and route (core/trajectory.h), with their total.
    QVariantList ladder;
    for (const LadderMoves &l : r.ladder)
        ladder.append(QVariantMap{{u"neighbourhood"_s, l.neighbourhood}, {u"route"_s, l.route}, {u"up"_s, l.up},
                                  {u"stable"_s, l.stable}, {u"down"_s, l.down}});
    return {{u"months"_s, months},
            {u"opportunities"_s, opportunities},
            {u"ladder"_s, ladder},
            {u"activeVolunteers"_s, r.total.activeVolunteers},
            {u"hours"_s, r.total.minutes / 60.0},
            {u"trainingStarted"_s, r.total.trainingStarted},
            {u"trainingCompleted"_s, r.total.trainingCompleted},
            {u"trainingDroppedOut"_s, r.total.trainingDroppedOut}};
}

// The goal form's fields (what QML hands saveGoal and finds in goalErrors).
namespace GoalField {
const QString goalId = u"goalId"_s;
const QString site = u"site"_s;
const QString neighbourhood = u"neighbourhood"_s;
const QString route = u"route"_s;
const QString period = u"period"_s;
const QString year = u"year"_s;
const QString quarter = u"quarter"_s;
const QString measure = u"measure"_s;
const QString target = u"target"_s;
} // namespace GoalField

QVariantMap goalMap(const GoalProgress &p, const QHash<QString, QString> &neighbourhoodNames)
{
    const Goal &g = p.goal;
    QVariantList points;
    for (const GoalPoint &point : p.points)
        points.append(QVariantMap{{u"date"_s, point.date.toString(Qt::ISODate)},
                                  {u"day"_s, int(g.start.daysTo(point.date)) + 1},
                                  {u"value"_s, point.value},
                                  {u"planned"_s, point.planned}});
    return {{u"goalId"_s, g.id},
            {u"site"_s, g.site},
            {u"neighbourhood"_s, g.neighbourhood},
            {u"neighbourhoodName"_s, neighbourhoodNames.value(g.neighbourhood, g.neighbourhood)},
            {u"route"_s, g.route},
            {u"period"_s, toKey(g.period)},
            {u"start"_s, g.start.toString(Qt::ISODate)},
            {u"end"_s, g.end().toString(Qt::ISODate)},
            {u"year"_s, g.start.year()},
            {u"quarter"_s, (g.start.month() - 1) / 3 + 1},
            {u"measure"_s, toKey(g.measure)},
            {u"measureName"_s, StaffReport::goalMeasureName(g.measure)},
            {u"target"_s, g.target},
            {u"value"_s, p.value},
            {u"planned"_s, p.planned},
            {u"forecast"_s, p.forecast},
            {u"status"_s, toKey(p.status)},
            {u"statusText"_s, StaffReport::goalStatusText(p.status)},
            {u"days"_s, g.days()},
            {u"points"_s, points}};
}

} // namespace

StaffResults::StaffResults(StaffSession *session, StaffApi *api, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_api(api)
    , m_exportDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
{
    if (!s_instance)
        s_instance = this;
}

StaffResults::~StaffResults()
{
    if (s_instance == this)
        s_instance = nullptr;
}

StaffResults *StaffResults::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT(s_instance);
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

void StaffResults::setExportDir(const QString &dir)
{
    if (dir == m_exportDir)
        return;
    m_exportDir = dir;
    Q_EMIT exportDirChanged();
}

ResultsFilter StaffResults::periodFilter(const QString &site, const QString &neighbourhood, const QString &fromMonth,
                                         const QString &toMonth) const
{
    ResultsFilter f = resultsFilter(site, neighbourhood, {});
    f.fromMonth = fromMonth;
    f.toMonth = toMonth;
    return f;
}

ResultsFilter StaffResults::resultsFilter(const QString &site, const QString &neighbourhood, const QString &route) const
{
    ResultsFilter f;
    f.site = site;
    f.neighbourhood = neighbourhood;
    f.route = route;
    // "All" means all of this staff member's sites, as the server reads an empty site.
    if (site.isEmpty()) {
        const auto account = StaffRepository(m_session->database()->connection()).account(m_session->staffId());
        if (account)
            f.sites = account->sites;
    }
    return f;
}

QVariantMap StaffResults::dashboard(const QString &site, const QString &neighbourhood, const QString &route) const
{
    const StaffRepository repo(m_session->database()->connection());
    const ResultsFilter filter = resultsFilter(site, neighbourhood, route);
    // Goals count to the end of today where the tablet is, as the server counts where it is.
    const auto both = repo.dashboardWithGoals(filter, m_session->now().toLocalTime().date());
    return figuresWithGoals(both.figures, both.goals);
}

QVariantMap StaffResults::figuresWithGoals(const Results &results, const QList<GoalProgress> &goals) const
{
    QVariantMap figures = figuresMap(results);
    QHash<QString, QString> names;
    const auto all = CatalogueRepository(m_session->database()->connection()).neighbourhoods();
    for (const Neighbourhood &n : all)
        names.insert(n.id, n.name);
    QVariantList list;
    for (const GoalProgress &p : goals)
        list.append(goalMap(p, names));
    figures.insert(u"goals"_s, list);
    return figures;
}

QVariantList StaffResults::goalMeasures() const
{
    QVariantList out;
    for (GoalMeasure m : allGoalMeasures()) {
        if (isGoalMeasureCounted(m))
            out.append(QVariantMap{{u"value"_s, toKey(m)}, {u"text"_s, StaffReport::goalMeasureName(m)}});
    }
    return out;
}

QVariantMap StaffResults::goal(const QString &goalId) const
{
    const auto g = StaffRepository(m_session->database()->connection()).goal(goalId);
    if (!g)
        return {};
    return {{GoalField::goalId, g->id},
            {GoalField::site, g->site},
            {GoalField::neighbourhood, g->neighbourhood},
            {GoalField::route, g->route},
            {GoalField::period, toKey(g->period)},
            {GoalField::year, QString::number(g->start.year())},
            {GoalField::quarter, (g->start.month() - 1) / 3 + 1},
            {GoalField::measure, toKey(g->measure)},
            {GoalField::target, QString::number(g->target)}};
}

void StaffResults::setGoalErrors(const QVariantMap &errors)
{
    if (errors == m_goalErrors)
        return;
    m_goalErrors = errors;
    Q_EMIT goalErrorsChanged();
}

void StaffResults::clearGoalErrors()
{
    setGoalErrors({});
}

bool StaffResults::saveGoal(const QVariantMap &fields)
{
    if (!m_session->requirePermission(Wire::Permission::Goals))
        return false;
    const StaffRepository repo(m_session->database()->connection());
    const auto text = [&fields](const QString &f) { return fields.value(f).toString().trimmed(); };
    Goal g;
    if (const QString id = text(GoalField::goalId); !id.isEmpty()) {
        const auto existing = repo.goal(id);
        if (!existing) {
            m_session->setMessage(tr("Dit doel bestaat niet meer."));
            return false;
        }
        g = *existing;
    } else {
        g.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const auto sites = m_session->sites();
        g.site = sites.isEmpty() ? QString() : sites.first().id;
    }
    if (!text(GoalField::site).isEmpty())
        g.site = text(GoalField::site);
    if (g.site.isEmpty()) {
        // Before the first pull the tablet does not know its site's catalogue.
        m_session->setMessage(tr("Deze tablet kent de locatie nog niet. Wacht tot hij met de server heeft gesynchroniseerd."));
        return false;
    }
    QVariantMap errors;
    g.neighbourhood = text(GoalField::neighbourhood);
    g.route = text(GoalField::route);
    if (const auto period = goalPeriodFromKey(text(GoalField::period)))
        g.period = *period;
    else
        errors.insert(GoalField::period, tr("Kies een jaar of een kwartaal."));
    const auto measure = goalMeasureFromKey(text(GoalField::measure));
    if (measure && isGoalMeasureCounted(*measure))
        g.measure = *measure;
    else
        errors.insert(GoalField::measure, tr("Kies wat u wilt tellen."));
    bool yearOk = false;
    const int year = text(GoalField::year).toInt(&yearOk);
    if (!yearOk || year < 2000 || year > 2100)
        errors.insert(GoalField::year, tr("Vul een jaar in, bijvoorbeeld 2027."));
    const int quarter = fields.value(GoalField::quarter).toInt();
    if (g.period == GoalPeriod::Quarter && (quarter < 1 || quarter > 4))
        errors.insert(GoalField::quarter, tr("Kies een kwartaal."));
    g.start = QDate(year, g.period == GoalPeriod::Quarter ? (std::clamp(quarter, 1, 4) - 1) * 3 + 1 : 1, 1);
    bool targetOk = false;
    const QString typedTarget = text(GoalField::target);
    g.target = typedTarget.toInt(&targetOk);
    if (!targetOk || g.target < 0 || g.target > kMaxGoalTarget)
        errors.insert(GoalField::target, tr("Vul een heel getal in van 0 tot %1.").arg(QLocale().toString(kMaxGoalTarget)));
    if (const auto error = checkGoal(g); error && !errors.contains(error->field == u"start"_s ? GoalField::year : error->field))
        errors.insert(error->field == u"start"_s ? GoalField::year : error->field, error->message);
    setGoalErrors(errors);
    if (!errors.isEmpty()) {
        m_session->setMessage(errors.size() == 1 ? errors.cbegin().value().toString()
                                                 : tr("Controleer de %n gemarkeerde velden.", "", int(errors.size())));
        return false;
    }
    Wire::GoalUpsertPayload payload;
    payload.goal = g;
    return m_session->queue(payload, g.id);
}

bool StaffResults::removeGoal(const QString &goalId)
{
    if (!m_session->requirePermission(Wire::Permission::Goals))
        return false;
    const auto existing = StaffRepository(m_session->database()->connection()).goal(goalId);
    if (!existing) {
        m_session->setMessage(tr("Dit doel bestaat niet meer."));
        return false;
    }
    Wire::GoalUpsertPayload payload;
    payload.goal = *existing;
    payload.removed = true;
    return m_session->queue(payload, goalId);
}

void StaffResults::setResults(QVariantMap figures, Source source, const QDateTime &asOf)
{
    figures.insert(u"source"_s, source == Source::Server ? u"server"_s : u"tablet"_s);
    figures.insert(u"asOf"_s, asOf);
    m_source = source;
    m_results = figures;
    Q_EMIT resultsChanged();
}

void StaffResults::loadResults(const QString &site, const QString &neighbourhood, const QString &route)
{
    const QString key = site + u'\n' + neighbourhood + u'\n' + route;
    const quint64 request = ++m_resultsRequest;
    const auto showOwn = [this, site, neighbourhood, route] {
        SyncClient *sync = m_session->sync();
        setResults(dashboard(site, neighbourhood, route), Source::Tablet,
                   sync ? sync->lastSuccessfulSync() : QDateTime());
    };
    const bool online = m_api && m_api->isStaffTablet() && m_session->stage() == StaffSession::Stage::Unlocked
        && m_session->hasServerSession();
    // The server's figures for this filter stay up while they are asked again.
    if (!online || key != m_resultsKey || m_results.isEmpty() || m_source != Source::Server)
        showOwn();
    m_resultsKey = key;
    if (!online)
        return;
    ResultsFilter filter;
    filter.site = site;
    filter.neighbourhood = neighbourhood;
    filter.route = route;
    m_api->results(filter, this, [this, request, showOwn](const std::optional<Wire::ResultsReply> &answer) {
        if (request != m_resultsRequest)
            return;
        if (!answer) {
            // Offline, or the server would not say: the tablet's own copy.
            if (m_results.isEmpty() || m_source != Source::Tablet)
                showOwn();
            return;
        }
        setResults(figuresWithGoals(answer->results, answer->goals), Source::Server, answer->generatedAt);
    });
}

void StaffResults::showKiosks(const Wire::KioskWatchReply &reply)
{
    QVariantList quiet;
    for (const Wire::WatchedKiosk &k : reply.kiosks) {
        if (!k.quiet)
            continue;
        const bool waiting = k.report && k.report->queueLength > 0;
        quiet.append(QVariantMap{
            {u"id"_s, k.id},
            {u"lastSeen"_s, k.lastSeen},
            {u"enrolledAt"_s, k.enrolledAt},
            {u"queueLength"_s, k.report ? int(k.report->queueLength) : -1},
            {u"oldestQueuedAt"_s, waiting ? reply.generatedAt.addSecs(-k.report->oldestQueuedSeconds) : QDateTime()}});
    }
    m_kiosks = {{u"known"_s, true},
                {u"quietHours"_s, reply.quietHours},
                {u"total"_s, int(reply.kiosks.size())},
                {u"asOf"_s, reply.generatedAt},
                {u"quiet"_s, quiet}};
    Q_EMIT kiosksChanged();
}

void StaffResults::loadKiosks()
{
    const quint64 request = ++m_kiosksRequest;
    const auto unknown = [this] {
        if (m_kiosks.value(u"known"_s).toBool() || m_kiosks.isEmpty()) {
            m_kiosks = {{u"known"_s, false}, {u"quiet"_s, QVariantList()}};
            Q_EMIT kiosksChanged();
        }
    };
    // A tablet without a server (the tour) keeps what it was shown.
    if (!m_api || !m_api->isStaffTablet()) {
        if (m_kiosks.isEmpty())
            unknown();
        return;
    }
    // The kiosks' state is the administrator's (protocol/staffroles.h); the server asks the same.
    if (m_session->stage() != StaffSession::Stage::Unlocked || !m_session->hasServerSession()
        || !m_session->can(Wire::Permission::Devices))
        return unknown();
    m_api->kiosks(this, [this, request, unknown](const std::optional<Wire::KioskWatchReply> &answer) {
        if (request != m_kiosksRequest)
            return;
        if (answer)
            showKiosks(*answer);
        else
            unknown();
    });
}

QVariantList StaffResults::neighbourhoods() const
{
    QVariantList rows;
    // Only the neighbourhoods of the staff member's sites.
    QStringList mine;
    const auto sites = m_session->sites();
    for (const Site &s : sites)
        mine.append(s.neighbourhood);
    const auto all = CatalogueRepository(m_session->database()->connection()).neighbourhoods();
    for (const Neighbourhood &n : all)
        if (mine.contains(n.id))
            rows.append(QVariantMap{{u"id"_s, n.id}, {u"name"_s, n.name}});
    return rows;
}

QString StaffResults::exportPath(const QString &name, const QString &suffix)
{
    if (!QDir().mkpath(m_exportDir)) {
        m_session->setMessage(tr("De map voor exports is niet beschikbaar."));
        return {};
    }
    const QDateTime now = m_session->now();
    return QDir(m_exportDir).filePath(
        u"meedoen-%1-%2.%3"_s.arg(name, now.toLocalTime().toString(u"yyyyMMdd-HHmmss"_s), suffix));
}

QString StaffResults::exported(const QString &name, const QString &path)
{
    StaffRepository(m_session->database()->connection())
        .auditOnDevice(m_session->staffId(), u"export-"_s + name, {}, {}, m_session->now());
    m_session->setMessage(tr("Opgeslagen als %1").arg(path));
    m_session->refresh();
    return path;
}

QString StaffResults::writeExport(const QString &name, const QString &csv)
{
    return writeExportBytes(name, u"csv"_s, csv.toUtf8());
}

QString StaffResults::writeExportBytes(const QString &name, const QString &suffix, const QByteArray &bytes)
{
    const QString path = exportPath(name, suffix);
    if (path.isEmpty())
        return {};
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) < 0 || !f.commit()) {
        m_session->setMessage(tr("Het bestand kon niet worden geschreven."));
        return {};
    }
    return exported(name, path);
}

StaffReport::Document StaffResults::reportDocument(const QString &site, const QString &neighbourhood,
                                                   const QString &fromMonth, const QString &toMonth) const
{
    const StaffRepository repository(m_session->database()->connection());
    const Meedoen::ResultsFilter filter = periodFilter(site, neighbourhood, fromMonth, toMonth);
    // The facts read once (with the partners' and the ladder's); the figures of the whole, of
    // each route, social return and the SROI sheet from them.
    const Meedoen::SocialReturnFacts facts = repository.socialReturnFacts(filter);
    const auto figures = [&facts](const Meedoen::ResultsFilter &f) {
        return Meedoen::computeResults(facts.opportunities, facts.hours, facts.placements, f);
    };
    QList<std::pair<QString, Meedoen::Results>> perRoute;
    for (const QString &route : {u"wonen"_s, u"leren"_s, u"werken"_s, u"vrije-tijd"_s}) {
        Meedoen::ResultsFilter f = filter;
        f.route = route;
        perRoute.append({route, figures(f)});
    }
    QString neighbourhoodName = neighbourhood;
    for (const QVariant &n : neighbourhoods()) {
        const QVariantMap m = n.toMap();
        if (!neighbourhood.isEmpty() && m.value(u"id"_s).toString() == neighbourhood)
            neighbourhoodName = m.value(u"name"_s).toString();
    }
    const StaffReport::Period period{neighbourhoodName, fromMonth, toMonth, m_session->now()};
    const QLocale locale;
    StaffReport::Document document = StaffReport::periodReport(period, figures(filter), perRoute, locale);
    const Meedoen::SocialReturnConfig config = PartnerRepository(m_session->database()->connection()).socialReturn();
    const QDate today = m_session->now().toLocalTime().date();
    document.tables.append(StaffReport::goalsTable(repository.goalProgress(filter, today), fromMonth, toMonth, locale));
    document.tables.append(StaffReport::ladderTable(facts.ladder, locale));
    QList<StaffReport::PartnerLine> partners;
    for (const Meedoen::Partner &p : facts.partners) {
        partners.append({p.name, Meedoen::computePartnerFigures(p.id, facts.opportunities, facts.organisedBy,
                                                                facts.contributions, facts.hours, facts.placements, filter)});
    }
    document.tables.append(StaffReport::partnersTable(partners, locale));
    document.tables.append(
        StaffReport::socialReturnTable(Meedoen::computeSocialReturn(config, facts, site, today), locale));
    document.tables.append(StaffReport::sroiTable(Meedoen::computeSroiSheet(config.rates, facts, filter, today), locale));
    return document;
}

QString StaffResults::exportReport(const QString &pin, const QString &site, const QString &neighbourhood,
                                   const QString &fromMonth, const QString &toMonth)
{
    if (!m_session->requirePermission(Wire::Permission::Exports) || !m_session->confirmPin(pin))
        return {};
    const StaffReport::Document document = reportDocument(site, neighbourhood, fromMonth, toMonth);
    const QString path = exportPath(u"report"_s, u"pdf"_s);
    if (path.isEmpty())
        return {};
    // Written beside the name and renamed whole, as QSaveFile does for the CSV files.
    const QString partial = path + u".partial"_s;
    if (!StaffReport::writePdf(document, partial) || !QFile::rename(partial, path)) {
        QFile::remove(partial);
        m_session->setMessage(tr("Het bestand kon niet worden geschreven."));
        return {};
    }
    return exported(u"report"_s, path);
}

QVariantList StaffResults::reportPeriods() const
{
    const QDate today = m_session->now().toLocalTime().date();
    const QLocale locale;
    const auto period = [&](const char *key, const QString &title, QDate first, int months) {
        const QDate last = first.addMonths(months - 1);
        const QString range = u"%1 – %2"_s.arg(locale.standaloneMonthName(first.month(), QLocale::ShortFormat),
                                                locale.toString(last, u"MMM yyyy"_s));
        return QVariantMap{{u"key"_s, QString::fromLatin1(key)},
                           {u"title"_s, title},
                           {u"range"_s, range},
                           {u"from"_s, first.toString(u"yyyy-MM"_s)},
                           {u"to"_s, last.toString(u"yyyy-MM"_s)}};
    };
    const QDate quarter(today.year(), (today.month() - 1) / 3 * 3 + 1, 1);
    const QDate year(today.year(), 1, 1);
    return {period("quarter", tr("Dit kwartaal"), quarter, 3),
            period("previous-quarter", tr("Vorig kwartaal"), quarter.addMonths(-3), 3),
            period("year", tr("Dit jaar"), year, 12),
            period("previous-year", tr("Vorig jaar"), year.addYears(-1), 12)};
}

QVariantMap StaffResults::reportPreview(const QString &site, const QString &neighbourhood, const QString &fromMonth,
                                        const QString &toMonth) const
{
    if (!m_session->can(Wire::Permission::Dashboard))
        return {};
    const StaffReport::Document d = reportDocument(site, neighbourhood, fromMonth, toMonth);
    QVariantList tables;
    for (const StaffReport::Table &t : d.tables) {
        // The rows' cells one after the other: the screen's grid wraps them by the headers.
        QStringList cells;
        for (const QStringList &row : t.rows)
            cells += row;
        tables.append(QVariantMap{{u"title"_s, t.title},
                                  {u"headers"_s, t.headers},
                                  {u"rowCount"_s, int(t.rows.size())},
                                  {u"cells"_s, cells},
                                  {u"whenEmpty"_s, t.whenEmpty},
                                  {u"note"_s, t.note}});
    }
    return {{u"title"_s, d.title}, {u"lines"_s, d.lines}, {u"tables"_s, tables}};
}

QString StaffResults::exportResults(const QString &pin, const QString &site, const QString &neighbourhood,
                                    const QString &route)
{
    if (!m_session->requirePermission(Wire::Permission::Exports) || !m_session->confirmPin(pin))
        return {};
    const auto d = StaffRepository(m_session->database()->connection()).dashboard(resultsFilter(site, neighbourhood, route));
    return writeExport(u"results"_s, StaffExport::resultsCsv(d));
}

QString StaffResults::exportDecisions(const QString &pin)
{
    if (!m_session->requirePermission(Wire::Permission::Exports) || !m_session->confirmPin(pin))
        return {};
    return writeExport(u"decisions"_s,
                       StaffExport::decisionsCsv(StaffRepository(m_session->database()->connection()).decisionRows()));
}

QString StaffResults::exportParticipants(const QString &pin, const QString &opportunityId)
{
    if (!m_session->requirePermission(Wire::Permission::Exports) || !m_session->confirmPin(pin))
        return {};
    const QSqlDatabase db = m_session->database()->connection();
    const auto opportunity = CatalogueRepository(db).opportunity(opportunityId);
    if (!opportunity)
        return {};
    return writeExport(u"participants"_s, StaffExport::participantsCsv(opportunityId, opportunity->title,
                                                                       StaffRepository(db).participantsFor(opportunityId)));
}
