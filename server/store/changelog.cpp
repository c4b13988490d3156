// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Appending to the change log, emitting entities by the table of entitychanges.cpp, pulling a
// device's share and compacting (ChangeLog, changelog.h).

#include "server/store/changelog.h"

#include "protocol/changes.h"
#include "protocol/requests.h"
#include "server/store/deferredrows.h"
#include "server/store/storehelpers.h"

#include <QHash>
#include <QSqlQuery>
#include <QSqlRecord>

#include <utility>

using namespace Qt::StringLiterals;

namespace Server {

using namespace StoreHelpers;

namespace {

Row rowOf(const QSqlQuery &q, int columns)
{
    Q_ASSERT(q.record().count() == columns);
    Row row;
    row.reserve(columns);
    for (int i = 0; i < columns; ++i)
        row.append(q.value(i));
    return row;
}

} // namespace

ChangeLog::ChangeLog(Session &session, DeferredRows &rows) : StorePart(session), m_rows(rows)
{
    session.track(this);
}

void ChangeLog::forgetTransaction()
{
    m_deferOpportunities = false;
    m_touchedOpportunities.clear();
    m_touchedSet.clear();
}

bool ChangeLog::append(Wire::Entity entity, const QString &id, Wire::ChangeOp op, const QString &scope,
                       const QVariant &site, const QVariant &device, const QVariant &person, const QJsonObject &data)
{
    return appendJson(entity, id, op, scope, site, device, person, compact(data));
}

bool ChangeLog::appendJson(Wire::Entity entity, const QString &id, Wire::ChangeOp op, const QString &scope,
                           const QVariant &site, const QVariant &device, const QVariant &person,
                           const QString &dataJson)
{
    const QVariantList row{Wire::toKey(entity), id, Wire::toKey(op), scope, site, device, person, dataJson};
    if (m_rows.isActive())
        return m_rows.addRow(u"change_log"_s, row);
    return bool(run(u"INSERT INTO change_log (entity, entity_id, op, scope, site_id, device_id, person_id, data) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
                    row));
}

// ---------------------------------------------------------------- entities (entitychanges.h)

bool ChangeLog::emitEntity(Wire::Entity entity, const QStringList &key)
{
    const EntityChange &source = entityChange(entity);
    Q_ASSERT(!source.row.isEmpty());
    if (source.inLists) {
        const QString &id = key.first();
        if (!m_deferOpportunities)
            return writeInLists(source, {id});
        if (!m_touchedSet.contains(id)) {
            m_touchedSet.insert(id);
            m_touchedOpportunities.append(id);
        }
        return true;
    }
    Row row;
    {
        auto q = run(source.row, {key.first()});
        if (!q || !q->next())
            return false;
        row = rowOf(*q, source.columns);
        q->finish();
    }
    QList<Row> more;
    if (!source.more.isEmpty()) {
        auto q = run(source.more, QVariantList(key.cbegin(), key.cend()));
        if (!q)
            return false;
        while (q->next())
            more.append(rowOf(*q, source.moreColumns));
    }
    return write(source, key, row, more);
}

bool ChangeLog::emitWritten(Wire::Entity entity, const QStringList &key, const Row &row)
{
    const EntityChange &source = entityChange(entity);
    Q_ASSERT(row.size() == source.columns);
    return write(source, key, row, {});
}

bool ChangeLog::write(const EntityChange &source, const QStringList &key, const Row &row, const QList<Row> &more)
{
    const auto data = source.data(key, row, more);
    if (!data)
        return false;
    auto column = [&](int c) {
        return c == EntityChange::kNone ? QVariant() : c == EntityChange::kKey ? QVariant(key.first()) : row.at(c);
    };
    return append(source.entity, key.size() == 1 ? key.first() : key.join(u'/'), Wire::ChangeOp::Upsert,
                  source.catalogue ? kCatalogue : kPersonal, column(source.scope.site),
                  column(source.scope.device), column(source.scope.person), *data);
}

bool ChangeLog::flushOpportunities()
{
    const QStringList ids = std::exchange(m_touchedOpportunities, {});
    m_touchedSet.clear();
    if (ids.isEmpty())
        return true;
    // Every sign-up changes its opportunity's places, so its rows came one per push: a kiosk
    // that pulled a second ago got a thousand rows for fifty opportunities at a thousand
    // pushes a second (docs/sync-protocol.md, "Superseded catalogue rows"). The row written
    // now supersedes the earlier ones; they go in the same transaction, under the write lock,
    // so a reader sees either the old row or the new one, never neither.
    return selectIn(u"DELETE FROM change_log WHERE entity = 'opportunity' AND entity_id IN (%1)"_s, {ids},
                    [](const QSqlQuery &) {})
        && writeInLists(entityChange(Wire::Entity::Opportunity), ids);
}

bool ChangeLog::writeInLists(const EntityChange &source, const QStringList &ids)
{
    // Read in lists of kRowsPerInsert (one statement each), written in the order given.
    QHash<QString, Row> rows;
    for (qsizetype first = 0; first < ids.size(); first += kRowsPerInsert) {
        const QStringList some = ids.mid(first, kRowsPerInsert);
        rows.clear();
        if (!selectIn(source.row, {some}, [&rows, &source](const QSqlQuery &q) {
                rows.insert(q.value(0).toString(), rowOf(q, source.columns));
            }))
            return false;
        for (const QString &id : some) {
            const auto row = rows.constFind(id);
            if (row == rows.cend()) {
                m_session.setError(Wire::toKey(source.entity) + u" vanished while its change was written"_s);
                return false;
            }
            if (!write(source, {id}, *row, {}))
                return false;
        }
    }
    return true;
}

// ---------------------------------------------------------------- pull and compaction

std::optional<PullPage> ChangeLog::pull(const Device &device, std::optional<qint64> cursor, int limit)
{
    PullPage page;
    // The kept history's floor and end in one statement (one round trip on PostgreSQL).
    auto bounds = run(u"SELECT (SELECT value FROM meta WHERE key = 'compacted_before'), "
                      "(SELECT COALESCE(MAX(seq), 0) FROM change_log)"_s);
    if (!bounds || !bounds->next())
        return std::nullopt;
    const qint64 floor = bounds->value(0).toLongLong();
    const qint64 maxSeq = bounds->value(1).toLongLong();
    bounds->finish();
    if (cursor && (*cursor < floor - 1 || *cursor > maxSeq)) {
        page.resetRequired = true;
        return page;
    }
    const qint64 from = cursor.value_or(0);
    // One fixed statement per device kind; the scope is in the WHERE clause, never in code
    // that could forget it. Two branches, each read in seq order by its own index (schema
    // step 15) and merged: the catalogue, and the device's own rows, which are never the
    // catalogue's (so no row comes twice).
    const QString catalogue = u"SELECT seq, entity, entity_id, op, data FROM change_log WHERE seq > ? AND "
                              "scope = 'catalogue' UNION ALL "
                              "SELECT seq, entity, entity_id, op, data FROM change_log WHERE seq > ? AND "
                              "scope <> 'catalogue' AND "_s;
    QString sql;
    QVariant scopeValue;
    const auto kind = Wire::deviceKindFromKey(device.kind);
    if (kind == Wire::DeviceKind::Kiosk) {
        sql = catalogue + u"device_id = ? AND entity = 'signup' ORDER BY seq LIMIT ?"_s;
        scopeValue = device.id;
    } else if (kind == Wire::DeviceKind::Phone) {
        sql = catalogue
            + u"person_id IN (SELECT person_id FROM device_person WHERE device_id = ?) ORDER BY seq LIMIT ?"_s;
        scopeValue = device.id;
    } else {
        // A staff tablet: its site's rows, and the rows for every staff tablet (scope 'staff',
        // which carry no site), each branch by its own index.
        sql = catalogue
            + u"site_id = ? UNION ALL SELECT seq, entity, entity_id, op, data FROM change_log WHERE seq > ? AND "
              "scope = 'staff' ORDER BY seq LIMIT ?"_s;
        scopeValue = device.site;
    }
    QVariantList binds{from, from, scopeValue, limit + 1};
    if (kind != Wire::DeviceKind::Kiosk && kind != Wire::DeviceKind::Phone)
        binds.insert(3, from);
    auto q = run(sql, binds);
    if (!q)
        return std::nullopt;
    page.cursor = from;
    while (q->next()) {
        if (page.changes.size() == limit) {
            page.more = true;
            break;
        }
        Change c{q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(), q->value(3).toString(), {}, {}};
        if (kind == Wire::DeviceKind::Kiosk && c.entity == Wire::toKey(Wire::Entity::Signup)) {
            // A kiosk learns the status by reference code, nothing about the person.
            const auto signup = Wire::signupChangeFromJson(parseObject(q->value(4)), QString());
            if (!signup.ok())
                return std::nullopt;
            c.data = Wire::toJson(signup.value.forKiosk());
        } else if (kind == Wire::DeviceKind::Phone && c.entity == Wire::toKey(Wire::Entity::Person)
                   && c.op == Wire::toKey(Wire::ChangeOp::Upsert)) {
            // The tenancy verdict is for the staff of the site, not for the tenant's phone (a
            // tombstone's data is '{}' and goes as it is).
            const auto person = Wire::personChangeFromJson(parseObject(q->value(4)), QString());
            if (!person.ok())
                return std::nullopt;
            c.data = Wire::toJson(person.value.forTenant());
        } else {
            c.dataJson = q->value(4).toString().toUtf8(); // written by compact(): one JSON object
        }
        page.cursor = c.seq;
        page.changes.append(c);
    }
    return page;
}

bool ChangeLog::compactChanges(qint64 beforeSeq)
{
    if (!beginWrite())
        return false;
    // Tombstones and rows superseded by a newer row for the same entity go; the newest
    // upsert of every live entity stays, so a device starting from scratch still gets it all.
    if (!run(u"DELETE FROM change_log WHERE seq < ? AND (op = 'delete' OR EXISTS (SELECT 1 FROM change_log newer "
             "WHERE newer.entity = change_log.entity AND newer.entity_id = change_log.entity_id "
             "AND newer.seq > change_log.seq))"_s,
             {beforeSeq})
        || !run(u"INSERT INTO meta (key, value) VALUES ('compacted_before', ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s,
                {QString::number(beforeSeq)})) {
        rollback();
        return false;
    }
    return commit();
}

} // namespace Server
