// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The administrator's catalogue import and the site list (Catalogue, catalogue.h).

#include "server/store/catalogue.h"
#include "server/store/changelog.h"
#include "server/store/partners.h"
#include "server/store/storehelpers.h"

#include <QSet>

using namespace Qt::StringLiterals;
using namespace Meedoen;

namespace Server {

using namespace StoreHelpers;

bool Catalogue::importCatalogue(const Wire::Catalogue &catalogue, const QDateTime &now)
{
    Q_UNUSED(now)
    if (!beginWrite())
        return false;
    m_changes.deferOpportunities();
    auto abort = [this] {
        rollback();
        return false;
    };
    // Writes one catalogue row; a change is logged only when the row is new or different.
    auto upsert = [&](Wire::Entity entity, const QString &id, const QString &selectSql, const QString &upsertSql,
                      const QVariantList &binds, const QString &data, const QJsonObject &json) -> bool {
        const auto old = scalar(selectSql, {id});
        if (!old)
            return false;
        if (!old->isNull() && old->toString() == data)
            return true;
        if (!run(upsertSql, binds))
            return false;
        if (entity == Wire::Entity::Opportunity)
            return m_changes.emitEntity(Wire::Entity::Opportunity, {id});
        return m_changes.append(entity, id, Wire::ChangeOp::Upsert, ChangeLog::kCatalogue, QVariant(), QVariant(),
                                QVariant(), json);
    };
    for (const Neighbourhood &n : catalogue.neighbourhoods) {
        const QJsonObject json = Wire::toJson(n);
        if (!upsert(Wire::Entity::Neighbourhood, n.id, u"SELECT data FROM neighbourhood WHERE id = ?"_s,
                    u"INSERT INTO neighbourhood (id, data) VALUES (?, ?) "
                    "ON CONFLICT (id) DO UPDATE SET data = excluded.data"_s,
                    {n.id, compact(json)}, compact(json), json))
            return abort();
    }
    for (const Site &s : catalogue.sites) {
        const QJsonObject json = Wire::toJson(s);
        if (!upsert(Wire::Entity::Site, s.id, u"SELECT data FROM site WHERE id = ?"_s,
                    u"INSERT INTO site (id, name, neighbourhood, data) VALUES (?, ?, ?, ?) "
                    "ON CONFLICT (id) DO UPDATE SET name = excluded.name, neighbourhood = excluded.neighbourhood, "
                    "data = excluded.data"_s,
                    {s.id, s.name, s.neighbourhood, compact(json)}, compact(json), json))
            return abort();
    }
    if (m_partners && !m_partners->importPartners(catalogue.partners))
        return abort();
    QSet<QString> keep;
    for (Opportunity o : catalogue.opportunities) {
        keep.insert(o.id);
        // The partner it names (or the partner of its organiser's name): its name is the organiser.
        bool unknownPartner = false;
        const auto partnerId = m_partners ? m_partners->resolve(o, &unknownPartner) : std::optional<QString>(QString());
        if (!partnerId) {
            if (unknownPartner)
                m_session.setError(u"opportunity %1: partnerId names no partner of the catalogue"_s.arg(o.id));
            return abort();
        }
        const QJsonObject json = Wire::catalogueEntry(o); // the server counts places and the waitlist itself
        const QString data = compact(json);
        if (!upsert(Wire::Entity::Opportunity, o.id, u"SELECT data FROM opportunity WHERE id = ?"_s,
                    u"INSERT INTO opportunity (id, site_id, status, capacity, minimum_age, end_date, data, "
                    "needs_review, partner_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                    "ON CONFLICT (id) DO UPDATE SET site_id = excluded.site_id, status = excluded.status, "
                    "capacity = excluded.capacity, minimum_age = excluded.minimum_age, "
                    "end_date = excluded.end_date, data = excluded.data, needs_review = excluded.needs_review, "
                    "partner_id = excluded.partner_id"_s,
                    {o.id, o.site.id.isEmpty() ? QVariant() : QVariant(o.site.id), toKey(o.status), o.capacity,
                     o.minimumAge, o.endDate.isValid() ? o.endDate.toString(Qt::ISODate) : QString(), data,
                     o.needsReview ? 1 : 0, partnerId->isEmpty() ? QVariant() : QVariant(*partnerId)},
                    data, json)) {
            const QString error = m_session.lastError();
            if (error.contains(u"opportunity_capacity"_s) || error.contains(u"CHECK"_s, Qt::CaseInsensitive))
                m_session.setError(
                    u"opportunity %1: the capacity is lower than the places already confirmed"_s.arg(o.id));
            return abort();
        }
    }
    // Opportunities no longer in the catalogue: deleted (a tombstone) when nobody signed up,
    // otherwise closed so existing sign-ups keep their opportunity.
    QStringList gone;
    {
        auto q = run(u"SELECT id FROM opportunity"_s);
        if (!q)
            return abort();
        while (q->next()) {
            if (!keep.contains(q->value(0).toString()))
                gone.append(q->value(0).toString());
        }
    }
    for (const QString &id : std::as_const(gone)) {
        const auto used = scalar(u"SELECT COUNT(*) FROM signup WHERE opportunity_id = ?"_s, {id});
        if (!used)
            return abort();
        if (used->toInt() == 0) {
            if (!run(u"DELETE FROM opportunity WHERE id = ?"_s, {id})
                || !m_changes.append(Wire::Entity::Opportunity, id, Wire::ChangeOp::Delete, ChangeLog::kCatalogue,
                                     QVariant(), QVariant(), QVariant(), {}))
                return abort();
        } else {
            auto q = run(u"SELECT data FROM opportunity WHERE id = ?"_s, {id});
            if (!q || !q->next())
                return abort();
            auto stored = Wire::storedCatalogueEntry(parseObject(q->value(0)));
            q->finish();
            if (!stored.ok()) {
                m_session.setError(u"opportunity %1: the stored entry cannot be read"_s.arg(id));
                return abort();
            }
            if (stored.value.status == OpportunityStatus::Closed)
                continue;
            stored.value.status = OpportunityStatus::Closed;
            if (!run(u"UPDATE opportunity SET status = 'closed', data = ? WHERE id = ?"_s,
                     {compact(Wire::catalogueEntry(stored.value)), id})
                || !m_changes.emitEntity(Wire::Entity::Opportunity, {id}))
                return abort();
        }
    }
    if (!m_changes.flushOpportunities())
        return abort();
    if (!commit())
        return false;
    // An import can change the size of the change log at once. PostgreSQL plans a pull's
    // page by its statistics, and with stale ones (before autovacuum gets to it) it finds a
    // bitmap scan plus a sort of every later change cheaper than walking the primary key:
    // ~35 ms instead of ~0.3 ms per page of a 100k catalogue. Refresh them now. A failure
    // here costs speed, not data.
    if (m_session.dialect() == Dialect::Postgres && !runRaw(u"ANALYZE change_log"_s))
        qCWarning(lcStore) << "ANALYZE after the catalogue import failed";
    return true;
}

QList<Site> Catalogue::sites()
{
    QList<Site> out;
    auto q = run(u"SELECT id, name, neighbourhood FROM site ORDER BY id"_s);
    while (q && q->next()) {
        Site s;
        s.id = q->value(0).toString();
        s.name = q->value(1).toString();
        s.neighbourhood = q->value(2).toString();
        out.append(s);
    }
    return out;
}

bool Catalogue::hasSite(const QString &siteId)
{
    const auto v = scalar(u"SELECT COUNT(*) FROM site WHERE id = ?"_s, {siteId});
    return v && v->toInt() > 0;
}

} // namespace Server
