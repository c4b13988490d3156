// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/database.h"
#include "storage/cataloguerepository.h"
#include "storage/migrations.h"
#include "storage/partnerrepository.h"
#include "storage/syncstaterepository.h"
#include "storage/transaction.h"
#include "sqlite/sqlitedirect.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QStorageInfo>
#include <atomic>

Q_LOGGING_CATEGORY(lcStorage, "meedoen.storage")

using namespace Qt::StringLiterals;

namespace {
QString nextConnectionName()
{
    static std::atomic<int> counter{0};
    return u"meedoen-%1"_s.arg(counter.fetch_add(1));
}
} // namespace

Database::~Database()
{
    close();
}

int Database::latestSchemaVersion()
{
    return int(Migrations::all().size());
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Database::Status Database::open(const QString &path)
{
    return open(path, latestSchemaVersion());
}

Database::Status Database::open(const QString &path, int targetVersion)
{
    close();
    m_path = path;
    m_connectionName = nextConnectionName();
    bool opened = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
        db.setDatabaseName(path);
        // Wait for a writer in another process instead of failing at once.
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
        opened = db.open();
        if (!opened)
            qCWarning(lcStorage) << "cannot open database:" << db.lastError().driverText();
    } // no handle may outlive this scope, or close() cannot remove the connection
    if (!opened) {
        return fail(Status::CannotOpen,
                    QCoreApplication::translate("Database", "The database %1 cannot be opened.")
                        .arg(QFileInfo(path).fileName()));
    }

    // Until the file is known to be sound and ours, closing it must not change it: SQLite
    // would copy the write-ahead log into a damaged or newer file and delete the log.
    setCheckpointOnClose(false);
    // Read the version before changing anything: a newer or foreign file stays untouched.
    QSqlQuery query(connection());
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next()) {
        qCWarning(lcStorage) << "not a database:" << query.lastError().driverText();
        return fail(Status::Damaged,
                    QCoreApplication::translate("Database", "%1 is not a Meedoen database or it is damaged. "
                                                            "It was not changed.")
                        .arg(QFileInfo(path).fileName()));
    }
    const int version = query.value(0).toInt();
    query.finish();
    // A file cut short (a full disk, a card pulled out) or with a page of garbage: SQLite
    // may read its header and still fail on the first row it needs, perhaps long after the
    // start, or return wrong rows. quick_check reads every page once (not the indexes'
    // contents, as integrity_check would): ~100 ms for 10,000 tenants, an 18 MiB file
    // (bench/bench_quick_check.cpp); a kiosk keeps far fewer.
    if (const QString problem = quickCheck(); !problem.isEmpty()) {
        qCWarning(lcStorage) << "quick_check failed:" << problem;
        return fail(Status::Damaged,
                    QCoreApplication::translate("Database", "%1 is not a Meedoen database or it is damaged. "
                                                            "It was not changed.")
                        .arg(QFileInfo(path).fileName()));
    }
    if (version > latestSchemaVersion()) {
        return fail(Status::NewerSchema,
                    QCoreApplication::translate("Database", "%1 was written by a newer version of Meedoen "
                                                            "(schema %2, this version knows up to %3). "
                                                            "Update Meedoen; the file was not changed.")
                        .arg(QFileInfo(path).fileName())
                        .arg(version)
                        .arg(latestSchemaVersion()));
    }
    setCheckpointOnClose(true);
    if (!applyPragmas())
        return fail(Status::CannotOpen,
                    QCoreApplication::translate("Database", "The database %1 cannot be written.")
                        .arg(QFileInfo(path).fileName()));
    if (!migrate(targetVersion))
        return fail(Status::MigrationFailed,
                    QCoreApplication::translate("Database", "The database %1 could not be upgraded. "
                                                            "It was left as it was.")
                        .arg(QFileInfo(path).fileName()));
    // sync_state exists from v3 on. A failed repair is retried on the next open; the
    // catalogue stays readable meanwhile, so it does not stop the app.
    if (targetVersion >= 3 && !repairSearchIndex())
        qCWarning(lcStorage) << "the catalogue search index could not be rebuilt";
    // After the migration that brought the partner register, once: the opportunities pulled
    // before it name the partner of their organiser (retried on the next open on failure).
    if (targetVersion >= 3 && !PartnerRepository(connection()).adoptOrganisers())
        qCWarning(lcStorage) << "the opportunities' partners could not be set";
    m_status = Status::Open;
    m_error.clear();
    return m_status;
}

void Database::setCheckpointOnClose(bool on)
{
    if (sqlite3 *handle = SqliteDirect::handle(connection())) {
        if (sqlite3_db_config(handle, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, on ? 0 : 1, nullptr) != SQLITE_OK)
            qCWarning(lcStorage) << "cannot set checkpoint on close";
    }
}

bool Database::repairSearchIndex()
{
    // A pull from scratch that did not finish (crash, power loss, app killed) left pages in
    // the catalogue that the search index does not hold yet.
    QSqlDatabase db = connection();
    SyncStateRepository state(db);
    const QString stale = QString(CatalogueRepository::kSearchIndexStale);
    if (state.value(stale).isEmpty())
        return true;
    Transaction tx(db);
    return tx.isActive() && CatalogueRepository(db).rebuildSearchIndex() && state.remove(stale) && tx.commit();
}

