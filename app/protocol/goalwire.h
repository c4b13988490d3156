// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A goal on the wire (docs/sync-protocol.md, "Goals"): as a coordinator's tablet sends it in a
// `goal-upsert` mutation, as every staff tablet of the site pulls it (the `goal` change, with
// who set it and when), and its progress in GET /v1/staff/results. One builder and one reader
// each.

#include "core/goals.h"
#include "core/validation.h"

#include <QJsonObject>

namespace Wire {

enum class GoalShape {
    Set,        // in a goal-upsert: what the coordinator chose; unknown fields refused
    Pulled,     // the `goal` change: with createdBy, changedBy, createdAt, changedAt
};
QJsonObject toJson(const Meedoen::Goal &goal, GoalShape shape);
// Checks the goal with Meedoen::checkGoal() too; a field error names its path.
Meedoen::Validated<Meedoen::Goal> goalFromJson(const QJsonObject &json, const QString &path, GoalShape shape);
// The `goal` change's reader (GoalShape::Pulled), as PullApplier reads every entity.
Meedoen::Validated<Meedoen::Goal> goalChangeFromJson(const QJsonObject &json, const QString &path);

// One goal's progress in the results reply ("goals"): the goal, its points, value, planned,
// forecast and status. The reader is lenient like the rest of the reply.
QJsonObject toJson(const Meedoen::GoalProgress &progress);
Meedoen::GoalProgress goalProgressFromJson(const QJsonObject &json);

} // namespace Wire
