// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/backup.h"

#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

#include <cstdio>
#include <optional>

using namespace Qt::StringLiterals;

namespace Server {

namespace {

// One sqlite3 connection of this command's own, closed when it goes.
class Connection
{
public:
    Connection() = default;
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;
    ~Connection() { sqlite3_close_v2(m_db); }

    bool open(const QString &path, int flags, int busyTimeoutMs, QString *error)
    {
        if (sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, flags, nullptr) != SQLITE_OK) {
            *error = u"cannot open %1: %2"_s.arg(path, QString::fromUtf8(sqlite3_errmsg(m_db)));
            return false;
        }
        sqlite3_busy_timeout(m_db, busyTimeoutMs);
        return true;
    }

    // The first column of the first row, or nothing when the statement fails.
    std::optional<QString> text(const char *sql)
    {
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(m_db, sql, -1, &statement, nullptr) != SQLITE_OK)
            return std::nullopt;
        std::optional<QString> value;
        if (sqlite3_step(statement) == SQLITE_ROW)
            value = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
        sqlite3_finalize(statement);
        return value;
    }

    QString error() const { return QString::fromUtf8(sqlite3_errmsg(m_db)); }
    sqlite3 *handle() const { return m_db; }

private:
    sqlite3 *m_db = nullptr;
};

// The schema version a Meedoen database records; 0 when it is not one.
int schemaVersion(Connection &db)
{
    return db.text("SELECT COALESCE(MAX(version), 0) FROM schema_migration").value_or(u"0"_s).toInt();
}

bool intact(Connection &db)
{
    return db.text("PRAGMA integrity_check").value_or(QString()) == "ok"_L1;
}

// Every page of `from` into `to`, as one read transaction of `from` saw it.
bool copyPages(Connection &from, Connection &to, BackupReport *report)
{
    sqlite3_backup *backup = sqlite3_backup_init(to.handle(), "main", from.handle(), "main");
    if (!backup) {
        report->error = u"cannot start the copy: "_s + to.error();
        return false;
    }
    int rc = SQLITE_OK;
    // -1: all pages in one step, so no writer's commit can come between two steps and make
    // the copy start over. The busy timeout covers a writer holding the lock at that moment.
    do {
        rc = sqlite3_backup_step(backup, -1);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
            sqlite3_sleep(50);
    } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
    report->pages = sqlite3_backup_pagecount(backup);
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE) {
        report->error = u"copy failed: "_s + QString::fromUtf8(sqlite3_errstr(rc));
        return false;
    }
    return true;
}

} // namespace

BackupReport backupSqlite(const QString &dbPath, const QString &toFile)
{
    BackupReport report;
    if (!QFileInfo::exists(dbPath)) {
        report.error = u"no database at %1"_s.arg(dbPath);
        return report;
    }
    Connection source;
    if (!source.open(dbPath, SQLITE_OPEN_READONLY, 30000, &report.error))
        return report;
    report.schemaVersion = schemaVersion(source);
    if (report.schemaVersion == 0) {
        report.error = u"%1 is not a Meedoen server database"_s.arg(dbPath);
        return report;
    }
    // Written beside the target, private from its first byte, renamed over it when checked:
    // an interrupted backup never leaves a half file under the name of a good one.
    const QString partial = toFile + u".partial"_s;
    QFile::remove(partial);
    {
        QFile file(partial);
        if (!file.open(QIODevice::WriteOnly)
            || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
            report.error = u"cannot write %1: %2"_s.arg(partial, file.errorString());
            return report;
        }
    }
    {
        Connection target;
        if (!target.open(partial, SQLITE_OPEN_READWRITE, 30000, &report.error) || !copyPages(source, target, &report)) {
            QFile::remove(partial);
            return report;
        }
        // The copy carries the server's WAL mode; a backup is one self-contained file.
        if (target.text("PRAGMA journal_mode = DELETE").value_or(QString()).compare("DELETE"_L1, Qt::CaseInsensitive) != 0 || !intact(target)) {
            report.error = u"the copy in %1 does not check out: %2"_s.arg(partial, target.error());
            return report;
        }
    }
    if (std::rename(QFile::encodeName(partial).constData(), QFile::encodeName(toFile).constData()) != 0) {
        report.error = u"cannot rename %1 to %2"_s.arg(partial, toFile);
        return report;
    }
    report.ok = true;
    return report;
}

BackupReport restoreSqlite(const QString &fromFile, const QString &dbPath, bool force, int latestSchemaVersion)
{
    BackupReport report;
    if (!QFileInfo::exists(fromFile)) {
        report.error = u"no backup at %1"_s.arg(fromFile);
        return report;
    }
    Connection source;
    if (!source.open(fromFile, SQLITE_OPEN_READONLY, 30000, &report.error))
        return report;
    report.schemaVersion = schemaVersion(source);
    if (report.schemaVersion == 0 || !intact(source)) {
        report.error = u"%1 is not a whole Meedoen server backup"_s.arg(fromFile);
        return report;
    }
    if (report.schemaVersion > latestSchemaVersion) {
        report.error = u"%1 has schema version %2; this meedoen-server knows up to %3: restore it with the newer "
                       "server that made it"_s.arg(fromFile)
                           .arg(report.schemaVersion)
                           .arg(latestSchemaVersion);
        return report;
    }
    const bool exists = QFileInfo::exists(dbPath);
    if (exists && !force) {
        report.error = u"%1 exists; pass --force to replace it (stop the server first)"_s.arg(dbPath);
        return report;
    }
    if (!exists) {
        // Left behind by a database that is gone: they would be replayed into the new one.
        QFile::remove(dbPath + u"-wal"_s);
        QFile::remove(dbPath + u"-shm"_s);
    }
    Connection target;
    if (!target.open(dbPath, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, 0, &report.error))
        return report;
    // Leaving WAL mode needs every other connection gone: a serving server makes it fail at
    // once (no busy timeout). From here this connection keeps the file locked until the end.
    if (exists && target.text("PRAGMA journal_mode = DELETE").value_or(QString()).compare("DELETE"_L1, Qt::CaseInsensitive) != 0) {
        report.error = u"%1 is in use (a server still serves it?); stop it first"_s.arg(dbPath);
        return report;
    }
    target.text("PRAGMA locking_mode = EXCLUSIVE");
    sqlite3_busy_timeout(target.handle(), 30000);
    if (!copyPages(source, target, &report))
        return report;
    if (!intact(target) || schemaVersion(target) != report.schemaVersion) {
        report.error = u"the restored %1 does not check out"_s.arg(dbPath);
        return report;
    }
    if (!exists)
        QFile::setPermissions(dbPath, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    report.ok = true;
    return report;
}

} // namespace Server
