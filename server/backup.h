// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Server {

// `meedoen-server backup` and `restore` for an SQLite database (docs/operations.md,
// "Backup and restore"; PostgreSQL: pg_dump and pg_restore). Both go through SQLite's online
// backup API on connections of their own, so a backup is taken while the server serves: it is
// the database as one committed transaction saw it, and writers go on meanwhile (WAL).
struct BackupReport
{
    bool ok = false;
    QString error;
    int pages = 0;
    int schemaVersion = 0;
};

// Copies the database at `dbPath` to `toFile`: written next to it first, checked
// (integrity_check), made private (0600: it holds personal data), then renamed over it.
BackupReport backupSqlite(const QString &dbPath, const QString &toFile);

// Copies the backup `fromFile` into `dbPath`. Refused when the backup is not a Meedoen
// database in one piece, when its schema is newer than `latestSchemaVersion` (made by a newer
// server), when `dbPath` exists and `force` is not set, and always when another process has
// `dbPath` open (a server still serving it).
BackupReport restoreSqlite(const QString &fromFile, const QString &dbPath, bool force, int latestSchemaVersion);

} // namespace Server
