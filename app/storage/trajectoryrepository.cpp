// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/trajectoryrepository.h"

#include "core/isotime.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;
using namespace Meedoen;

namespace {

bool run(const QSqlDatabase &db, const QString &sql, const QVariantList &values, QSqlQuery *out = nullptr)
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    const bool ok = q.exec();
    if (out)
        *out = std::move(q);
    return ok;
}

QString orEmpty(const QString &s)
{
    return s.isNull() ? u""_s : s;
}

const QString kStepColumns = u"id, person_id, route, rung, step_date, note, staff_id, neighbourhood, recorded_at, "
                             "goal, goal_review, site_id"_s;

Wire::TrajectoryStepChange stepOf(const QSqlQuery &q)
{
    Wire::TrajectoryStepChange s;
    s.id = q.value(0).toString();
    s.personId = q.value(1).toString();
    s.route = q.value(2).toString();
    s.rung = q.value(3).toInt();
    s.date = QDate::fromString(q.value(4).toString(), Qt::ISODate);
    s.note = q.value(5).toString();
    s.staffId = q.value(6).toString();
    s.neighbourhood = q.value(7).toString();
    s.recordedAt = QDateTime::fromString(q.value(8).toString(), Qt::ISODateWithMs);
    s.goal = q.value(9).toString();
    s.goalReview = QDate::fromString(q.value(10).toString(), Qt::ISODate);
    s.site = q.value(11).toString();
    return s;
}

} // namespace

bool TrajectoryRepository::keepPulled(const Wire::TrajectoryStepChange &s)
{
    return run(m_db,
               u"INSERT INTO trajectory_step (id, person_id, route, rung, step_date, note, staff_id, neighbourhood, "
               "recorded_at, goal, goal_review, site_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
               "rung = excluded.rung, step_date = excluded.step_date, note = excluded.note, goal = excluded.goal, "
               "goal_review = excluded.goal_review, neighbourhood = excluded.neighbourhood"_s,
               {s.id, s.personId, s.route, s.rung, orEmpty(isoDate(s.date)), orEmpty(s.note), orEmpty(s.staffId),
                orEmpty(s.neighbourhood), isoUtc(s.recordedAt), orEmpty(s.goal), orEmpty(isoDate(s.goalReview)), orEmpty(s.site)});
}

bool TrajectoryRepository::removePulled(const QString &stepId)
{
    return run(m_db, u"DELETE FROM trajectory_step WHERE id = ?"_s, {stepId});
}

bool TrajectoryRepository::removePerson(const QString &personId)
{
    return run(m_db, u"DELETE FROM trajectory_step WHERE person_id = ?"_s, {personId});
}

bool TrajectoryRepository::keepLadder(const Ladder &ladder)
{
    return run(m_db, u"INSERT INTO ladder (route, data) VALUES (?, ?) ON CONFLICT (route) DO UPDATE SET data = excluded.data"_s,
               {ladder.route, QString::fromUtf8(QJsonDocument(Wire::toJson(ladder)).toJson(QJsonDocument::Compact))});
}

bool TrajectoryRepository::removeLadder(const QString &route)
{
    return run(m_db, u"DELETE FROM ladder WHERE route = ?"_s, {route});
}

bool TrajectoryRepository::clear()
{
    return run(m_db, u"DELETE FROM trajectory_step"_s, {}) && run(m_db, u"DELETE FROM ladder"_s, {});
}

QList<Wire::TrajectoryStepChange> TrajectoryRepository::steps(const QString &personId) const
{
    QSqlQuery q;
    QList<Wire::TrajectoryStepChange> out;
    if (!run(m_db, u"SELECT "_s + kStepColumns + u" FROM trajectory_step WHERE person_id = ? "
                                                 "ORDER BY step_date, recorded_at, id"_s,
             {personId}, &q))
        return out;
    while (q.next())
        out.append(stepOf(q));
    return out;
}

QList<TrajectoryStep> TrajectoryRepository::allSteps() const
{
    QSqlQuery q;
    QList<TrajectoryStep> out;
    if (!run(m_db, u"SELECT "_s + kStepColumns + u" FROM trajectory_step"_s, {}, &q))
        return out;
    while (q.next())
        out.append(stepOf(q));
    return out;
}

QList<TrajectoryRepository::SignupFact> TrajectoryRepository::signupFacts(const QString &personId) const
{
    QSqlQuery q;
    QList<SignupFact> out;
    if (!run(m_db,
             u"SELECT o.route, o.kind, s.state, COALESCE(s.placement, '') FROM staff_signup s "
             "JOIN opportunity o ON o.id = s.opportunity_id WHERE s.person_id = ?"_s,
             {personId}, &q))
        return out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
    return out;
}

QList<Ladder> TrajectoryRepository::ladders() const
{
    QList<Ladder> out = participatieLadders();
    QSqlQuery q;
    if (!run(m_db, u"SELECT data FROM ladder"_s, {}, &q))
        return out;
    while (q.next()) {
        const auto l = Wire::ladderFromJson(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object(), QString());
        if (!l.ok())
            continue;
        for (Ladder &existing : out) {
            if (existing.route == l.value.route)
                existing = l.value;
        }
    }
    return out;
}
