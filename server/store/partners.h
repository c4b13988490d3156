// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/store/session.h"
#include "server/store/store.h"

#include "core/partner.h"
#include "core/socialreturn.h"
#include "protocol/outcome.h"

#include <QDateTime>
#include <QStringList>

#include <optional>

namespace Server {

class AuditLog;
class ChangeLog;

// The partner register (core/partner.h, docs/sync-protocol.md "Partners"): partner
// organisations and their roles and contributions per opportunity and month. Coordinators
// change them with the staff kinds partner-upsert and partner-contribution; the register goes
// to every staff tablet (change-log scope "staff", the contact person is for staff only), a
// contribution to the staff tablets of its opportunity's site.
//
// An opportunity names its partner (partnerId, opportunity.partner_id) and keeps the partner's
// name in `organiser`, so kiosks and older devices show it as before. An opportunity that has
// only a free-text organiser (an older catalogue file or tablet, or a database from before the
// register) is given the partner of that name (adoptOrganiser): the same name-based id on the
// server and every device (Meedoen::partnerIdForOrganiser).
class Partners final : public StorePart
{
public:
    Partners(Session &session, ChangeLog &changes, AuditLog &audit)
        : StorePart(session), m_changes(changes), m_audit(audit)
    {
    }

    // After the schema step of the register: every opportunity with an organiser and no partner
    // gets its partner, once (meta key `adopt_organisers`), in one transaction of its own.
    bool adoptPendingOrganisers();

    // Inside a write transaction: the partner the opportunity `o` names. With a partnerId, the
    // partner must exist (nullopt with *unknown set otherwise) and `o.organiser` becomes its
    // name; without one, an organiser name becomes its partner (created when new). nullopt
    // with *unknown false: a database fault.
    std::optional<QString> resolve(Meedoen::Opportunity &o, bool *unknown);
    // Inside a write transaction: the catalogue file's partners, written where they differ.
    bool importPartners(const QList<Meedoen::Partner> &partners);

    std::optional<Wire::Outcome> applyPartnerUpsert(const Device &device, const Mutation &m, const QDateTime &now);
    std::optional<Wire::Outcome> applyContribution(const Device &device, const Mutation &m, const QDateTime &now,
                                                   const QStringList &sites);

    // Social return (core/socialreturn.h): the configuration in force (the default without
    // one), nullopt on a fault; replacing it (the problem in words, e.g. a supplier not in the
    // register, or empty; nullopt on a fault). A change goes to every staff tablet.
    std::optional<Meedoen::SocialReturnConfig> socialReturn();
    std::optional<QString> importSocialReturn(const Meedoen::SocialReturnConfig &config);

    // The register and the contributions at these sites (empty: all), for the figures.
    QList<Meedoen::Partner> partners();
    QList<Meedoen::PartnerContribution> contributions(const QStringList &sites);
    // A contribution from a row whose first columns are kContributionColumns (also ResultsFacts').
    static constexpr const char16_t *kContributionColumns =
        u"id, partner_id, opportunity_id, role, month, money_cents, staff_minutes, places, premises_minutes";
    static Meedoen::PartnerContribution contributionFrom(const QSqlQuery &row);

private:
    // Writes the partner and logs its change when new or different; renames carry over to
    // the opportunities naming it.
    bool writePartner(const Meedoen::Partner &partner);
    std::optional<Meedoen::Partner> partner(const QString &id);

    ChangeLog &m_changes;
    AuditLog &m_audit;
};

} // namespace Server
