// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Putting the store together (SqlStore, sqlstore.h) and opening the database (openStore).

#include "server/store/sqlstore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <atomic>

using namespace Qt::StringLiterals;

namespace Server {

namespace {

QString nextConnectionName()
{
    static std::atomic<int> counter{0};
    return u"meedoen-server-%1"_s.arg(counter.fetch_add(1));
}

} // namespace

SqlStore::SqlStore(Dialect dialect, const QString &connectionName)
    : m_session(dialect, connectionName), m_rows(m_session), m_changes(m_session, m_rows), m_schema(m_session),
      m_catalogue(m_session, m_changes), m_devices(m_session), m_staff(m_session), m_status(m_session), m_audit(m_session, m_changes),
      m_partners(m_session, m_changes, m_audit), m_waitlist(m_session, m_changes), m_tenancies(m_session, m_changes),
      m_tenants(m_session, m_changes, m_rows, m_waitlist, m_staff, m_audit, m_tenancies),
      m_hours(m_session, m_changes, m_audit), m_erasure(m_session, m_changes, m_waitlist, m_audit),
      m_trajectories(m_session, m_changes, m_audit),
      m_staffPush(m_session, m_changes, m_waitlist, m_audit, m_staff, m_hours, m_erasure, m_partners, m_trajectories),
      m_push(m_session, m_changes, m_rows, m_tenants, m_staffPush), m_results(m_session, m_partners)
{
    m_catalogue.setPartners(&m_partners);
}

// ---------------------------------------------------------------- opening

std::unique_ptr<Store> openStore(const QString &spec, QString *error)
{
    const QString name = nextConnectionName();
    std::unique_ptr<SqlStore> store;
    if (spec.startsWith("sqlite:"_L1)) {
        const QString path = spec.mid(7);
        if (path.isEmpty()) {
            *error = u"sqlite: needs a file path, e.g. sqlite:/var/lib/meedoen/server.db"_s;
            return nullptr;
        }
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=30000"_s);
        store = std::make_unique<SqlStore>(Dialect::Sqlite, name);
        if (!db.open()) {
            *error = db.lastError().text();
            return nullptr;
        }
        // WAL lets readers go on while one writer writes; FULL makes a commit survive power loss.
        // secure_delete: an erased person's data is overwritten in the file, not just unlinked.
        // temp_store: a push's multi-row statements keep their statement journals in memory
        // instead of a temporary file each; cache_size: a server's working set, 64 MiB.
        for (const QString &pragma : {u"PRAGMA journal_mode = WAL"_s, u"PRAGMA synchronous = FULL"_s,
                                      u"PRAGMA secure_delete = ON"_s, u"PRAGMA temp_store = MEMORY"_s,
                                      u"PRAGMA cache_size = -65536"_s}) {
            QSqlQuery q(db);
            if (!q.exec(pragma)) {
                *error = q.lastError().text();
                return nullptr;
            }
        }
    } else if (spec.startsWith("postgresql:"_L1) || spec.startsWith("postgres:"_L1)) {
        const QUrl url(spec);
        if (!url.isValid()) {
            *error = u"not a valid postgresql:// URL"_s;
            return nullptr;
        }
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        // Parts left out come from libpq's PGHOST/PGPORT/PGUSER/PGPASSWORD/PGDATABASE.
        if (!url.host().isEmpty())
            db.setHostName(url.host());
        if (url.port() > 0)
            db.setPort(url.port());
        if (!url.userName().isEmpty())
            db.setUserName(url.userName());
        if (!url.password().isEmpty())
            db.setPassword(url.password());
        const QString dbName = url.path().mid(1);
        if (!dbName.isEmpty())
            db.setDatabaseName(dbName);
        else if (qEnvironmentVariableIsSet("PGDATABASE"))
            db.setDatabaseName(qEnvironmentVariable("PGDATABASE"));
        store = std::make_unique<SqlStore>(Dialect::Postgres, name);
        if (!db.open()) {
            *error = db.lastError().text().section(u'\n', 0, 0);
            return nullptr;
        }
        store->configureSession();
    } else {
        *error = u"--db must be sqlite:PATH or postgresql://user:pass@host:port/dbname"_s;
        return nullptr;
    }
    if (!store->migrate()) {
        *error = u"migration failed: "_s + store->lastError();
        return nullptr;
    }
    return store;
}

} // namespace Server
