// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "protocol/goalwire.h"

#include "protocol/jsonreader.h"
#include "protocol/wire.h"

#include "core/isotime.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;
using namespace Meedoen;

namespace Wire {

QJsonObject toJson(const Goal &goal, GoalShape shape)
{
    QJsonObject o{{u"id"_s, goal.id},
                  {u"site"_s, goal.site},
                  {u"neighbourhood"_s, goal.neighbourhood},
                  {u"period"_s, toKey(goal.period)},
                  {u"start"_s, isoDate(goal.start)},
                  {u"measure"_s, toKey(goal.measure)},
                  {u"target"_s, goal.target}};
    insertText(o, u"route"_s, goal.route);
    if (shape == GoalShape::Pulled) {
        insertText(o, u"createdBy"_s, goal.createdBy);
        insertText(o, u"changedBy"_s, goal.changedBy);
        if (goal.createdAt.isValid())
            o.insert(u"createdAt"_s, isoUtc(goal.createdAt));
        if (goal.changedAt.isValid())
            o.insert(u"changedAt"_s, isoUtc(goal.changedAt));
    }
    return o;
}

Validated<Goal> goalFromJson(const QJsonObject &json, const QString &path, GoalShape shape)
{
    JsonReader r(json, path);
    Goal g;
    // A goal set on a tablet has a UUID; a pulled one is read as the server wrote it.
    g.id = shape == GoalShape::Set ? r.uuid(u"id"_s) : r.code(u"id"_s, true, 128);
    g.site = r.code(u"site"_s, true, 64);
    g.neighbourhood = r.code(u"neighbourhood"_s, true, 64);
    g.route = r.key(u"route"_s, false);
    g.period = r.enumeration(u"period"_s, &goalPeriodFromKey).value_or(GoalPeriod::Year);
    g.start = r.date(u"start"_s, true);
    // A measure this side does not know is bad input (a newer tablet's); one it knows but
    // cannot count is refused by checkGoal() below.
    g.measure = r.enumeration(u"measure"_s, &goalMeasureFromKey).value_or(GoalMeasure::ActiveVolunteers);
    g.target = int(r.integer(u"target"_s, 0, kMaxGoalTarget, true));
    if (shape == GoalShape::Pulled) {
        g.createdBy = r.code(u"createdBy"_s, false, 128);
        g.changedBy = r.code(u"changedBy"_s, false, 128);
        g.createdAt = r.time(u"createdAt"_s);
        g.changedAt = r.time(u"changedAt"_s);
        if (auto error = r.finishIgnoringUnknown())
            return {g, error};
        return {g, std::nullopt}; // the server checked it when it was set
    }
    if (auto error = r.finish())
        return {g, error};
    if (auto error = checkGoal(g))
        return {g, FieldError{r.fieldPath(error->field), error->code, error->message}};
    return {g, std::nullopt};
}

Validated<Goal> goalChangeFromJson(const QJsonObject &json, const QString &path)
{
    return goalFromJson(json, path, GoalShape::Pulled);
}

QJsonObject toJson(const GoalProgress &p)
{
    QJsonArray points;
    for (const GoalPoint &point : p.points)
        points.append(QJsonObject{{u"date"_s, isoDate(point.date)}, {u"value"_s, point.value}, {u"planned"_s, point.planned}});
    return {{u"goal"_s, toJson(p.goal, GoalShape::Pulled)},
            {u"points"_s, points},
            {u"value"_s, p.value},
            {u"planned"_s, p.planned},
            {u"forecast"_s, p.forecast},
            {u"status"_s, toKey(p.status)}};
}

GoalProgress goalProgressFromJson(const QJsonObject &json)
{
    GoalProgress p;
    const auto goal = goalFromJson(json.value(u"goal"_s).toObject(), QString(), GoalShape::Pulled);
    p.goal = goal.value;
    for (const QJsonValue &v : json.value(u"points"_s).toArray()) {
        const QJsonObject o = v.toObject();
        p.points.append({QDate::fromString(o.value(u"date"_s).toString(), Qt::ISODate), o.value(u"value"_s).toDouble(),
                         o.value(u"planned"_s).toDouble()});
    }
    p.value = json.value(u"value"_s).toDouble();
    p.planned = json.value(u"planned"_s).toDouble();
    p.forecast = json.value(u"forecast"_s).toDouble();
    p.status = goalStatusFromKey(json.value(u"status"_s).toString()).value_or(GoalStatus::NotStarted);
    return p;
}

} // namespace Wire
