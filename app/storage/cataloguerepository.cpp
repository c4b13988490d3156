// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/cataloguerepository.h"
#include "sqlite/sqlitedirect.h"
#include "storage/transaction.h"
#include "protocol/wire.h"
#include "storage/migrations.h"
#include "storage/sqlvalues_p.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSqlError>
#include <QVariant>
#include <cmath>

using namespace Qt::StringLiterals;
using StorageSql::nonNull;
using namespace Meedoen;

Q_DECLARE_LOGGING_CATEGORY(lcStorage)

namespace {

// Column order shared by every SELECT that builds an Opportunity.
constexpr QStringView kColumns =
    u"o.id, o.kind, o.training_type, o.route, o.status, o.title, o.summary, o.description, "
    u"o.neighbourhood_id, coalesce(n.name, ''), o.site_id, coalesce(s.name, ''), coalesce(s.address, ''), "
    u"coalesce(s.latitude, 0), coalesce(s.longitude, 0), o.organiser, o.organiser_role, o.schedule, "
    u"o.start_date, o.end_date, o.capacity, o.places_taken, o.minimum_age, o.language_level, o.certificate, "
    u"o.allowance, o.contact_name, o.contact_phone, o.contact_email, o.tags, o.version, o.needs_review, "
    u"o.translations, o.partner_id";

constexpr QStringView kJoins = u" LEFT JOIN site s ON s.id = o.site_id"
                               u" LEFT JOIN neighbourhood n ON n.id = o.neighbourhood_id";

// Filters bound as (value, value) pairs: an empty value means "any".
constexpr QStringView kFilters = u" (? = '' OR o.kind = ?) AND (? = '' OR o.route = ?)"
                                 u" AND (? = '' OR o.neighbourhood_id = ?) AND (? OR o.status = 'open')";

// The translations column: the wire's object, '{}' without any (json_extract reads it,
// StorageSql::localTitleSql).
QString translationsText(const QMap<QString, LocalText> &translations)
{
    return QString::fromUtf8(QJsonDocument(Wire::toJson(translations)).toJson(QJsonDocument::Compact));
}

// One field of every translation, for the search index.
QString joined(const QMap<QString, LocalText> &translations, QString LocalText::*field)
{
    QStringList parts;
    for (const LocalText &t : translations)
        parts.append(t.*field);
    return parts.join(u' ');
}

QMap<QString, LocalText> translationsFromText(const QString &text)
{
    QMap<QString, LocalText> translations;
    const QJsonObject json = QJsonDocument::fromJson(text.toUtf8()).object();
    for (auto it = json.begin(); it != json.end(); ++it) {
        const QJsonObject one = it.value().toObject();
        translations.insert(it.key(), {one.value(u"title"_s).toString(), one.value(u"summary"_s).toString()});
    }
    return translations;
}

Opportunity readOpportunity(const QSqlQuery &q)
{
    Opportunity o;
    int i = 0;
    o.id = q.value(i++).toString();
    o.kind = kindFromKey(q.value(i++).toString()).value_or(OpportunityKind::VolunteerTask);
    o.trainingType = trainingTypeFromKey(q.value(i++).toString()).value_or(TrainingType::None);
    o.route = routeFromKey(q.value(i++).toString()).value_or(Route::VrijeTijd);
    o.status = statusFromKey(q.value(i++).toString()).value_or(OpportunityStatus::Open);
    o.title = q.value(i++).toString();
    o.summary = q.value(i++).toString();
    o.description = q.value(i++).toString();
    o.neighbourhood = q.value(i++).toString();
    o.neighbourhoodName = q.value(i++).toString();
    o.site.id = q.value(i++).toString();
    o.site.name = q.value(i++).toString();
    o.site.address = q.value(i++).toString();
    o.site.latitude = q.value(i++).toDouble();
    o.site.longitude = q.value(i++).toDouble();
    o.site.neighbourhood = o.neighbourhood;
    o.organiser = q.value(i++).toString();
    o.organiserRole = q.value(i++).toString();
    o.schedule = q.value(i++).toString();
    o.startDate = QDate::fromString(q.value(i++).toString(), Qt::ISODate);
    o.endDate = QDate::fromString(q.value(i++).toString(), Qt::ISODate);
    o.capacity = q.value(i++).toInt();
    o.placesTaken = q.value(i++).toInt();
    o.minimumAge = q.value(i++).toInt();
    o.languageLevel = q.value(i++).toString();
    o.certificate = q.value(i++).toBool();
    o.allowance = q.value(i++).toString();
    o.contactName = q.value(i++).toString();
    o.contactPhone = q.value(i++).toString();
    o.contactEmail = q.value(i++).toString();
    const QString tags = q.value(i++).toString();
    o.tags = tags.isEmpty() ? QStringList() : tags.split(u' ');
    o.version = q.value(i++).toLongLong();
    o.needsReview = q.value(i++).toBool();
    o.translations = translationsFromText(q.value(i++).toString());
    o.partnerId = q.value(i++).toString();
    return o;
}


void bindFilters(QSqlQuery &q, const CatalogueQuery &c)
{
    const QString kind = c.kind ? toKey(*c.kind) : QString();
    const QString route = c.route ? toKey(*c.route) : QString();
    const auto bindPair = [&q](const QString &v) {
        q.addBindValue(nonNull(v));
        q.addBindValue(nonNull(v));
    };
    bindPair(kind);
    bindPair(route);
    bindPair(c.neighbourhood);
    q.addBindValue(c.includeClosed ? 1 : 0);
}

QList<Opportunity> readAll(QSqlQuery &q)
{
    QList<Opportunity> result;
    while (q.next())
        result.append(readOpportunity(q));
    q.finish();
    return result;
}

// An opportunity, inserted or replaced in place (its num, and so its search-index rowid, stays).
constexpr QStringView kUpsertOpportunity =
    u"INSERT INTO opportunity (id, kind, training_type, route, status, title, summary, description, "
    u"neighbourhood_id, site_id, organiser, organiser_role, schedule, start_date, end_date, capacity, "
    u"places_taken, minimum_age, language_level, certificate, allowance, contact_name, contact_phone, "
    u"contact_email, tags, version, needs_review, translations, translated_titles, translated_summaries, "
    u"partner_id) "
    u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
    u"ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, training_type = excluded.training_type, "
    u"route = excluded.route, status = excluded.status, title = excluded.title, "
    u"summary = excluded.summary, description = excluded.description, "
    u"neighbourhood_id = excluded.neighbourhood_id, site_id = excluded.site_id, "
    u"organiser = excluded.organiser, organiser_role = excluded.organiser_role, "
    u"schedule = excluded.schedule, start_date = excluded.start_date, end_date = excluded.end_date, "
    u"capacity = excluded.capacity, places_taken = excluded.places_taken, "
    u"minimum_age = excluded.minimum_age, language_level = excluded.language_level, "
    u"certificate = excluded.certificate, allowance = excluded.allowance, "
    u"contact_name = excluded.contact_name, contact_phone = excluded.contact_phone, "
    u"contact_email = excluded.contact_email, tags = excluded.tags, version = excluded.version, "
    u"needs_review = excluded.needs_review, translations = excluded.translations, "
    u"translated_titles = excluded.translated_titles, translated_summaries = excluded.translated_summaries, "
    u"partner_id = excluded.partner_id";

} // namespace

