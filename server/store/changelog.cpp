// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Appending to the change log, emitting entities, pulling a device's share and compacting
// (ChangeLog, changelog.h).

#include "server/store/changelog.h"
#include "server/store/deferredrows.h"
#include "server/store/storehelpers.h"

#include "core/domain.h"
#include "protocol/wire.h"

#include <QHash>
#include <QSqlQuery>
#include <QDateTime>
#include <QJsonArray>

#include <utility>

using namespace Qt::StringLiterals;
using namespace Meedoen;

namespace Server {

using namespace StoreHelpers;

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

bool ChangeLog::append(const QString &entity, const QString &id, const QString &op, const QString &scope,
                       const QVariant &site, const QVariant &device, const QVariant &person, const QJsonObject &data)
{
    return appendJson(entity, id, op, scope, site, device, person, compact(data));
}

bool ChangeLog::appendJson(const QString &entity, const QString &id, const QString &op, const QString &scope,
                           const QVariant &site, const QVariant &device, const QVariant &person,
                           const QString &dataJson)
{
    if (m_rows.isActive())
        return m_rows.addRow(u"change_log"_s, {entity, id, op, scope, site, device, person, dataJson});
    return bool(run(u"INSERT INTO change_log (entity, entity_id, op, scope, site_id, device_id, person_id, data) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
                    {entity, id, op, scope, site, device, person, dataJson}));
}

// ---------------------------------------------------------------- entities

bool ChangeLog::emitOpportunity(const QString &id)
{
    if (!m_deferOpportunities)
        return writeOpportunityChanges({id});
    if (!m_touchedSet.contains(id)) {
        m_touchedSet.insert(id);
        m_touchedOpportunities.append(id);
    }
    return true;
}

bool ChangeLog::flushOpportunities()
{
    const QStringList ids = std::exchange(m_touchedOpportunities, {});
    m_touchedSet.clear();
    return writeOpportunityChanges(ids);
}

bool ChangeLog::writeOpportunityChanges(const QStringList &ids)
{
    // Read in lists of kRowsPerInsert (one statement each), written in the order given.
    struct OpportunityChange
    {
        QJsonObject data;
        QVariant site;
    };
    QHash<QString, OpportunityChange> changes;
    for (qsizetype first = 0; first < ids.size(); first += kRowsPerInsert) {
        const QStringList some = ids.mid(first, kRowsPerInsert);
        changes.clear();
        if (!selectIn(u"SELECT id, data, confirmed, site_id, (SELECT COUNT(*) FROM signup WHERE "
                      "signup.opportunity_id = opportunity.id AND signup.state = 'waitlisted') "
                      "FROM opportunity WHERE id IN (%1)"_s,
                      {some}, [&changes](const QSqlQuery &q) {
                          QJsonObject data = parseObject(q.value(1));
                          data.insert(u"placesTaken"_s, q.value(2).toInt());
                          data.insert(u"waitlistLength"_s, q.value(4).toInt());
                          changes.insert(q.value(0).toString(), {data, q.value(3)});
                      })) {
            return false;
        }
        for (const QString &id : some) {
            const auto change = changes.constFind(id);
            if (change == changes.cend()) {
                m_session.setError(u"opportunity vanished while its change was written"_s);
                return false;
            }
            if (!append(u"opportunity"_s, id, u"upsert"_s, kCatalogue, change->site, QVariant(), QVariant(),
                        change->data))
                return false;
        }
    }
    return true;
}

std::optional<QJsonObject> ChangeLog::emitSignup(const QString &id)
{
    auto q = run(u"SELECT reference_code, person_id, opportunity_id, site_id, device_id, state, waitlist_position, "
                 "decline_reason, arrival, version, message_to_tenant, placement FROM signup WHERE id = ?"_s,
                 {id});
    if (!q || !q->next())
        return std::nullopt;
    QJsonObject data{{u"id"_s, id},
                     {u"referenceCode"_s, q->value(0).toString()},
                     {u"personId"_s, q->value(1).toString()},
                     {u"opportunityId"_s, q->value(2).toString()},
                     {u"state"_s, q->value(5).toString()},
                     {u"waitlistPosition"_s, q->value(6).toInt()},
                     {u"arrival"_s, double(q->value(8).toLongLong())},
                     {u"version"_s, double(q->value(9).toLongLong())}};
    if (!q->value(7).toString().isEmpty())
        data.insert(u"declineReason"_s, q->value(7).toString());
    if (!q->value(10).toString().isEmpty())
        data.insert(u"messageToTenant"_s, q->value(10).toString());
    if (!q->value(11).toString().isEmpty())
        data.insert(u"placement"_s, q->value(11).toString());
    const QVariant site = q->value(3), device = q->value(4), person = q->value(1);
    q->finish();
    if (!append(u"signup"_s, id, u"upsert"_s, kPersonal, site, device, person, data))
        return std::nullopt;
    return data;
}

bool ChangeLog::emitPerson(const QString &personId)
{
    auto q = run(u"SELECT data, site_id, device_id, agreed_minutes FROM person WHERE id = ?"_s, {personId});
    if (!q || !q->next())
        return false;
    QJsonObject data = parseObject(q->value(0));
    const QVariant site = q->value(1), device = q->value(2);
    data.insert(u"agreedMinutesPerMonth"_s, q->value(3).toInt());
    q->finish();
    QJsonArray consents;
    {
        auto c = run(u"SELECT purpose, text_version, given_at, withdrawn_at FROM consent WHERE person_id = ? "
                     "ORDER BY given_at, purpose"_s,
                     {personId});
        if (!c)
            return false;
        while (c->next()) {
            ConsentRecord r{personId, c->value(0).toString(), c->value(1).toString(),
                            QDateTime::fromString(c->value(2).toString(), Qt::ISODateWithMs),
                            QDateTime::fromString(c->value(3).toString(), Qt::ISODateWithMs)};
            consents.append(Wire::toJson(r));
        }
    }
    data.insert(u"consents"_s, consents);
    return append(u"person"_s, personId, u"upsert"_s, kPersonal, site, device, personId, data);
}

bool ChangeLog::emitHours(const QString &entryId)
{
    auto q = run(u"SELECT person_id, opportunity_id, site_id, work_date, minutes, note, corrects_id, staff_id, "
                 "device_id, created_at, verified_by, verified_at FROM hours WHERE id = ?"_s,
                 {entryId});
    if (!q || !q->next())
        return false;
    QJsonObject data{{u"id"_s, entryId},
                     {u"personId"_s, q->value(0).toString()},
                     {u"opportunityId"_s, q->value(1).toString()},
                     {u"date"_s, q->value(3).toString()},
                     {u"minutes"_s, q->value(4).toInt()},
                     {u"note"_s, q->value(5).toString()},
                     {u"loggedBy"_s, q->value(7).toString().isEmpty() ? u"tenant"_s : u"staff"_s},
                     {u"createdAt"_s, q->value(9).toString()},
                     {u"verified"_s, !q->value(10).toString().isEmpty()}};
    if (!q->value(6).toString().isEmpty())
        data.insert(u"correctsEntryId"_s, q->value(6).toString());
    if (!q->value(7).toString().isEmpty())
        data.insert(u"staffId"_s, q->value(7).toString());
    if (!q->value(10).toString().isEmpty()) {
        data.insert(u"verifiedBy"_s, q->value(10).toString());
        data.insert(u"verifiedAt"_s, q->value(11).toString());
    }
    const QVariant person = q->value(0), site = q->value(2), device = q->value(8);
    q->finish();
    const auto correction = scalar(u"SELECT id FROM hours WHERE corrects_id = ?"_s, {entryId});
    if (!correction)
        return false;
    if (!correction->isNull())
        data.insert(u"supersededBy"_s, correction->toString());
    return append(u"hours"_s, entryId, u"upsert"_s, kPersonal, site, device, person, data);
}

bool ChangeLog::emitBalance(const QString &personId, const QString &month)
{
    auto p = run(u"SELECT site_id, device_id, agreed_minutes FROM person WHERE id = ?"_s, {personId});
    if (!p || !p->next())
        return false;
    const QVariant site = p->value(0), device = p->value(1);
    const int agreed = p->value(2).toInt();
    p->finish();
    // Effective entries: those no correction points at.
    auto q = run(u"SELECT COALESCE(SUM(h.minutes), 0), COALESCE(SUM(CASE WHEN h.verified_by IS NULL THEN 0 "
                 "ELSE h.minutes END), 0) FROM hours h WHERE h.person_id = ? AND substr(h.work_date, 1, 7) = ? "
                 "AND NOT EXISTS (SELECT 1 FROM hours c WHERE c.corrects_id = h.id)"_s,
                 {personId, month});
    if (!q || !q->next())
        return false;
    const int logged = q->value(0).toInt();
    const int verified = q->value(1).toInt();
    q->finish();
    const QString id = personId + u'/' + month;
    const QJsonObject data{{u"id"_s, id},
                           {u"personId"_s, personId},
                           {u"month"_s, month},
                           {u"agreedMinutes"_s, agreed},
                           {u"loggedMinutes"_s, logged},
                           {u"verifiedMinutes"_s, verified},
                           {u"balanceMinutes"_s, logged - agreed}};
    return append(u"balance"_s, id, u"upsert"_s, kPersonal, site, device, personId, data);
}

bool ChangeLog::emitDecision(const QString &decisionId)
{
    auto q = run(u"SELECT signup_id, site_id, staff_id, device_id, decision, reason, message, seen_version, "
                 "current_version, status, refusal, device_time, received_at FROM decision WHERE id = ?"_s,
                 {decisionId});
    if (!q || !q->next())
        return false;
    QJsonObject data{{u"id"_s, decisionId},
                     {u"signupId"_s, q->value(0).toString()},
                     {u"staffId"_s, q->value(2).toString()},
                     {u"deviceId"_s, q->value(3).toString()},
                     {u"decision"_s, q->value(4).toString()},
                     {u"reason"_s, q->value(5).toString()},
                     {u"messageToTenant"_s, q->value(6).toString()},
                     {u"seenVersion"_s, double(q->value(7).toLongLong())},
                     {u"currentVersion"_s, double(q->value(8).toLongLong())},
                     {u"status"_s, q->value(9).toString()},
                     {u"deviceTime"_s, q->value(11).toString()},
                     {u"decidedAt"_s, q->value(12).toString()}};
    if (!q->value(10).toString().isEmpty())
        data.insert(u"refusal"_s, q->value(10).toString());
    const QVariant site = q->value(1), device = q->value(3);
    q->finish();
    // No person_id: a decision (with its internal reason) is for staff, never for a phone.
    return append(u"decision"_s, decisionId, u"upsert"_s, kPersonal, site, device, QVariant(), data);
}

// ---------------------------------------------------------------- pull and compaction

std::optional<PullPage> ChangeLog::pull(const Device &device, std::optional<qint64> cursor, int limit)
{
    PullPage page;
    const auto floor = scalar(u"SELECT value FROM meta WHERE key = 'compacted_before'"_s);
    const auto maxSeq = scalar(u"SELECT COALESCE(MAX(seq), 0) FROM change_log"_s);
    if (!floor || !maxSeq)
        return std::nullopt;
    if (cursor && (*cursor < floor->toLongLong() - 1 || *cursor > maxSeq->toLongLong())) {
        page.resetRequired = true;
        return page;
    }
    const qint64 from = cursor.value_or(0);
    // One fixed statement per device kind; the scope is in the WHERE clause, never in code
    // that could forget it.
    QString sql;
    QVariant scopeValue;
    if (device.kind == "kiosk"_L1) {
        sql = u"SELECT seq, entity, entity_id, op, data FROM change_log WHERE seq > ? AND "
              "(scope = 'catalogue' OR (entity = 'signup' AND device_id = ?)) ORDER BY seq LIMIT ?"_s;
        scopeValue = device.id;
    } else if (device.kind == "phone"_L1) {
        sql = u"SELECT seq, entity, entity_id, op, data FROM change_log WHERE seq > ? AND "
              "(scope = 'catalogue' OR person_id IN (SELECT person_id FROM device_person WHERE device_id = ?)) "
              "ORDER BY seq LIMIT ?"_s;
        scopeValue = device.id;
    } else {
        sql = u"SELECT seq, entity, entity_id, op, data FROM change_log WHERE seq > ? AND "
              "(scope = 'catalogue' OR site_id = ?) ORDER BY seq LIMIT ?"_s;
        scopeValue = device.site;
    }
    auto q = run(sql, {from, scopeValue, limit + 1});
    if (!q)
        return std::nullopt;
    page.cursor = from;
    while (q->next()) {
        if (page.changes.size() == limit) {
            page.more = true;
            break;
        }
        Change c{q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(), q->value(3).toString(), {}, {}};
        if (device.kind == "kiosk"_L1 && c.entity == "signup"_L1) {
            // A kiosk learns the status by reference code, nothing about the person.
            const QJsonObject data = parseObject(q->value(4));
            for (const QString &key : {u"id"_s, u"referenceCode"_s, u"opportunityId"_s, u"state"_s, u"waitlistPosition"_s})
                c.data.insert(key, data.value(key));
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
