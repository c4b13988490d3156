// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/store/pgdirect.h"

#include <QSqlDriver>
#include <QVariant>

#include <libpq-fe.h>

#include <atomic>
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

bool isBroken(Connection *connection)
{
    if (!connection)
        return false;
    // libpq marks the connection bad only when it reads the end of the stream: a server that
    // went away in the middle of a query leaves it looking busy. Only then read what waits
    // (never blocks); an idle, healthy connection costs no system call here.
    if (PQstatus(connection) == CONNECTION_OK && PQtransactionStatus(connection) != PQTRANS_IDLE)
        PQconsumeInput(connection);
    return PQstatus(connection) == CONNECTION_BAD;
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

// Distinct statement texts kept prepared per connection; beyond that, unnamed statements.
constexpr qsizetype kMaxPrepared = 256;

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
    // What was sent, in order: each answers with its results and then a null result. A
    // statement text seen for the first time is prepared first (up to kMaxPrepared texts).
    struct Sent
    {
        QByteArray prepares; // the text a Parse message names, else empty
        QByteArray name;
    };
    QList<Sent> sent;
    QHash<QByteArray, QByteArray> preparing; // in this round trip
    for (const Statement &s : statements) {
        const Parameters p(s.values);
        const int n = int(p.pointers.size());
        QByteArray name = m_prepared.value(s.sql, preparing.value(s.sql));
        if (name.isEmpty() && m_prepared.size() + preparing.size() < kMaxPrepared) {
            // Unique in the process, so also on the connection whichever Pipeline named it.
            static std::atomic<int> lastName = 0;
            name = "meedoen_pgdirect_" + QByteArray::number(++lastName);
            preparing.insert(s.sql, name);
            if (!PQsendPrepare(connection, name.constData(), s.sql.constData(), n, nullptr)) {
                m_error = u"send: "_s + errorText(PQerrorMessage(connection));
                break;
            }
            sent.append({s.sql, name});
        }
        const bool queued = name.isEmpty()
            ? PQsendQueryParams(connection, s.sql.constData(), n, nullptr, p.pointers.data(), p.lengths.data(),
                                p.formats.data(), 0)
            : PQsendQueryPrepared(connection, name.constData(), n, p.pointers.data(), p.lengths.data(),
                                  p.formats.data(), 0);
        if (!queued) {
            m_error = u"send: "_s + errorText(PQerrorMessage(connection));
            break;
        }
        sent.append(Sent{});
    }
    bool ok = m_error.isEmpty();
    if (!PQpipelineSync(connection)) {
        ok = false;
        if (m_error.isEmpty())
            m_error = u"sync: "_s + errorText(PQerrorMessage(connection));
    }
    auto take = [&](PGresult *result, const Sent &what = {}) {
        const ExecStatusType status = PQresultStatus(result);
        if (status == PGRES_COMMAND_OK && !what.prepares.isEmpty())
            m_prepared.insert(what.prepares, what.name);
        if (status == PGRES_FATAL_ERROR && m_error.isEmpty())
            m_error = u"exec: "_s + errorText(PQresultErrorMessage(result));
        if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK && status != PGRES_PIPELINE_SYNC)
            ok = false;
        PQclear(result);
    };
    for (qsizetype i = 0; i < sent.size() && PQstatus(connection) == CONNECTION_OK; ++i) {
        while (PGresult *result = PQgetResult(connection))
            take(result, sent.at(i));
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
