// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/partnerrepository.h"

#include "storage/syncstaterepository.h"
#include "storage/transaction.h"

#include "protocol/socialreturnwire.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace Meedoen;

Q_DECLARE_LOGGING_CATEGORY(lcStorage)

namespace {

bool exec(QSqlQuery &q, const QVariantList &binds)
{
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (q.exec())
        return true;
    qCWarning(lcStorage) << "partners:" << q.lastError().text();
    return false;
}

// An empty text is '' in the table (its columns are NOT NULL), never NULL.
QString text(const QString &s)
{
    return s.isNull() ? u""_s : s;
}

bool run(const QSqlDatabase &db, const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(db);
    q.prepare(sql);
    return exec(q, binds);
}

PartnerContribution contributionOf(const QSqlQuery &q)
{
    PartnerContribution c;
    c.id = q.value(0).toString();
    c.partnerId = q.value(1).toString();
    c.opportunityId = q.value(2).toString();
    c.role = partnerRoleFromKey(q.value(3).toString()).value_or(PartnerRole::Partner);
    c.month = q.value(4).toString();
    c.moneyCents = q.value(5).toLongLong();
    c.staffMinutes = q.value(6).toInt();
    c.places = q.value(7).toInt();
    c.premisesMinutes = q.value(8).toInt();
    return c;
}

Partner partnerOf(const QSqlQuery &q)
{
    return Partner{q.value(0).toString(),
                   q.value(1).toString(),
                   partnerKindFromKey(q.value(2).toString()).value_or(PartnerKind::Overig),
                   q.value(3).toString(),
                   q.value(4).toString(),
                   q.value(5).toString()};
}

} // namespace

bool PartnerRepository::adoptOrganisers()
{
    SyncStateRepository state(m_db);
    if (state.value(QString(kAdoptOrganisers)).isEmpty())
        return true;
    Transaction tx(m_db);
    if (!tx.isActive())
        return false;
    QList<std::pair<QString, std::pair<QString, QString>>> unnamed;
    {
        QSqlQuery q(m_db);
        q.prepare(u"SELECT id, organiser, organiser_role FROM opportunity WHERE partner_id = '' AND organiser <> ''"_s);
        if (!exec(q, {}))
            return false;
        while (q.next())
            unnamed.append({q.value(0).toString(), {q.value(1).toString(), q.value(2).toString()}});
    }
    for (const auto &[id, organiser] : std::as_const(unnamed)) {
        const QString name = organiser.first.trimmed();
        Partner p{partnerIdForOrganiser(name), name, partnerKindForOrganiserRole(organiser.second), {}, {}, {}};
        if (!validatePartner(p).ok())
            continue; // kept as the opportunity's text, as the server keeps it
        if (!run(m_db, u"INSERT INTO partner (id, name, kind) VALUES (?, ?, ?) ON CONFLICT (id) DO NOTHING"_s,
                 {p.id, p.name, toKey(p.kind)})
            || !run(m_db, u"UPDATE opportunity SET partner_id = ? WHERE id = ?"_s, {p.id, id}))
            return false;
    }
    if (!state.remove(QString(kAdoptOrganisers)))
        return false;
    return tx.commit();
}

bool PartnerRepository::keepPartner(const Partner &p)
{
    return run(m_db,
               u"INSERT INTO partner (id, name, kind, contact_name, contact_phone, contact_email) VALUES (?, ?, ?, ?, ?, ?) "
               "ON CONFLICT (id) DO UPDATE SET name = excluded.name, kind = excluded.kind, "
               "contact_name = excluded.contact_name, contact_phone = excluded.contact_phone, "
               "contact_email = excluded.contact_email"_s,
               {p.id, text(p.name), toKey(p.kind), text(p.contactName), text(p.contactPhone), text(p.contactEmail)});
}

bool PartnerRepository::keepSocialReturn(const SocialReturnConfig &config)
{
    const QString data = QString::fromUtf8(QJsonDocument(Wire::toJson(config)).toJson(QJsonDocument::Compact));
    return run(m_db,
               u"INSERT INTO staff_social_return (id, data) VALUES (?, ?) "
               "ON CONFLICT (id) DO UPDATE SET data = excluded.data"_s,
               {QString(Wire::kSocialReturnChangeId), data});
}

bool PartnerRepository::removeSocialReturn()
{
    return run(m_db, u"DELETE FROM staff_social_return"_s, {});
}

SocialReturnConfig PartnerRepository::socialReturn() const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT data FROM staff_social_return WHERE id = ?"_s);
    q.addBindValue(QString(Wire::kSocialReturnChangeId));
    if (!q.exec() || !q.next())
        return {};
    // Written by keepSocialReturn() from what was read; a damaged row leaves the default
    // rather than half a configuration.
    const auto read = Wire::socialReturnChangeFromJson(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object(), {});
    return read.error ? SocialReturnConfig{} : read.value;
}

bool PartnerRepository::removePartner(const QString &id)
{
    return run(m_db, u"DELETE FROM partner WHERE id = ?"_s, {id});
}

bool PartnerRepository::keepContribution(const PartnerContribution &c)
{
    return run(m_db,
               u"INSERT INTO partner_contribution (id, partner_id, opportunity_id, role, month, money_cents, "
               "staff_minutes, places, premises_minutes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
               "ON CONFLICT (id) DO UPDATE SET partner_id = excluded.partner_id, "
               "opportunity_id = excluded.opportunity_id, role = excluded.role, month = excluded.month, "
               "money_cents = excluded.money_cents, staff_minutes = excluded.staff_minutes, "
               "places = excluded.places, premises_minutes = excluded.premises_minutes"_s,
               {c.id, c.partnerId, c.opportunityId, toKey(c.role), c.month, c.moneyCents, c.staffMinutes, c.places,
                c.premisesMinutes});
}

bool PartnerRepository::removeContribution(const QString &id)
{
    return run(m_db, u"DELETE FROM partner_contribution WHERE id = ?"_s, {id});
}

QList<Partner> PartnerRepository::partners() const
{
    QList<Partner> out;
    QSqlQuery q(m_db);
    q.prepare(u"SELECT id, name, kind, contact_name, contact_phone, contact_email FROM partner "
              "ORDER BY name COLLATE NOCASE, id"_s);
    if (!exec(q, {}))
        return out;
    while (q.next())
        out.append(partnerOf(q));
    return out;
}

std::optional<Partner> PartnerRepository::partner(const QString &id) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT id, name, kind, contact_name, contact_phone, contact_email FROM partner WHERE id = ?"_s);
    if (!exec(q, {id}) || !q.next())
        return std::nullopt;
    return partnerOf(q);
}

QList<PartnerContribution> PartnerRepository::contributions(const QString &partnerId) const
{
    QList<PartnerContribution> out;
    QSqlQuery q(m_db);
    q.prepare(u"SELECT id, partner_id, opportunity_id, role, month, money_cents, staff_minutes, places, "
              "premises_minutes FROM partner_contribution WHERE ? = '' OR partner_id = ? ORDER BY month, id"_s);
    if (!exec(q, {text(partnerId), text(partnerId)}))
        return out;
    while (q.next())
        out.append(contributionOf(q));
    return out;
}

QHash<QString, QString> PartnerRepository::partnerOfOpportunities() const
{
    QHash<QString, QString> out;
    QSqlQuery q(m_db);
    q.prepare(u"SELECT id, partner_id FROM opportunity WHERE partner_id <> ''"_s);
    if (!exec(q, {}))
        return out;
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toString());
    return out;
}
