// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/partner.h"
#include "core/socialreturn.h"
#include "core/resultfigures.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

// The partner register on the device (core/partner.h): the partners and contributions a staff
// tablet pulled (partner, partner-contribution), and the partner every opportunity names.
// Pulled changes are written inside PullApplier's transaction; adoptOrganisers() runs once
// after the migration that brought the register (Database::open), giving the opportunities
// pulled before it the partner of their organiser's name — the same id the server gives.
class PartnerRepository
{
public:
    explicit PartnerRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    // sync_state key: the opportunities still wait for their partners.
    static constexpr QLatin1StringView kAdoptOrganisers{"adoptOrganisers"};
    // In a transaction of its own; nothing to do without the key.
    bool adoptOrganisers();

    // Inside the caller's transaction.
    bool keepPartner(const Meedoen::Partner &partner);
    bool removePartner(const QString &id);
    bool keepContribution(const Meedoen::PartnerContribution &contribution);
    bool removeContribution(const QString &id);

    // The social-return configuration (core/socialreturn.h), as pulled; Meedoen's default
    // rates and no obligations until the server sent one.
    bool keepSocialReturn(const Meedoen::SocialReturnConfig &config);
    bool removeSocialReturn();
    Meedoen::SocialReturnConfig socialReturn() const;

    QList<Meedoen::Partner> partners() const;              // by name
    std::optional<Meedoen::Partner> partner(const QString &id) const;
    QList<Meedoen::PartnerContribution> contributions(const QString &partnerId = {}) const; // by month, id
    // Every opportunity's partner id, by opportunity id (empty: none).
    QHash<QString, QString> partnerOfOpportunities() const;

private:
    QSqlDatabase m_db;
};
