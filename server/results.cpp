// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/results.h"

#include "core/csv.h"
#include "protocol/resultswire.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Server {

QString resultsCsv(const Results &results)
{
    return Meedoen::formatResultsCsv(results);
}

QString decisionsCsv(const QList<DecisionRecord> &decisions)
{
    QString out = Meedoen::Csv::row({u"decided_at"_s, u"device_time"_s, u"staff_login"_s, u"staff_name"_s,
                                     u"device"_s, u"reference_code"_s, u"opportunity"_s, u"title"_s, u"decision"_s,
                                     u"status"_s, u"refusal"_s, u"reason"_s, u"message_to_tenant"_s});
    for (const DecisionRecord &d : decisions) {
        out += Meedoen::Csv::row({d.decidedAt.toString(Qt::ISODateWithMs), d.deviceTime.toString(Qt::ISODateWithMs),
                                  d.staffLogin, d.staffName, d.deviceId, d.referenceCode, d.opportunityId,
                                  d.opportunityTitle, d.decision, d.status, d.refusal, d.reason, d.messageToTenant});
    }
    return out;
}

QJsonObject resultsJson(const Results &results, const ResultsFilter &filter, const QDateTime &generatedAt,
                        const QList<Meedoen::GoalProgress> &goals)
{
    return Wire::resultsToJson(results, filter, generatedAt, goals);
}

} // namespace Server
