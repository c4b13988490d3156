// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// A push's rows, written late and together (DeferredRows, deferredrows.h): the tuned part of a
// batch's write on both databases.

#include "server/store/deferredrows.h"
#include "server/store/pgdirect.h"
#include "server/store/storehelpers.h"
#include "sqlite/sqlitedirect.h"

using namespace Qt::StringLiterals;

namespace Server {

using namespace StoreHelpers;

namespace {

// The tables push() writes with multi-row INSERTs (DeferredRows::addRow), in flush order.
struct DeferredTable
{
    QLatin1StringView name;
    QLatin1StringView insert;
    QLatin1StringView tail;
    int width;
};
constexpr DeferredTable kDeferredTables[] = {
    {"person"_L1,
     "INSERT INTO person (id, personal_code, date_of_birth, site_id, device_id, created_at, data) VALUES"_L1, ""_L1,
     7},
    {"signup"_L1,
     "INSERT INTO signup (id, reference_code, person_id, opportunity_id, site_id, device_id, state, "
     "waitlist_position, decline_reason, arrival, created_at, received_at, data) VALUES"_L1,
     ""_L1, 13},
    {"consent"_L1, "INSERT INTO consent (person_id, purpose, text_version, given_at, withdrawn_at, language) VALUES"_L1,
     " ON CONFLICT (person_id, purpose, given_at) DO NOTHING"_L1, 6},
    // The areas import (Areas::importAreas): each postcode once per import.
    {"postcode_area"_L1, "INSERT INTO postcode_area (postcode, data) VALUES"_L1,
     " ON CONFLICT (postcode) DO UPDATE SET data = excluded.data"_L1, 2},
    {"change_log"_L1,
     "INSERT INTO change_log (entity, entity_id, op, scope, site_id, device_id, person_id, data) VALUES"_L1, ""_L1, 8},
    {"mutation"_L1,
     "INSERT INTO mutation (device_id, seq, mutation_id, kind, payload_hash, outcome, device_time, received_at, "
     "clock_skewed) VALUES"_L1,
     ""_L1, 9},
};

} // namespace

DeferredRows::DeferredRows(Session &session) : StorePart(session)
{
    session.track(this);
}

void DeferredRows::forgetTransaction()
{
    m_active = false;
    m_rows.clear();
    m_statements.clear();
    m_confirmedDelta.clear();
    m_confirmedOrder.clear();
}

bool DeferredRows::addRow(const QString &table, const QVariantList &row)
{
    m_rows[table].append(row);
    return true;
}

void DeferredRows::deferStatement(const QString &sql, const QVariantList &binds)
{
    Q_ASSERT(m_active);
    m_statements.append({sql, binds});
}

void DeferredRows::addConfirmed(const QString &opportunityId)
{
    if (!m_confirmedDelta.contains(opportunityId))
        m_confirmedOrder.append(opportunityId);
    ++m_confirmedDelta[opportunityId];
}

QString DeferredRows::numbered(const QString &sql)
{
    // libpq takes $1, $2, …; the store's SQL has no '?' other than placeholders.
    QString text;
    text.reserve(sql.size() + 16);
    int n = 0;
    for (QChar c : sql) {
        if (c == u'?')
            text += u'$' + QString::number(++n);
        else
            text += c;
    }
    return text;
}

bool DeferredRows::insertRowsDirect(sqlite3 *handle, const QString &sql, const QString &tail, int width,
                                    const QVariantList &values)
{
    // One row per step of one prepared statement: with SQLite that costs no round trip, and
    // binding straight to it skips QtSql's per-value work, the larger part of a batch's write.
    SqliteDirect::Statement insert(handle, sql + u" ("_s + placeholders(width) + u')' + tail);
    for (qsizetype first = 0; first < values.size(); first += width) {
        if (!insert.run(values.mid(first, width))) {
            m_session.setError(u"exec: "_s + insert.error());
            qCWarning(lcStore).noquote() << m_session.lastError();
            return false;
        }
    }
    return true;
}

void DeferredRows::addInserts(PgDirect::Pipeline &pipeline, const QString &sql, const QString &tail, int width,
                              const QVariantList &values)
{
    // Multi-row INSERTs, "… VALUES ($1, $2), ($3, $4)", of 128, 64, …, 2 or 1 rows: a run of
    // 100 rows is 64 + 32 + 4. A handful of statement texts per table, each prepared once.
    const qsizetype rows = values.size() / width;
    for (qsizetype first = 0; first < rows;) {
        qsizetype n = kRowsPerInsert;
        while (n > rows - first)
            n /= 2;
        QString text = sql;
        for (qsizetype i = 0; i < n * width; ++i) {
            text += i % width == 0 ? (i == 0 ? u" ($"_s : u"), ($"_s) : u", $"_s;
            text += QString::number(i + 1);
        }
        text += u')' + tail;
        pipeline.add(text, values.mid(first * width, n * width));
        first += n;
    }
}

bool DeferredRows::flush()
{
    // PostgreSQL gets every statement below in one pipeline (one round trip, values as
    // parameters: PgDirect); SQLite, in-process, runs them one by one.
    PgDirect::Pipeline *pipeline = m_session.pipeline();
    const bool pipelined = pipeline != nullptr;
    auto statement = [&](const QString &sql, const QVariantList &binds) {
        if (pipelined)
            pipeline->add(numbered(sql), binds);
        return pipelined || bool(run(sql, binds));
    };
    for (const auto &[sql, binds] : std::exchange(m_statements, {})) {
        if (!statement(sql, binds))
            return false;
    }
    // Places first: the opportunities' change-log rows (ChangeLog::flushOpportunities) read them.
    for (const QString &id : std::as_const(m_confirmedOrder)) {
        const int delta = m_confirmedDelta.value(id);
        if (delta != 0 && !statement(u"UPDATE opportunity SET confirmed = confirmed + ? WHERE id = ?"_s, {delta, id}))
            return false;
    }
    m_confirmedDelta.clear();
    m_confirmedOrder.clear();
    sqlite3 *sqlite = pipelined ? nullptr : SqliteDirect::handle(m_session.db());
    for (const DeferredTable &t : kDeferredTables) {
        const QVariantList rows = m_rows.take(QString(t.name));
        if (rows.isEmpty())
            continue;
        if (pipelined)
            addInserts(*pipeline, QString(t.insert), QString(t.tail), t.width, rows);
        else if (!insertRowsDirect(sqlite, QString(t.insert), QString(t.tail), t.width, rows))
            return false;
    }
    if (!pipelined || pipeline->isEmpty())
        return true;
    PgDirect::Connection *connection = PgDirect::handle(m_session.db());
    if (!connection || !pipeline->run(connection)) {
        m_session.setError(connection ? pipeline->error() : u"no libpq connection"_s);
        qCWarning(lcStore).noquote() << m_session.lastError();
        return false;
    }
    return true;
}

} // namespace Server
