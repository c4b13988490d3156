// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The baseline side of the save benchmarks: the same rows written with the sqlite3 C API,
// one connection with the app's pragmas, statements prepared once and stepped without Qt.

#include <QString>

#include <cstdio>
#include <cstdlib>
#include <sqlite3.h>
#include <string>
#include <vector>

namespace Bench {

inline void check(int rc, sqlite3 *db, const char *what)
{
    if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW) {
        std::fprintf(stderr, "sqlite3 %s failed: %s\n", what, sqlite3_errmsg(db));
        std::exit(1);
    }
}

// snprintf rather than std::string's operator+: GCC 12 at -O3 warns falsely (-Wrestrict) there.
inline std::string numbered(const char *prefix, int i)
{
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%s%d", prefix, i);
    return buffer;
}

class RawSqlite
{
public:
    explicit RawSqlite(const QString &path)
    {
        check(sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READWRITE, nullptr), m_db, "open");
        sqlite3_busy_timeout(m_db, 5000);
        for (const char *pragma : {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL",
                                   "PRAGMA foreign_keys = ON", "PRAGMA secure_delete = ON"})
            check(sqlite3_exec(m_db, pragma, nullptr, nullptr, nullptr), m_db, pragma);
    }
    ~RawSqlite()
    {
        for (sqlite3_stmt *s : m_statements)
            sqlite3_finalize(s);
        sqlite3_close(m_db);
    }
    RawSqlite(const RawSqlite &) = delete;
    RawSqlite &operator=(const RawSqlite &) = delete;

    // Finalized with the connection.
    sqlite3_stmt *prepare(const char *sql)
    {
        sqlite3_stmt *stmt = nullptr;
        check(sqlite3_prepare_v2(m_db, sql, -1, &stmt, nullptr), m_db, sql);
        m_statements.push_back(stmt);
        return stmt;
    }
    static void text(sqlite3_stmt *s, int column, const std::string &value)
    {
        sqlite3_bind_text(s, column, value.data(), int(value.size()), SQLITE_TRANSIENT);
    }
    sqlite3 *handle() const { return m_db; }
    void exec(const char *sql) { check(sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr), m_db, sql); }
    void step(sqlite3_stmt *s)
    {
        check(sqlite3_step(s), m_db, sqlite3_sql(s));
        sqlite3_reset(s);
        sqlite3_clear_bindings(s);
    }

private:
    sqlite3 *m_db = nullptr;
    std::vector<sqlite3_stmt *> m_statements;
};

} // namespace Bench