void Database::close()
{
    if (m_connectionName.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
    if (m_status == Status::Open)
        m_status = Status::Closed;
}

Database::Status Database::fail(Status status, const QString &message)
{
    close();
    m_status = status;
    m_error = message;
    return status;
}

bool Database::applyPragmas()
{
    // journal_mode answers with a row; the others are silent. All must hold on every
    // connection: durability (WAL + FULL), integrity (foreign keys) and privacy
    // (secure_delete overwrites deleted personal data).
    static const QStringView pragmas[] = {
        u"PRAGMA journal_mode = WAL",
        u"PRAGMA synchronous = FULL",
        u"PRAGMA foreign_keys = ON",
        u"PRAGMA secure_delete = ON",
    };
    QSqlQuery query(connection());
    for (QStringView pragma : pragmas) {
        if (!query.exec(pragma.toString())) {
            qCWarning(lcStorage) << "pragma failed:" << pragma << query.lastError().driverText();
            return false;
        }
    }
    if (!query.exec(u"PRAGMA journal_mode"_s) || !query.next()
        || query.value(0).toString().compare(u"wal"_s, Qt::CaseInsensitive) != 0) {
        qCWarning(lcStorage) << "WAL mode not available";
        return false;
    }
    return true;
}

bool Database::migrate(int targetVersion)
{
    // Every step in one transaction (SQLite's DDL and user_version are transactional): an
    // upgrade that fails or is cut off at any step leaves the file at the version it had,
    // with its data, never half-way between two versions that no Meedoen knows.
    const auto &migrations = Migrations::all();
    QSqlDatabase db = connection();
    const int from = schemaVersion();
    if (from < 0)
        return false;
    if (from >= targetVersion)
        return true;
    if (!db.transaction())
        return false;
    QSqlQuery query(db);
    for (int version = from; version < targetVersion; ++version) {
        for (QStringView statement : migrations.at(version)) {
            if (!query.exec(statement.toString())) {
                qCWarning(lcStorage) << "migration" << version + 1 << "failed:" << query.lastError().text();
                query.finish();
                db.rollback();
                return false;
            }
        }
    }
    // PRAGMA takes no bound parameters; the value is our own integer.
    if (!query.exec(u"PRAGMA user_version = "_s + QString::number(targetVersion))) {
        query.finish();
        db.rollback();
        return false;
    }
    query.finish();
    if (!db.commit()) {
        db.rollback();
        return false;
    }
    return true;
}

int Database::schemaVersion() const
{
    QSqlQuery query(connection());
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next())
        return -1;
    return query.value(0).toInt();
}

QString Database::quickCheck() const
{
    QSqlQuery query(connection());
    if (!query.exec(u"PRAGMA quick_check"_s))
        return query.lastError().driverText().isEmpty() ? u"quick_check failed"_s : query.lastError().driverText();
    if (!query.next())
        return query.lastError().driverText().isEmpty() ? u"quick_check gave no answer"_s
                                                        : query.lastError().driverText();
    // A row against a CHECK or NOT NULL constraint (written by an older version, before the
    // constraint) is the app's data to mend, not a damaged file: moving the database aside for
    // it would hide every tenant's records. Only what SQLite says about pages, b-trees and
    // indexes counts as damage.
    do {
        const QString line = query.value(0).toString();
        if (line == "ok"_L1)
            return {};
        if (!line.startsWith("CHECK constraint failed"_L1) && !line.startsWith("NULL value in"_L1))
            return line;
    } while (query.next());
    return {};
}

bool Database::isStorageFull(const QSqlDatabase &db)
{
    // SQLite's limit on this connection (max_page_count: a test's stand-in for a small disk).
    QSqlQuery query(db);
    qint64 pages = 0;
    qint64 maxPages = 0;
    qint64 freePages = 0;
    if (query.exec(u"PRAGMA page_count"_s) && query.next())
        pages = query.value(0).toLongLong();
    if (query.exec(u"PRAGMA max_page_count"_s) && query.next())
        maxPages = query.value(0).toLongLong();
    if (query.exec(u"PRAGMA freelist_count"_s) && query.next())
        freePages = query.value(0).toLongLong();
    query.finish();
    if (maxPages > 0 && maxPages - pages + freePages < kFullPages)
        return true;
    // The file system the database (and its write-ahead log) lives on.
    const QFileInfo file(db.databaseName());
    QStorageInfo storage(file.absolutePath());
    storage.refresh();
    return storage.isValid() && storage.bytesAvailable() >= 0 && storage.bytesAvailable() < kFullBytes;
}

bool Database::checkIntegrity() const
{
    QSqlQuery query(connection());
    return query.exec(u"PRAGMA integrity_check"_s) && query.next() && query.value(0).toString() == "ok"_L1;
}

bool Database::checkpointTruncate() const
{
    QSqlQuery query(connection());
    return query.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s) && query.next() && query.value(0).toInt() == 0;
}
