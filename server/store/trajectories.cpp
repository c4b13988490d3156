// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// A tenant's route up the ladder on the server (Trajectories, trajectories.h).

#include "server/store/trajectories.h"
#include "server/store/auditlog.h"
#include "server/store/changelog.h"
#include "server/store/scope.h"
#include "server/store/storehelpers.h"

#include "protocol/changes.h"
#include "protocol/mutation.h"

#include <QHash>

using namespace Qt::StringLiterals;
using namespace Meedoen;

namespace Server {

using namespace StoreHelpers;

namespace {

// A refusal of a trajectory step that names the payload field it is about.
Wire::Outcome refusedField(qint64 seq, Wire::Reason reason, const QString &field)
{
    Wire::Outcome o = Wire::Outcome::refused(seq, reason);
    o.field = field;
    return o;
}

} // namespace

std::optional<Wire::Outcome> Trajectories::applyStep(const Device &device, const Mutation &m, const QDateTime &now,
                                                     const QStringList &sites)
{
    const auto &payload = m.as<Wire::TrajectoryStepPayload>();
    const QString &personId = payload.personId;
    auto q = run(u"SELECT p.site_id, p.erased_at, p.data, s.neighbourhood FROM person p LEFT JOIN site s "
                 "ON s.id = p.site_id WHERE p.id = ?"_s,
                 {personId});
    if (!q)
        return std::nullopt;
    if (!q->next() || !q->value(1).toString().isEmpty())
        return refusedField(m.seq, Wire::Reason::PersonUnknown, u"personId"_s);
    const QString site = q->value(0).toString();
    const auto stored = Wire::personChangeFromJson(parseObject(q->value(2)), QString());
    QString neighbourhood = q->value(3).toString();
    q->finish();
    if (!sites.contains(site)) {
        Scope::refused(device, m.kind);
        return refusedField(m.seq, Wire::Reason::PersonUnknown, u"personId"_s);
    }
    // The tenant's own neighbourhood when they named one, else their site's.
    if (stored.ok() && !stored.value.person.neighbourhoods.isEmpty())
        neighbourhood = stored.value.person.neighbourhoods.first();

    // Without the consent nothing is kept: the step is refused, naming the consent.
    const auto consent = consentStands(personId, kTrajectoryConsent.toString());
    if (!consent)
        return std::nullopt;
    if (!*consent) {
        Wire::Outcome refused = refusedField(m.seq, Wire::Reason::ConsentMissing, u"personId"_s);
        refused.purpose = kTrajectoryConsent.toString();
        refused.personId = personId;
        return refused;
    }
    const auto all = ladders();
    if (!all)
        return std::nullopt;
    const Ladder *ladder = ladderFor(*all, payload.route);
    if (!ladder || !ladder->has(payload.rung))
        return refusedField(m.seq, Wire::Reason::RungUnknown, u"rung"_s);
    if (payload.date > now.toUTC().date().addDays(1)) // a day's grace for time zones
        return refusedField(m.seq, Wire::Reason::DateInFuture, u"date"_s);
    const auto exists = scalar(u"SELECT COUNT(*) FROM trajectory_step WHERE id = ?"_s, {payload.stepId});
    if (!exists)
        return std::nullopt;
    if (exists->toInt() > 0)
        return refusedField(m.seq, Wire::Reason::EntryExists, u"stepId"_s);

    if (!run(u"INSERT INTO trajectory_step (id, person_id, site_id, route, rung, step_date, note, goal, goal_review, "
             "neighbourhood, staff_id, device_id, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
             {payload.stepId, personId, site, payload.route, payload.rung, payload.date.toString(Qt::ISODate),
              QString(payload.note + u""_s), QString(payload.goal + u""_s), // never NULL
              payload.goalReview.isValid() ? QVariant(payload.goalReview.toString(Qt::ISODate)) : QVariant(),
              QString(neighbourhood + u""_s), payload.staffId, device.id, isoUtc(now)})
        || !m_changes.emitEntity(Wire::Entity::TrajectoryStep, {payload.stepId})
        // Ids and keys only: the rung, date and note stay in trajectory_step.
        || !m_audit.record(device, m, now, site, Wire::Entity::TrajectoryStep, payload.stepId))
        return std::nullopt;
    Wire::Outcome accepted = Wire::Outcome::accepted(m.seq);
    accepted.personId = personId;
    accepted.stepId = payload.stepId;
    return accepted;
}

bool Trajectories::forget(const QString &personId)
{
    struct Seen
    {
        QString id;
        QVariant site, device;
    };
    QList<Seen> seen;
    const QString entity = Wire::toKey(Wire::Entity::TrajectoryStep);
    {
        auto c = run(u"SELECT DISTINCT entity_id, site_id, device_id FROM change_log WHERE person_id = ? AND entity = ?"_s,
                     {personId, entity});
        if (!c)
            return false;
        while (c->next())
            seen.append({c->value(0).toString(), c->value(1), c->value(2)});
    }
    if (!run(u"DELETE FROM change_log WHERE person_id = ? AND entity = ?"_s, {personId, entity})
        || !run(u"DELETE FROM trajectory_step WHERE person_id = ?"_s, {personId}))
        return false;
    for (const Seen &s : std::as_const(seen)) {
        if (!m_changes.append(Wire::Entity::TrajectoryStep, s.id, Wire::ChangeOp::Delete, ChangeLog::kPersonal, s.site,
                              s.device, personId, {}))
            return false;
    }
    return true;
}

std::optional<QList<Ladder>> Trajectories::ladders()
{
    QList<Ladder> out = participatieLadders();
    auto q = run(u"SELECT data FROM ladder"_s);
    if (!q)
        return std::nullopt;
    while (q->next()) {
        const auto l = Wire::ladderFromJson(parseObject(q->value(0)), QString());
        if (!l.ok())
            continue; // written by importLadders() only; a bad row keeps the default
        for (Ladder &existing : out) {
            if (existing.route == l.value.route)
                existing = l.value;
        }
    }
    return out;
}

std::optional<QString> Trajectories::importLadders(const QList<Ladder> &ladders)
{
    if (const QString problem = ladderProblem(ladders); !problem.isEmpty())
        return problem;
    if (!beginWrite())
        return std::nullopt;
    QHash<QString, QString> stored;
    {
        auto q = run(u"SELECT route, data FROM ladder"_s);
        if (!q) {
            rollback();
            return std::nullopt;
        }
        while (q->next())
            stored.insert(q->value(0).toString(), q->value(1).toString());
    }
    for (const Ladder &l : ladders) {
        const QString data = compact(Wire::toJson(l));
        const auto old = stored.constFind(l.route);
        const bool same = old != stored.cend() && *old == data;
        const bool had = old != stored.cend();
        if (had)
            stored.erase(old);
        if (same)
            continue;
        if (!(had ? run(u"UPDATE ladder SET data = ? WHERE route = ?"_s, {data, l.route})
                  : run(u"INSERT INTO ladder (route, data) VALUES (?, ?)"_s, {l.route, data}))
            || !m_changes.appendJson(Wire::Entity::Ladder, l.route, Wire::ChangeOp::Upsert, ChangeLog::kCatalogue,
                                     QVariant(), QVariant(), QVariant(), data)) {
            rollback();
            return std::nullopt;
        }
    }
    // Routes no longer configured: back to the default on every device.
    for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
        if (!run(u"DELETE FROM ladder WHERE route = ?"_s, {it.key()})
            || !m_changes.append(Wire::Entity::Ladder, it.key(), Wire::ChangeOp::Delete, ChangeLog::kCatalogue,
                                 QVariant(), QVariant(), QVariant(), {})) {
            rollback();
            return std::nullopt;
        }
    }
    if (!commit())
        return std::nullopt;
    return QString();
}

std::optional<QList<TrajectoryStep>> Trajectories::steps(const QStringList &sites)
{
    QList<TrajectoryStep> out;
    auto q = run(u"SELECT id, person_id, site_id, route, rung, step_date, note, staff_id, neighbourhood, received_at "
                 "FROM trajectory_step ORDER BY step_date, received_at, id"_s);
    if (!q)
        return std::nullopt;
    while (q->next()) {
        if (!sites.isEmpty() && !sites.contains(q->value(2).toString()))
            continue;
        out.append({q->value(0).toString(), q->value(1).toString(), q->value(3).toString(), q->value(4).toInt(),
                    QDate::fromString(q->value(5).toString(), Qt::ISODate), q->value(6).toString(),
                    q->value(7).toString(), q->value(8).toString(),
                    QDateTime::fromString(q->value(9).toString(), Qt::ISODateWithMs), q->value(2).toString()});
    }
    return out;
}

} // namespace Server
