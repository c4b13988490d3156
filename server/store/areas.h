// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/store/session.h"
#include "server/store/store.h"

#include "core/postcodeareas.h"

namespace Server {

class ChangeLog;
class DeferredRows;

// The corporation's own areas (docs/operations.md, "Areas"): which neighbourhood each address
// lies in, one row and one change per 6-character postcode, and where its sites are. An import
// replaces the whole table in one transaction and logs only what differs from what the
// database holds, so a re-import of a new CBS year publishes the postcodes that moved and
// deletes those that left; neighbourhoods the table names and the server does not know are
// created with their code as name until IT renames them.
class Areas final : public StorePart
{
public:
    Areas(Session &session, DeferredRows &rows, ChangeLog &changes)
        : StorePart(session), m_rows(rows), m_changes(changes)
    {
    }

    std::optional<AreaImportSummary> importAreas(const Meedoen::AreaTable &table);
    QList<Meedoen::Neighbourhood> neighbourhoods();
    // Renames a known neighbourhood (false and lastError() when unknown).
    bool renameNeighbourhood(const Meedoen::Neighbourhood &neighbourhood);
    bool setSiteLocation(const QString &siteId, double latitude, double longitude);

private:
    bool fail(const QString &message);

    DeferredRows &m_rows;
    ChangeLog &m_changes;
};

} // namespace Server