CatalogueRepository::CatalogueRepository(QSqlDatabase db)
    : m_db(std::move(db))
    , m_textSearch(m_db)
    , m_browse(m_db)
    , m_areaLookup(m_db)
{
    m_textSearch.setForwardOnly(true);
    m_browse.setForwardOnly(true);
    m_areaLookup.setForwardOnly(true);
}

QString CatalogueRepository::matchExpression(QStringView text)
{
    // Split on anything that is not a letter, mark or digit: the tokenizer would too,
    // and it keeps FTS operators (AND, NEAR, ", *, :, ^) out of the expression. Every word
    // matches as a prefix: "moes wiel" finds "Moestuin De Wielewaal".
    QStringList terms;
    QString word;
    auto flush = [&] {
        if (!word.isEmpty() && terms.size() < kMaxSearchWords)
            terms.append(u'"' + word + u"\"*"_s);
        word.clear();
    };
    for (QChar c : text) {
        if (c.isLetterOrNumber() || c.isMark())
            word.append(c);
        else
            flush();
    }
    flush();
    return terms.join(u' ');
}

QList<Opportunity> CatalogueRepository::search(const CatalogueQuery &c) const
{
    const int limit = std::clamp(c.limit, 1, kMaxLimit);
    const QString match = matchExpression(c.text);
    if (!match.isEmpty()) {
        if (m_textSearch.lastQuery().isEmpty()) {
            // Ranking costs a few microseconds per match, and one typed letter matches most
            // of a large catalogue. So rank only the first kRankedCandidates matches (in index
            // order, filters applied): exact for any realistic query, bounded for "t".
            // bm25 weights: title, summary, description, organiser, place, tags.
            m_textSearch.prepare(u"SELECT "_s + kColumns + u" FROM ("
                                 "SELECT f.rowid AS num, bm25(opportunity_fts, 10.0, 3.0, 1.0, 2.0, 2.0, 4.0) AS score"
                                 " FROM opportunity_fts f JOIN opportunity o ON o.num = f.rowid"
                                 " WHERE opportunity_fts MATCH ? AND"_s
                                 + kFilters + u" LIMIT ?) m JOIN opportunity o ON o.num = m.num"_s + kJoins
                                 + u" ORDER BY m.score LIMIT ?"_s);
        }
        m_textSearch.addBindValue(match);
        bindFilters(m_textSearch, c);
        m_textSearch.addBindValue(kRankedCandidates);
        m_textSearch.addBindValue(limit);
        if (!m_textSearch.exec()) {
            qCWarning(lcStorage) << "catalogue search failed:" << m_textSearch.lastError().text();
            return {};
        }
        return readAll(m_textSearch);
    }

    if (m_browse.lastQuery().isEmpty()) {
        // Nearest first by an equirectangular distance: exact enough to order places in
        // one city, and cheap. Without an origin (? = 0) the title decides. Places without a
        // site have no distance: they come after every place that has one.
        m_browse.prepare(u"SELECT "_s + kColumns + u" FROM opportunity o"_s + kJoins + u" WHERE"_s + kFilters
                         + u" ORDER BY CASE WHEN ? THEN s.id IS NULL END, CASE WHEN ? THEN ((s.latitude - ?) * (s.latitude - ?)"
                           " + (s.longitude - ?) * (s.longitude - ?) * ?) END, o.title COLLATE NOCASE, o.id LIMIT ?"_s);
    }
    bindFilters(m_browse, c);
    const bool hasOrigin = !std::isnan(c.originLatitude) && !std::isnan(c.originLongitude);
    const double cosLat = hasOrigin ? std::cos(c.originLatitude * M_PI / 180.0) : 1.0;
    m_browse.addBindValue(hasOrigin ? 1 : 0);
    m_browse.addBindValue(hasOrigin ? 1 : 0);
    m_browse.addBindValue(hasOrigin ? c.originLatitude : 0.0);
    m_browse.addBindValue(hasOrigin ? c.originLatitude : 0.0);
    m_browse.addBindValue(hasOrigin ? c.originLongitude : 0.0);
    m_browse.addBindValue(hasOrigin ? c.originLongitude : 0.0);
    m_browse.addBindValue(cosLat * cosLat);
    m_browse.addBindValue(limit);
    if (!m_browse.exec()) {
        qCWarning(lcStorage) << "catalogue browse failed:" << m_browse.lastError().text();
        return {};
    }
    return readAll(m_browse);
}

