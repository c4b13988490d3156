// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pgdirect.h"

#include <QSqlDriver>
#include <QVariant>

#include <libpq-fe.h>

#include <vector>

using namespace Qt::StringLiterals;

namespace PgDirect {

Connection *handle(const QSqlDatabase &db)
{
    if (!db.driver() || db.driverName() != "QPSQL"_L1)
        return nullptr;
    const QVariant h = db.driver()->handle();
    // Qt 6 names the type after the struct behind libpq's typedef.
    if (!h.isValid() || (qstrcmp(h.typeName(), "PGconn*") != 0 && qstrcmp(h.typeName(), "pg_conn*") != 0))
        return nullptr;
    return *static_cast<PGconn *const *>(h.constData());
}

void Pipeline::add(const QString &sql, const QVariantList &values)
{
    m_statements.append({sql.toUtf8(), values});
}

namespace {

// One statement's parameters in libpq's shape; the texts live as long as this does.
struct Parameters
{
    explicit Parameters(const QVariantList &values)
    {
        const auto n = size_t(values.size());
        texts.reserve(n);
        pointers.reserve(n);
        lengths.reserve(n);
        formats.reserve(n);
        for (const QVariant &v : values) {
            int format = 0;
            QByteArray text;
            if (!v.isNull()) {
                switch (v.metaType().id()) {
                case QMetaType::Bool:
                    text = v.toBool() ? "true"_ba : "false"_ba;
                    break;
                case QMetaType::Int:
                case QMetaType::UInt:
                case QMetaType::LongLong:
                case QMetaType::ULongLong:
                    text = QByteArray::number(v.toLongLong());
                    break;
                case QMetaType::Double:
                    text = QByteArray::number(v.toDouble(), 'g', 17);
                    break;
                case QMetaType::QByteArray:
                    text = v.toByteArray();
                    format = 1;
                    break;
                default:
                    // A null QString is '' as QPSQL binds it; only a null QVariant is NULL.
                    text = v.toString().toUtf8();
                    break;
                }
            }
            texts.push_back(text);
            // A value's bytes are NUL-terminated by QByteArray; a null pointer is SQL NULL.
            pointers.push_back(v.isNull() ? nullptr : texts.back().constData());
            lengths.push_back(int(texts.back().size()));
            formats.push_back(format);
        }
    }
    std::vector<QByteArray> texts;
    std::vector<const char *> pointers;
    std::vector<int> lengths;
    std::vector<int> formats;
};

QString errorText(const char *message)
{
    return QString::fromUtf8(message).trimmed();
}

} // namespace

bool Pipeline::run(Connection *connection)
{
    const QList<Statement> statements = std::exchange(m_statements, {});
    m_error.clear();
    // What QPSQL left of a query read in single-row mode; its rows were read or are unwanted.
    while (PGresult *rest = PQgetResult(connection))
        PQclear(rest);
    if (!PQenterPipelineMode(connection)) {
        m_error = u"pipeline: "_s + errorText(PQerrorMessage(connection));
        return false;
    }
    int sent = 0;
    for (const Statement &s : statements) {
        const Parameters p(s.values);
        if (!PQsendQueryParams(connection, s.sql.constData(), int(p.pointers.size()), nullptr, p.pointers.data(),
                               p.lengths.data(), p.formats.data(), 0)) {
            m_error = u"send: "_s + errorText(PQerrorMessage(connection));
            break;
        }
        ++sent;
    }
    bool ok = sent == statements.size();
    // Every statement sent is answered before the sync, a failed one and those skipped after
    // it (PGRES_PIPELINE_ABORTED) too: each answer ends with a null result. Reading them all
    // up to the sync leaves the connection idle for QPSQL.
    if (!PQpipelineSync(connection)) {
        ok = false;
        if (m_error.isEmpty())
            m_error = u"sync: "_s + errorText(PQerrorMessage(connection));
    }
    auto take = [&](PGresult *result) {
        const ExecStatusType status = PQresultStatus(result);
        if (status == PGRES_FATAL_ERROR && m_error.isEmpty())
            m_error = u"exec: "_s + errorText(PQresultErrorMessage(result));
        if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK && status != PGRES_PIPELINE_SYNC)
            ok = false;
        PQclear(result);
    };
    for (int i = 0; i < sent && PQstatus(connection) == CONNECTION_OK; ++i) {
        while (PGresult *result = PQgetResult(connection))
            take(result);
    }
    if (PQstatus(connection) == CONNECTION_OK) {
        if (PGresult *sync = PQgetResult(connection))
            take(sync);
    } else {
        ok = false;
    }
    if (!PQexitPipelineMode(connection)) {
        ok = false;
        if (m_error.isEmpty())
            m_error = u"pipeline end: "_s + errorText(PQerrorMessage(connection));
    }
    if (!ok && m_error.isEmpty())
        m_error = u"exec: statement failed"_s;
    return ok;
}

} // namespace PgDirect
