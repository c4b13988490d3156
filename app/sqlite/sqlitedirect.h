// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Straight to SQLite on a QSQLITE connection, for the few bulk writes where QSqlQuery's
// per-value binding costs several times what SQLite itself needs for a row: a full pull's
// opportunities on a device, a push batch's rows on the server. Same connection, same
// transaction; statements still take only bound values.

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QString>
#include <QVariant>

#include <sqlite3.h>

namespace SqliteDirect {

// The connection's sqlite3 handle when the driver is QSQLITE, else null.
inline sqlite3 *handle(const QSqlDatabase &db)
{
    using namespace Qt::StringLiterals;
    if (!db.driver() || db.driverName() != "QSQLITE"_L1)
        return nullptr;
    const QVariant h = db.driver()->handle();
    if (!h.isValid() || qstrcmp(h.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(h.constData());
}

// Binds text as the QSQLITE driver does (UTF-16, copied); a null QString becomes '', or SQL
// NULL where `nullable` says the column takes it.
inline int bindText(sqlite3_stmt *stmt, int index, const QString &text, bool nullable = false)
{
    if (text.isNull() && nullable)
        return sqlite3_bind_null(stmt, index);
    // constData() of a null QString is an empty string, never a null pointer (which would bind NULL).
    return sqlite3_bind_text16(stmt, index, text.constData(), int(text.size() * qsizetype(sizeof(char16_t))),
                               SQLITE_TRANSIENT);
}

// Binds a value as QSQLITE would: null, whole numbers, reals, bytes as a blob, else text
// (a null QString as '').
inline int bindValue(sqlite3_stmt *stmt, int index, const QVariant &value)
{
    if (value.isNull())
        return sqlite3_bind_null(stmt, index);
    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return sqlite3_bind_int64(stmt, index, value.toLongLong());
    case QMetaType::Double:
        return sqlite3_bind_double(stmt, index, value.toDouble());
    case QMetaType::QByteArray: {
        const QByteArray bytes = value.toByteArray();
        return sqlite3_bind_blob(stmt, index, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT);
    }
    default:
        return bindText(stmt, index, value.toString());
    }
}

// One prepared statement, run once per row of bound values: prepared on construction,
// finalized on destruction.
class Statement
{
public:
    Statement(sqlite3 *handle, const QString &sql) : m_handle(handle)
    {
        m_ok = sqlite3_prepare16_v2(handle, sql.utf16(), int(sql.size() * qsizetype(sizeof(char16_t))), &m_stmt,
                                    nullptr)
            == SQLITE_OK;
    }
    ~Statement() { sqlite3_finalize(m_stmt); }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    // Binds `row` (values as bindValue() takes them) and steps once; false on the first
    // failure, after which error() says why (SQLite names a constraint or table, never a value).
    bool run(const QVariantList &row)
    {
        for (qsizetype i = 0; m_ok && i < row.size(); ++i)
            m_ok = bindValue(m_stmt, int(i) + 1, row.at(i)) == SQLITE_OK;
        if (m_ok)
            m_ok = sqlite3_step(m_stmt) == SQLITE_DONE;
        sqlite3_reset(m_stmt);
        return m_ok;
    }
    QString error() const { return QString::fromUtf8(sqlite3_errmsg(m_handle)); }

private:
    sqlite3 *m_handle;
    sqlite3_stmt *m_stmt = nullptr;
    bool m_ok = false;
};

} // namespace SqliteDirect