std::optional<Opportunity> CatalogueRepository::opportunity(const QString &id) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT "_s + kColumns + u" FROM opportunity o"_s + kJoins + u" WHERE o.id = ?"_s);
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readOpportunity(q);
}

QList<Neighbourhood> CatalogueRepository::neighbourhoods() const
{
    QSqlQuery q(m_db);
    QList<Neighbourhood> result;
    // Those with something to do: an areas import adds every buurt of the corporation's
    // municipalities, most without an activity, and a filter should not offer them.
    if (!q.exec(u"SELECT id, name, city FROM neighbourhood n WHERE EXISTS "
                "(SELECT 1 FROM opportunity o WHERE o.neighbourhood_id = n.id) ORDER BY name"_s))
        return result;
    while (q.next())
        result.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
    return result;
}

QList<Site> CatalogueRepository::sites() const
{
    QSqlQuery q(m_db);
    QList<Site> result;
    if (!q.exec(u"SELECT id, name, neighbourhood_id, address, latitude, longitude FROM site ORDER BY name, id"_s))
        return result;
    while (q.next()) {
        result.append(Site{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                           q.value(3).toString(), q.value(4).toDouble(), q.value(5).toDouble()});
    }
    return result;
}

std::optional<Site> CatalogueRepository::site(const QString &id) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT id, name, neighbourhood_id, address, latitude, longitude FROM site WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return Site{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                q.value(3).toString(), q.value(4).toDouble(), q.value(5).toDouble()};
}

