// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/goals.h"
#include "core/resultfigures.h"
#include "core/validation.h"

#include <QDateTime>
#include <QJsonObject>
#include <QUrlQuery>

#include <optional>

// GET /v1/staff/results as JSON (docs/sync-protocol.md, "Results"): the server writes it, the
// staff tablet reads it back into the same Meedoen::Results it computes itself offline.
namespace Wire {

// `goals`: the progress of the goals the filter shows (protocol/goalwire.h), as "goals".
QJsonObject resultsToJson(const Meedoen::Results &results, const Meedoen::ResultsFilter &filter,
                          const QDateTime &generatedAt, const QList<Meedoen::GoalProgress> &goals = {});
struct ResultsReply
{
    Meedoen::Results results;
    QDateTime generatedAt;          // server time the figures were computed
    QList<Meedoen::GoalProgress> goals;
};
// nullopt when the body is not a results object.
std::optional<ResultsReply> resultsFromJson(const QJsonObject &json);

// The query of GET /v1/staff/results: site, neighbourhood, route, from and to (YYYY-MM), each
// left out when empty.
QUrlQuery resultsQuery(const Meedoen::ResultsFilter &filter);
// The server's reading of that query: unknown parameters and malformed months are errors.
Meedoen::Validated<Meedoen::ResultsFilter> resultsFilterFromItems(const QList<std::pair<QString, QString>> &items);
// "YYYY-MM", or empty.
bool isMonth(const QString &text);

} // namespace Wire
