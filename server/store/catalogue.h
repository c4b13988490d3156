// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/store/session.h"
#include "server/store/store.h"

namespace Server {

class ChangeLog;
class Partners;

// The catalogue an administrator imports (neighbourhoods, sites, opportunities): written only
// where it differs from what the database holds, so an unchanged import logs no change and
// devices pull nothing again. Staff edit single opportunities through StaffPush instead.
class Catalogue final : public StorePart
{
public:
    Catalogue(Session &session, ChangeLog &changes) : StorePart(session), m_changes(changes) {}

    // The partner register the catalogue's partners and organisers go to (set once, by SqlStore).
    void setPartners(Partners *partners) { m_partners = partners; }

    bool importCatalogue(const Wire::Catalogue &catalogue, const QDateTime &now);
    QList<Meedoen::Site> sites();
    bool hasSite(const QString &siteId);

private:
    ChangeLog &m_changes;
    Partners *m_partners = nullptr;
};

} // namespace Server