int CatalogueRepository::count() const
{
    QSqlQuery q(m_db);
    if (!q.exec(u"SELECT count(*) FROM opportunity"_s) || !q.next())
        return 0;
    return q.value(0).toInt();
}

bool CatalogueRepository::upsert(const QList<Neighbourhood> &neighbourhoods, const QList<Site> &sites,
                                 const QList<Opportunity> &opportunities)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return false;
    if (!upsertInTransaction(neighbourhoods, sites, opportunities))
        return false;
    return tx.commit();
}

bool CatalogueRepository::upsertInTransaction(const QList<Neighbourhood> &neighbourhoods, const QList<Site> &sites,
                                              const QList<Opportunity> &opportunities)
{
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO neighbourhood (id, name, city) VALUES (?, ?, ?) "
              "ON CONFLICT (id) DO UPDATE SET name = excluded.name, city = excluded.city"_s);
    for (const Neighbourhood &n : neighbourhoods) {
        q.addBindValue(n.id);
        q.addBindValue(n.name);
        q.addBindValue(nonNull(n.city));
        if (!q.exec())
            return false;
    }
    q.prepare(u"INSERT INTO site (id, name, neighbourhood_id, address, latitude, longitude) VALUES (?, ?, ?, ?, ?, ?) "
              "ON CONFLICT (id) DO UPDATE SET name = excluded.name, neighbourhood_id = excluded.neighbourhood_id, "
              "address = excluded.address, latitude = excluded.latitude, longitude = excluded.longitude"_s);
    for (const Site &s : sites) {
        q.addBindValue(s.id);
        q.addBindValue(s.name);
        q.addBindValue(nonNull(s.neighbourhood));
        q.addBindValue(nonNull(s.address));
        q.addBindValue(s.latitude);
        q.addBindValue(s.longitude);
        if (!q.exec())
            return false;
    }
    // Opportunities go straight to SQLite (a full pull writes 100k of them): QSqlQuery's
    // per-value binding cost several times what SQLite itself needs for a row.
    sqlite3 *handle = SqliteDirect::handle(m_db);
    if (!handle) {
        qCWarning(lcStorage) << "the device database is not an SQLite connection";
        return false;
    }
    if (opportunities.isEmpty())
        return true;
    SqliteDirect::Statement upsert(handle, kUpsertOpportunity.toString());
    const auto date = [](QDate d) { return d.isValid() ? d.toString(Qt::ISODate) : QString(); };
    // Id and title stay NULL when missing, so their NOT NULL refuses the row.
    const auto required = [](const QString &s) { return s.isNull() ? QVariant() : QVariant(s); };
    for (const Opportunity &o : opportunities) {
        const QVariantList row{required(o.id), toKey(o.kind), toKey(o.trainingType), toKey(o.route),
                               toKey(o.status), required(o.title), o.summary, o.description, o.neighbourhood,
                               o.site.id, o.organiser, o.organiserRole, o.schedule, date(o.startDate),
                               date(o.endDate), o.capacity, o.placesTaken, o.minimumAge, o.languageLevel,
                               o.certificate ? 1 : 0, o.allowance, o.contactName, o.contactPhone, o.contactEmail,
                               o.tags.join(u' '), o.version, o.needsReview ? 1 : 0, translationsText(o.translations),
                               joined(o.translations, &LocalText::title), joined(o.translations, &LocalText::summary),
                               o.partnerId};
        if (!upsert.run(row)) {
            qCWarning(lcStorage) << "opportunity upsert failed:" << upsert.error();
            return false;
        }
    }
    return true;
}

