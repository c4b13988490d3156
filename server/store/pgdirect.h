// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Straight to libpq on a QPSQL connection, for a push batch's multi-row INSERTs. QPSQL runs a
// prepared statement as "EXECUTE name (value, value, …)" with every value formatted into
// the statement's text, which PostgreSQL then parses again: for the ~1,600 values of a
// 100-mutation batch that is most of the batch's time in the database. libpq sends the
// values as parameters of the extended protocol instead, and the statements of one flush
// go out together in a pipeline: one round trip. Same connection, same transaction;
// statements still take only bound values.

#include <QByteArrayList>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

struct pg_conn;

namespace PgDirect {

using Connection = pg_conn;

// The connection's libpq handle when the driver is QPSQL, else null.
Connection *handle(const QSqlDatabase &db);
// Whether libpq has found this connection broken (false for null).
bool isBroken(Connection *connection);

// Statements with $1, $2, … placeholders and their values, run in order in one round trip.
// Values: a null QVariant is SQL NULL; integers, doubles and strings go as text, a byte
// array as binary. A statement text is prepared on the connection the first time it runs
// (in the same round trip) and executed by name after that, so PostgreSQL parses and
// analyses it once; one Pipeline serves one connection.
class Pipeline
{
public:
    void add(const QString &sql, const QVariantList &values);
    bool isEmpty() const { return m_statements.isEmpty(); }
    // Sends every statement, then reads every answer; false when any failed (error() says
    // which and why; PostgreSQL has then aborted the transaction). Empties the pipeline.
    bool run(Connection *connection);
    QString error() const { return m_error; }

private:
    struct Statement
    {
        QByteArray sql;
        QVariantList values;
    };
    QList<Statement> m_statements;
    QString m_error;
    // Statement text → its prepared statement's name on the connection.
    QHash<QByteArray, QByteArray> m_prepared;
};

} // namespace PgDirect
