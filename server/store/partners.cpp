// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The partner register and contributions (Partners, partners.h).

#include "server/store/partners.h"
#include "server/store/auditlog.h"
#include "server/store/changelog.h"
#include "server/store/storehelpers.h"

#include "protocol/changes.h"
#include "protocol/mutation.h"
#include "protocol/socialreturnwire.h"
#include "protocol/wire.h"

using namespace Qt::StringLiterals;
using namespace Meedoen;

namespace Server {

using namespace StoreHelpers;

std::optional<Partner> Partners::partner(const QString &id)
{
    auto q = run(u"SELECT data FROM partner WHERE id = ?"_s, {id});
    if (!q || !q->next())
        return std::nullopt;
    const auto p = Wire::partnerChangeFromJson(parseObject(q->value(0)), QString());
    q->finish();
    if (!p.ok())
        return std::nullopt;
    return p.value;
}

bool Partners::writePartner(const Partner &p)
{
    const QJsonObject json = Wire::toJson(p);
    const QString data = compact(json);
    QString oldName;
    {
        auto q = run(u"SELECT data, name FROM partner WHERE id = ?"_s, {p.id});
        if (!q)
            return false;
        if (q->next()) {
            if (q->value(0).toString() == data)
                return true;
            oldName = q->value(1).toString();
        }
    }
    if (!run(u"INSERT INTO partner (id, name, kind, data) VALUES (?, ?, ?, ?) "
             "ON CONFLICT (id) DO UPDATE SET name = excluded.name, kind = excluded.kind, data = excluded.data"_s,
             {p.id, p.name, toKey(p.kind), data})
        || !m_changes.append(Wire::Entity::Partner, p.id, Wire::ChangeOp::Upsert, ChangeLog::kStaff, QVariant(),
                             QVariant(), QVariant(), json))
        return false;
    if (oldName.isEmpty() || oldName == p.name)
        return true;
    // A new name: the opportunities naming the partner show it (kiosks read `organiser`).
    QList<std::pair<QString, QString>> named;
    {
        auto q = run(u"SELECT id, data FROM opportunity WHERE partner_id = ?"_s, {p.id});
        if (!q)
            return false;
        while (q->next())
            named.append({q->value(0).toString(), q->value(1).toString()});
    }
    for (const auto &[id, stored] : std::as_const(named)) {
        auto o = Wire::storedCatalogueEntry(parseObject(stored));
        if (!o.ok()) {
            m_session.setError(u"opportunity %1: the stored entry cannot be read"_s.arg(id));
            return false;
        }
        o.value.organiser = p.name;
        if (!run(u"UPDATE opportunity SET data = ? WHERE id = ?"_s, {compact(Wire::catalogueEntry(o.value)), id})
            || !m_changes.emitEntity(Wire::Entity::Opportunity, {id}))
            return false;
    }
    return true;
}

std::optional<QString> Partners::resolve(Opportunity &o, bool *unknown)
{
    *unknown = false;
    if (!o.partnerId.isEmpty()) {
        const auto known = scalar(u"SELECT COUNT(*) FROM partner WHERE id = ?"_s, {o.partnerId});
        if (!known)
            return std::nullopt;
        const auto p = known->toInt() > 0 ? partner(o.partnerId) : std::nullopt;
        if (!p) {
            *unknown = known->toInt() == 0;
            return std::nullopt;
        }
        o.organiser = p->name;
        return o.partnerId;
    }
    const QString name = o.organiser.trimmed();
    if (name.isEmpty())
        return QString();
    Partner adopted;
    adopted.id = partnerIdForOrganiser(name);
    adopted.name = name;
    adopted.kind = partnerKindForOrganiserRole(o.organiserRole);
    const auto exists = scalar(u"SELECT COUNT(*) FROM partner WHERE id = ?"_s, {adopted.id});
    if (!exists)
        return std::nullopt;
    // A name longer than a partner's may be is kept as the opportunity's text, unlinked.
    const auto checked = validatePartner(adopted);
    if (exists->toInt() == 0) {
        if (!checked.ok())
            return QString();
        if (!writePartner(checked.value))
            return std::nullopt;
    }
    o.partnerId = adopted.id;
    o.organiser = name;
    return adopted.id;
}

bool Partners::importPartners(const QList<Partner> &partners)
{
    for (const Partner &p : partners) {
        if (!writePartner(p))
            return false;
    }
    return true;
}

bool Partners::adoptPendingOrganisers()
{
    if (!beginWrite())
        return false;
    auto abort = [this] {
        rollback();
        return false;
    };
    const auto pending = scalar(u"SELECT COUNT(*) FROM meta WHERE key = 'adopt_organisers'"_s);
    if (!pending)
        return abort();
    if (pending->toInt() == 0)
        return commit();
    QList<std::pair<QString, QString>> unnamed;
    {
        auto q = run(u"SELECT id, data FROM opportunity WHERE partner_id IS NULL ORDER BY id"_s);
        if (!q)
            return abort();
        while (q->next())
            unnamed.append({q->value(0).toString(), q->value(1).toString()});
    }
    int adopted = 0;
    for (const auto &[id, stored] : std::as_const(unnamed)) {
        // The stored entry as it is (an older server may have kept what today's reader would
        // refuse): only its organiser is read, only its partner added.
        const QJsonObject entry = parseObject(stored);
        const Wire::StoredOrganiser organiser = Wire::storedOrganiser(entry);
        if (organiser.organiser.trimmed().isEmpty())
            continue;
        Opportunity named;
        named.organiser = organiser.organiser;
        named.organiserRole = organiser.organiserRole;
        named.partnerId = organiser.partnerId;
        bool unknown = false;
        const auto partnerId = resolve(named, &unknown);
        if (!partnerId) {
            if (!unknown)
                return abort();
            named.partnerId.clear(); // a partnerId no partner has: named by its organiser instead
            const auto byName = resolve(named, &unknown);
            if (!byName)
                return abort();
            if (byName->isEmpty())
                continue;
        } else if (partnerId->isEmpty()) {
            continue;
        }
        if (!run(u"UPDATE opportunity SET data = ?, partner_id = ? WHERE id = ?"_s,
                 {compact(Wire::withPartner(entry, named.partnerId, named.organiser)), named.partnerId, id})
            || !m_changes.emitEntity(Wire::Entity::Opportunity, {id}))
            return abort();
        ++adopted;
    }
    if (!run(u"DELETE FROM meta WHERE key = 'adopt_organisers'"_s))
        return abort();
    if (!commit())
        return false;
    // Counts only: organiser names are an organisation's, but they stay out of the log too.
    qCInfo(lcStore) << "partners:" << adopted << "opportunities now name their partner";
    return true;
}

std::optional<Wire::Outcome> Partners::applyPartnerUpsert(const Device &device, const Mutation &m,
                                                        const QDateTime &now)
{
    const Partner &p = m.as<Wire::PartnerUpsertPayload>().partner;
    if (!writePartner(p) || !m_audit.record(device, m, now, device.site, Wire::Entity::Partner, p.id))
        return std::nullopt;
    Wire::Outcome accepted = Wire::Outcome::accepted(m.seq);
    accepted.partnerId = p.id;
    return accepted;
}

std::optional<Wire::Outcome> Partners::applyContribution(const Device &device, const Mutation &m,
                                                       const QDateTime &now, const QStringList &sites)
{
    const auto &payload = m.as<Wire::PartnerContributionPayload>();
    const PartnerContribution &c = payload.contribution;
    const auto answer = [&](Wire::Outcome out) {
        out.partnerId = c.partnerId;
        out.contributionId = c.id;
        return out;
    };
    // A row that exists stays at its site: another site's is not this staff member's to change.
    auto existing = run(u"SELECT site_id FROM partner_contribution WHERE id = ?"_s, {c.id});
    if (!existing)
        return std::nullopt;
    const bool exists = existing->next();
    const QString existingSite = exists ? existing->value(0).toString() : QString();
    existing->finish();
    if (exists && !sites.contains(existingSite))
        return answer(Wire::Outcome::refused(m.seq, Wire::Reason::SiteNotAllowed));
    if (payload.remove) {
        if (exists
            && (!run(u"DELETE FROM partner_contribution WHERE id = ?"_s, {c.id})
                || !m_changes.append(Wire::Entity::PartnerContribution, c.id, Wire::ChangeOp::Delete,
                                     ChangeLog::kPersonal, existingSite, QVariant(), QVariant(), {})
                || !m_audit.record(device, m, now, existingSite, Wire::Entity::PartnerContribution, c.id)))
            return std::nullopt;
        Wire::Outcome out = answer(Wire::Outcome::accepted(m.seq));
        if (!exists)
            out.unchanged = true;
        return out;
    }
    const auto known = scalar(u"SELECT COUNT(*) FROM partner WHERE id = ?"_s, {c.partnerId});
    if (!known)
        return std::nullopt;
    if (known->toInt() == 0)
        return answer(Wire::Outcome::refused(m.seq, Wire::Reason::PartnerUnknown));
    auto o = run(u"SELECT site_id FROM opportunity WHERE id = ?"_s, {c.opportunityId});
    if (!o)
        return std::nullopt;
    if (!o->next())
        return answer(Wire::Outcome::refused(m.seq, Wire::Reason::OpportunityUnknown));
    const QString site = o->value(0).toString();
    o->finish();
    if (!sites.contains(site))
        return answer(Wire::Outcome::refused(m.seq, Wire::Reason::SiteNotAllowed));
    if (!run(u"INSERT INTO partner_contribution (id, partner_id, opportunity_id, site_id, role, month, money_cents, "
             "staff_minutes, places, premises_minutes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
             "ON CONFLICT (id) DO UPDATE SET partner_id = excluded.partner_id, opportunity_id = excluded.opportunity_id, "
             "site_id = excluded.site_id, role = excluded.role, month = excluded.month, "
             "money_cents = excluded.money_cents, staff_minutes = excluded.staff_minutes, places = excluded.places, "
             "premises_minutes = excluded.premises_minutes"_s,
             {c.id, c.partnerId, c.opportunityId, site, toKey(c.role), c.month, c.moneyCents, c.staffMinutes, c.places,
              c.premisesMinutes})
        || !m_changes.append(Wire::Entity::PartnerContribution, c.id, Wire::ChangeOp::Upsert, ChangeLog::kPersonal,
                             site, QVariant(), QVariant(), Wire::toJson(c))
        || !m_audit.record(device, m, now, site, Wire::Entity::PartnerContribution, c.id))
        return std::nullopt;
    return answer(Wire::Outcome::accepted(m.seq));
}

std::optional<SocialReturnConfig> Partners::socialReturn()
{
    auto q = run(u"SELECT data FROM social_return WHERE id = ?"_s, {QString(Wire::kSocialReturnChangeId)});
    if (!q)
        return std::nullopt;
    if (!q->next())
        return SocialReturnConfig{};
    // Written by importSocialReturn() after the same checks.
    const auto read = Wire::socialReturnChangeFromJson(parseObject(q->value(0)), QString());
    return read.ok() ? read.value : SocialReturnConfig{};
}

std::optional<QString> Partners::importSocialReturn(const SocialReturnConfig &config)
{
    if (auto problem = checkSocialReturn(config))
        return problem->field + u": "_s + problem->message;
    if (!beginWrite())
        return std::nullopt;
    const auto fail = [this]() -> std::optional<QString> {
        rollback();
        return std::nullopt;
    };
    for (const SocialReturnObligation &o : config.obligations) {
        auto known = scalar(u"SELECT COUNT(*) FROM partner WHERE id = ?"_s, {o.partnerId});
        if (!known)
            return fail();
        if (known->toInt() == 0) {
            rollback();
            return u"obligation %1: partner %2 is not in the register (import it with the catalogue first)"_s
                .arg(o.id, o.partnerId);
        }
        if (!o.site.isEmpty()) {
            auto site = scalar(u"SELECT COUNT(*) FROM site WHERE id = ?"_s, {o.site});
            if (!site)
                return fail();
            if (site->toInt() == 0) {
                rollback();
                return u"obligation %1: site %2 is unknown"_s.arg(o.id, o.site);
            }
        }
    }
    const QString data = compact(Wire::toJson(config));
    auto old = run(u"SELECT data FROM social_return WHERE id = ?"_s, {QString(Wire::kSocialReturnChangeId)});
    if (!old)
        return fail();
    const bool had = old->next();
    if (had && old->value(0).toString() == data) {
        rollback();
        return QString(); // nothing changed: nothing to send
    }
    if (!(had ? run(u"UPDATE social_return SET data = ? WHERE id = ?"_s, {data, QString(Wire::kSocialReturnChangeId)})
              : run(u"INSERT INTO social_return (id, data) VALUES (?, ?)"_s, {QString(Wire::kSocialReturnChangeId), data}))
        || !m_changes.appendJson(Wire::Entity::SocialReturn, QString(Wire::kSocialReturnChangeId), Wire::ChangeOp::Upsert,
                                 ChangeLog::kStaff, QVariant(), QVariant(), QVariant(), data)
        || !commit())
        return fail();
    return QString();
}

QList<Partner> Partners::partners()
{
    QList<Partner> out;
    auto q = run(u"SELECT data FROM partner ORDER BY name, id"_s);
    while (q && q->next()) {
        const auto p = Wire::partnerChangeFromJson(parseObject(q->value(0)), QString());
        if (p.ok())
            out.append(p.value);
    }
    return out;
}

QList<PartnerContribution> Partners::contributions(const QStringList &sites)
{
    QList<PartnerContribution> out;
    auto q = run(u"SELECT %1, site_id FROM partner_contribution ORDER BY month, id"_s
                     .arg(QStringView(kContributionColumns)));
    while (q && q->next()) {
        if (!sites.isEmpty() && !sites.contains(q->value(9).toString()))
            continue;
        out.append(contributionFrom(*q));
    }
    return out;
}

PartnerContribution Partners::contributionFrom(const QSqlQuery &row)
{
    PartnerContribution c;
    c.id = row.value(0).toString();
    c.partnerId = row.value(1).toString();
    c.opportunityId = row.value(2).toString();
    c.role = partnerRoleFromKey(row.value(3).toString()).value_or(PartnerRole::Partner);
    c.month = row.value(4).toString();
    c.moneyCents = row.value(5).toLongLong();
    c.staffMinutes = row.value(6).toInt();
    c.places = row.value(7).toInt();
    c.premisesMinutes = row.value(8).toInt();
    return c;
}

} // namespace Server