bool CatalogueRepository::clear()
{
    QSqlQuery q(m_db);
    return q.exec(u"DELETE FROM opportunity"_s) && q.exec(u"DELETE FROM site"_s) && q.exec(u"DELETE FROM neighbourhood"_s)
        && q.exec(u"DELETE FROM postcode_range"_s);
}

bool CatalogueRepository::remove(const QString &opportunityId)
{
    QSqlQuery q(m_db);
    q.prepare(u"DELETE FROM opportunity WHERE id = ?"_s);
    q.addBindValue(opportunityId);
    return q.exec();
}

bool CatalogueRepository::suspendSearchIndex()
{
    if (!m_suspendedTriggers.isEmpty())
        return true;
    // The triggers of migration v2 that write opportunity_fts (directly or through an UPDATE
    // of opportunity); read back from the schema, so they return exactly as they were.
    QSqlQuery q(m_db);
    if (!q.exec(u"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN "
                "('opportunity_fts_insert', 'opportunity_fts_delete', 'opportunity_fts_update', "
                "'site_fts_update', 'neighbourhood_fts_update') ORDER BY name"_s))
        return false;
    QStringList names, statements;
    while (q.next()) {
        names.append(q.value(0).toString());
        statements.append(q.value(1).toString());
    }
    q.finish();
    for (const QString &name : std::as_const(names)) {
        // A trigger name cannot be bound; these are the fixed names selected above.
        if (!q.exec(u"DROP TRIGGER "_s + name)) {
            qCWarning(lcStorage) << "cannot suspend the search index:" << q.lastError().text();
            return false;
        }
    }
    m_suspendedTriggers = statements;
    return true;
}

bool CatalogueRepository::resumeSearchIndex()
{
    QSqlQuery q(m_db);
    for (const QString &statement : std::as_const(m_suspendedTriggers)) {
        if (!q.exec(statement)) {
            qCWarning(lcStorage) << "cannot resume the search index:" << q.lastError().text();
            return false;
        }
    }
    m_suspendedTriggers.clear();
    return true;
}

bool CatalogueRepository::rebuildSearchIndex()
{
    // The same text the triggers index, for every opportunity at once.
    QSqlQuery q(m_db);
    if (!q.exec(u"DELETE FROM opportunity_fts"_s)
        || !q.exec(u"INSERT INTO opportunity_fts (rowid, title, summary, description, organiser, place, tags) SELECT "_s
                   + Migrations::searchIndexValues(u"o") + u" FROM opportunity o ORDER BY o.num"_s)) {
        qCWarning(lcStorage) << "cannot rebuild the search index:" << q.lastError().text();
        return false;
    }
    return true;
}
