// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

// One SQLite connection with Meedoen's pragmas and schema. Open one per thread; the
// connection is closed and removed when the Database is destroyed.
class Database
{
public:
    enum class Status { Closed, Open, CannotOpen, NewerSchema, Damaged, MigrationFailed };

    Database() = default;
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (creating if needed) the file and migrates it to the latest schema. A file
    // written by a newer Meedoen is left untouched.
    Status open(const QString &path);
    // For tests of the migrations: migrate only up to `version`.
    Status open(const QString &path, int targetVersion);
    void close();

    Status status() const { return m_status; }
    bool isOpen() const { return m_status == Status::Open; }
    // Human readable, translatable; empty when open. Contains no personal data.
    QString errorString() const { return m_error; }
    QSqlDatabase connection() const;
    QString path() const { return m_path; }

    int schemaVersion() const;
    static int latestSchemaVersion();

    // Runs `PRAGMA quick_check`: empty when the file is sound, else SQLite's first complaint
    // (no personal data: page and cell numbers).
    QString quickCheck() const;
    // After a write failed: true when there is no room left for it (the file system holding
    // the database has less than kFullBytes free, or the connection's max_page_count is all
    // but reached), so that the person is told the device is full rather than "try again".
    static bool isStorageFull(const QSqlDatabase &db);
    static constexpr qint64 kFullBytes = 1024 * 1024;
    static constexpr qint64 kFullPages = 16;

    // Runs `PRAGMA integrity_check`; true when the file is sound.
    bool checkIntegrity() const;
    // Truncates the write-ahead log so that deleted rows leave no copy behind.
    bool checkpointTruncate() const;

private:
    Status fail(Status status, const QString &message);
    bool applyPragmas();
    // SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE: off while a file is checked, so that closing a
    // damaged or newer file leaves it and its -wal as they were.
    void setCheckpointOnClose(bool on);
    bool migrate(int targetVersion);
    // Rebuilds the catalogue's search index when a bulk load left it behind
    // (CatalogueRepository::kSearchIndexStale).
    bool repairSearchIndex();

    QString m_connectionName;
    QString m_path;
    QString m_error;
    Status m_status = Status::Closed;
};
