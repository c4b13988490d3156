// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/store/entitychanges.h"
#include "server/store/session.h"
#include "server/store/store.h"

#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace Server {

class DeferredRows;

// The change log is how devices learn what changed: every write appends the new state of
// what it touched, in commit order under the write lock, and a device pulls its share by
// cursor (the scope is in the pull's SQL, never in code that could forget it). See
// docs/sync-protocol.md, "Pull" and "Change-log order and concurrent writers".
class ChangeLog final : public StorePart, public TransactionState
{
public:
    // The scopes. "catalogue" rows are for every device; "personal" rows carry site, device
    // and person so the pull query can pick a device's share.
    static inline const QString kCatalogue = QStringLiteral("catalogue");
    static inline const QString kPersonal = QStringLiteral("personal");
    // Every staff tablet, whatever its site (the partner register): no site, device or person.
    static inline const QString kStaff = QStringLiteral("staff");

    ChangeLog(Session &session, DeferredRows &rows);

    // A change as given (written with the push's deferred rows while a push runs).
    bool append(Wire::Entity entity, const QString &id, Wire::ChangeOp op, const QString &scope, const QVariant &site,
                const QVariant &device, const QVariant &person, const QJsonObject &data);
    // The same with data already as compact JSON text.
    bool appendJson(Wire::Entity entity, const QString &id, Wire::ChangeOp op, const QString &scope,
                    const QVariant &site, const QVariant &device, const QVariant &person, const QString &dataJson);

    // The entity's current state as an upsert, read and built as entitychanges.h says. The
    // key is the entity's id (a balance's: person id and month). An opportunity is only
    // remembered while deferOpportunities() holds, and written by flushOpportunities().
    bool emitEntity(Wire::Entity entity, const QStringList &key);
    // The same from a row the caller has just written (in the columns of the entity's row in
    // entitychanges.h), without reading it back.
    bool emitWritten(Wire::Entity entity, const QStringList &key, const Row &row);

    // Inside push() and importCatalogue(): each opportunity gets one change-log row with its
    // final places and waitlist, written just before the transaction commits.
    void deferOpportunities() { m_deferOpportunities = true; }
    bool flushOpportunities();

    std::optional<PullPage> pull(const Device &device, std::optional<qint64> cursor, int limit);
    // Forgets rows before `beforeSeq` that are tombstones or superseded.
    bool compactChanges(qint64 beforeSeq);

    void forgetTransaction() override;

private:
    bool writeInLists(const EntityChange &source, const QStringList &ids);
    bool write(const EntityChange &source, const QStringList &key, const Row &row, const QList<Row> &more);

    DeferredRows &m_rows;
    // Opportunities whose change-log row is due before the commit, in first-touch order.
    bool m_deferOpportunities = false;
    QStringList m_touchedOpportunities;
    QSet<QString> m_touchedSet;
};

} // namespace Server
