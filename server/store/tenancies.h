// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/store/session.h"
#include "server/store/store.h"

#include "core/tenancy.h"

#include <optional>

namespace Server {

class ChangeLog;

// The tenancy check (docs/privacy.md, "Tenancies"; core/tenancy.h). The `tenancy` table holds
// the rent administration's last import and never leaves the server: no change-log row, no
// pull, no export and no log line names a value of it. What leaves is the verdict, kept with
// the person (person.data, PersonChange::tenancyVerdict) and pulled by the tablets of the
// person's site.
class Tenancies final : public StorePart
{
public:
    Tenancies(Session &session, ChangeLog &changes) : StorePart(session), m_changes(changes) {}

    // Replaces the previous import in one transaction (readers see the old table or the new
    // one, never a mix), then checks again every person no staff member has checked yet and
    // logs those whose verdict changed. nullopt on a database fault (nothing changed).
    std::optional<TenancyImport> importTenancies(const QList<Meedoen::Tenancy> &tenancies, const QDateTime &now);

    // The verdict for a registration: nullopt when no tenancies were ever imported (then there
    // is nothing to say). `fault` on a database fault.
    std::optional<Meedoen::TenancyVerdict> verdict(const Meedoen::Person &person, bool &fault);

private:
    ChangeLog &m_changes;
};

} // namespace Server
