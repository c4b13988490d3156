// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What a device pulls for each entity the store logs (docs/sync-protocol.md, "Pull" and "What
// a staff tablet pulls"): one table, one row per entity, saying how the entity's row is read,
// which of its columns scope the change to devices, and how the row becomes the change's
// data (with the protocol's builder of that entity, app/protocol/changes.h). ChangeLog::emitEntity()
// follows it.

#include "protocol/changes.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <optional>

namespace Server {

// One row's columns, in the order of the entity's `row` statement (or of the row its caller
// just wrote).
using Row = QVariantList;

// The columns of an entity's `row` that scope its change: change_log.site_id, device_id,
// person_id.
struct ScopeColumns
{
    // A scope column that is not a column: none (NULL), or the key's first part.
    static constexpr int kNone = -1;
    static constexpr int kKey = -2;
    int site = kNone;
    int device = kNone;
    int person = kNone;
};

struct EntityChange
{
    static constexpr int kNone = ScopeColumns::kNone;
    static constexpr int kKey = ScopeColumns::kKey;

    Wire::Entity entity; // change_log.entity is its key
    // Scope: every device ("catalogue"), or by site, device and person ("personal").
    bool catalogue = false;
    // The entity's row, bound to the first part of its key (a balance's key is person and
    // month; every other key is its id). Empty: nothing is read back, the caller hands over
    // the row it has just written (ChangeLog::emitWritten()).
    QString row = {};
    int columns = 0; // of `row`
    // Read in lists of ids instead ("IN (%1)", the id first), and inside a push or catalogue
    // import once per entity, just before the commit.
    bool inLists = false;
    // Rows read after `row` is done with (bound to every part of the key), or empty.
    QString more = {};
    int moreColumns = 0;
    ScopeColumns scope = {};
    // The change's data, built by the protocol's builder of the entity; nullopt when the rows
    // do not make one (a server fault).
    std::optional<QJsonObject> (*data)(const QStringList &key, const Row &row, const QList<Row> &more) = nullptr;
};

// The entities from Opportunity on (neighbourhoods and sites are written as imported).
const EntityChange &entityChange(Wire::Entity entity);

} // namespace Server
