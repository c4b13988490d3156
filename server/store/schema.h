// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/store/session.h"

#include <QList>
#include <QStringList>

namespace Server {

// The server's tables, as numbered migrations applied on open under the write lock (the
// `schema_migration` table says how far a database is), so several server processes and
// older databases meet the same schema. A change to the schema is a new migration at the end.
class Schema final : public StorePart
{
public:
    explicit Schema(Session &session) : StorePart(session) {}

    bool migrate();
    int appliedVersion();

    // The step that makes a mutation id unique per device on existing data (SQLite and
    // PostgreSQL alike), public so a test can run it on rows an older server wrote.
    static QStringList mutationIdOnceStep();

private:
    QList<QStringList> migrations() const;
};

} // namespace Server
