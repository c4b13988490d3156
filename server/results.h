// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The results figures and the decision log as the corporation gets them: CSV (RFC 4180,
// formula-neutralised, Meedoen::Csv) for `meedoen-server export`, JSON for
// GET /v1/staff/results (Wire::resultsToJson). Both render the same Store::results().

#include "server/store/store.h"

#include "protocol/resultswire.h"

#include <QJsonObject>
#include <QString>

namespace Server {

QString resultsCsv(const Results &results);
QString decisionsCsv(const QList<DecisionRecord> &decisions);
QJsonObject resultsJson(const Results &results, const ResultsFilter &filter, const QDateTime &generatedAt,
                        const QList<Meedoen::GoalProgress> &goals = {});
using Wire::isMonth;

} // namespace Server
