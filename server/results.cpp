// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "results.h"

#include "csv.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Server {

namespace {

// Hours with two decimals, a dot, whatever the locale.
QString hours(int minutes)
{
    return QString::number(minutes / 60.0, 'f', 2);
}

// Confirmed / capacity with three decimals; empty for unlimited places.
QString fillRate(const OpportunityFigures &o)
{
    return o.capacity > 0 ? QString::number(double(o.confirmed) / o.capacity, 'f', 3) : QString();
}

} // namespace

bool isMonth(const QString &text)
{
    static const QRegularExpression month(u"^\\d{4}-(0[1-9]|1[0-2])$"_s);
    return text.isEmpty() || month.match(text).hasMatch();
}

QString resultsCsv(const Results &results)
{
    QString out = Meedoen::Csv::row({u"record"_s, u"month"_s, u"site"_s, u"neighbourhood"_s, u"route"_s,
                                     u"opportunity"_s, u"title"_s, u"active_volunteers"_s, u"hours"_s,
                                     u"training_started"_s, u"training_completed"_s, u"training_dropped_out"_s,
                                     u"capacity"_s, u"confirmed"_s, u"waitlist_length"_s, u"fill_rate"_s});
    for (const MonthFigures &m : results.months) {
        out += Meedoen::Csv::row({u"month"_s, m.month, m.site, m.neighbourhood, m.route, QString(), QString(),
                                  QString::number(m.activeVolunteers), hours(m.minutes),
                                  QString::number(m.trainingStarted), QString::number(m.trainingCompleted),
                                  QString::number(m.trainingDroppedOut), QString(), QString(), QString(), QString()});
    }
    for (const OpportunityFigures &o : results.opportunities) {
        out += Meedoen::Csv::row({u"opportunity"_s, QString(), o.site, o.neighbourhood, o.route, o.id, o.title,
                                  QString(), QString(), QString(), QString(), QString(), QString::number(o.capacity),
                                  QString::number(o.confirmed), QString::number(o.waitlisted), fillRate(o)});
    }
    return out;
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

QJsonObject resultsJson(const Results &results, const ResultsFilter &filter)
{
    QJsonArray months;
    for (const MonthFigures &m : results.months) {
        months.append(QJsonObject{{u"month"_s, m.month},
                                  {u"site"_s, m.site},
                                  {u"neighbourhood"_s, m.neighbourhood},
                                  {u"route"_s, m.route},
                                  {u"activeVolunteers"_s, m.activeVolunteers},
                                  {u"minutes"_s, m.minutes},
                                  {u"trainingStarted"_s, m.trainingStarted},
                                  {u"trainingCompleted"_s, m.trainingCompleted},
                                  {u"trainingDroppedOut"_s, m.trainingDroppedOut}});
    }
    QJsonArray opportunities;
    for (const OpportunityFigures &o : results.opportunities) {
        QJsonObject j{{u"id"_s, o.id},
                      {u"title"_s, o.title},
                      {u"kind"_s, o.kind},
                      {u"status"_s, o.status},
                      {u"site"_s, o.site},
                      {u"neighbourhood"_s, o.neighbourhood},
                      {u"route"_s, o.route},
                      {u"capacity"_s, o.capacity},
                      {u"confirmed"_s, o.confirmed},
                      {u"waitlistLength"_s, o.waitlisted}};
        j.insert(u"fillRate"_s, o.capacity > 0 ? QJsonValue(double(o.confirmed) / o.capacity) : QJsonValue());
        opportunities.append(j);
    }
    return {{u"site"_s, filter.site},
            {u"from"_s, filter.fromMonth},
            {u"to"_s, filter.toMonth},
            {u"months"_s, months},
            {u"opportunities"_s, opportunities}};
}

} // namespace Server
