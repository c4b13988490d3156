// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/store/session.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <utility>

struct sqlite3;

namespace Server {

// Rows per multi-row INSERT, and ids per list the change log reads at once: few distinct
// statement texts to prepare, well below SQLite's and PostgreSQL's limits on bound parameters.
inline constexpr int kRowsPerInsert = 128;

// Inside a push, the rows nothing in the batch reads back (persons, sign-ups, consents,
// change-log rows, mutation records) wait here and go to the database as one multi-row
// INSERT per table (one round trip instead of one per row on PostgreSQL), in the order they
// were added, before anything else could read those tables: flush() runs before a
// withdrawal, link or staff mutation, before a sign-up's stored outcome is read, and before
// the commit. docs/sync-protocol.md, "Exactly once", says why.
class DeferredRows final : public StorePart, public TransactionState
{
public:
    explicit DeferredRows(Session &session);

    // Rows are deferred between start() and stop() (a push); otherwise they are written at once.
    void start() { m_active = true; }
    void stop() { m_active = false; }
    bool isActive() const { return m_active; }

    // A row of "person", "signup", "consent", "change_log" or "mutation".
    bool addRow(const QString &table, const QVariantList &row);
    // A statement for flush() to run before the rows (only while rows are deferred).
    void deferStatement(const QString &sql, const QVariantList &binds);
    // A place a sign-up of this batch confirmed: not yet in opportunity.confirmed, written
    // once per opportunity by flush() (the capacity check adds it, so the decision is the
    // same as with one UPDATE per sign-up; the CHECK on opportunity still guards it then).
    void addConfirmed(const QString &opportunityId);
    bool flush();

    void forgetTransaction() override;

private:
    // The SQL with its '?' placeholders as libpq's $1, $2, ….
    static QString numbered(const QString &sql);
    bool insertRowsDirect(sqlite3 *handle, const QString &sql, const QString &tail, int width,
                          const QVariantList &values);
    static void addInserts(PgDirect::Pipeline &pipeline, const QString &sql, const QString &tail, int width,
                           const QVariantList &values);

    bool m_active = false;
    QHash<QString, QVariantList> m_rows;
    QList<std::pair<QString, QVariantList>> m_statements;
    QHash<QString, int> m_confirmedDelta;
    QStringList m_confirmedOrder;
};

} // namespace Server
