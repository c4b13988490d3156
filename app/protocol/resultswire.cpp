// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "protocol/resultswire.h"

#include "protocol/jsonreader.h"

#include "core/isotime.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;
using namespace Meedoen;

namespace Wire {

namespace {

QJsonObject monthJson(const MonthFigures &m)
{
    QJsonObject j{{u"activeVolunteers"_s, m.activeVolunteers},
                  {u"minutes"_s, m.minutes},
                  {u"trainingStarted"_s, m.trainingStarted},
                  {u"trainingCompleted"_s, m.trainingCompleted},
                  {u"trainingDroppedOut"_s, m.trainingDroppedOut}};
    if (!m.month.isEmpty())
        j.insert(u"month"_s, m.month);
    if (!m.site.isEmpty() || !m.neighbourhood.isEmpty() || !m.route.isEmpty()) {
        j.insert(u"site"_s, m.site);
        j.insert(u"neighbourhood"_s, m.neighbourhood);
        j.insert(u"route"_s, m.route);
    }
    return j;
}

MonthFigures monthFrom(const QJsonObject &j)
{
    MonthFigures m;
    m.month = j.value(u"month"_s).toString();
    m.site = j.value(u"site"_s).toString();
    m.neighbourhood = j.value(u"neighbourhood"_s).toString();
    m.route = j.value(u"route"_s).toString();
    m.activeVolunteers = j.value(u"activeVolunteers"_s).toInt();
    m.minutes = j.value(u"minutes"_s).toInt();
    m.trainingStarted = j.value(u"trainingStarted"_s).toInt();
    m.trainingCompleted = j.value(u"trainingCompleted"_s).toInt();
    m.trainingDroppedOut = j.value(u"trainingDroppedOut"_s).toInt();
    return m;
}

} // namespace

QJsonObject resultsToJson(const Results &results, const ResultsFilter &filter, const QDateTime &generatedAt)
{
    QJsonArray months, trend, opportunities;
    for (const MonthFigures &m : results.months)
        months.append(monthJson(m));
    for (const MonthFigures &m : results.trend)
        trend.append(monthJson(m));
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
                      {u"waitlistLength"_s, o.waitlistLength}};
        j.insert(u"fillRate"_s, o.capacity > 0 ? QJsonValue(o.fillRate()) : QJsonValue());
        opportunities.append(j);
    }
    return {{u"site"_s, filter.site},
            {u"neighbourhood"_s, filter.neighbourhood},
            {u"route"_s, filter.route},
            {u"from"_s, filter.fromMonth},
            {u"to"_s, filter.toMonth},
            {u"generatedAt"_s, Meedoen::isoUtc(generatedAt)},
            {u"months"_s, months},
            {u"trend"_s, trend},
            {u"total"_s, monthJson(results.total)},
            {u"opportunities"_s, opportunities}};
}

std::optional<ResultsReply> resultsFromJson(const QJsonObject &json)
{
    if (!json.value(u"months"_s).isArray() || !json.value(u"opportunities"_s).isArray()
        || !json.value(u"trend"_s).isArray() || !json.value(u"total"_s).isObject())
        return std::nullopt;
    ResultsReply r;
    r.generatedAt = QDateTime::fromString(json.value(u"generatedAt"_s).toString(), Qt::ISODateWithMs);
    for (const QJsonValue &v : json.value(u"months"_s).toArray())
        r.results.months.append(monthFrom(v.toObject()));
    for (const QJsonValue &v : json.value(u"trend"_s).toArray())
        r.results.trend.append(monthFrom(v.toObject()));
    r.results.total = monthFrom(json.value(u"total"_s).toObject());
    for (const QJsonValue &v : json.value(u"opportunities"_s).toArray()) {
        const QJsonObject j = v.toObject();
        OpportunityFigures o;
        o.id = j.value(u"id"_s).toString();
        o.title = j.value(u"title"_s).toString();
        o.kind = j.value(u"kind"_s).toString();
        o.status = j.value(u"status"_s).toString();
        o.site = j.value(u"site"_s).toString();
        o.neighbourhood = j.value(u"neighbourhood"_s).toString();
        o.route = j.value(u"route"_s).toString();
        o.capacity = j.value(u"capacity"_s).toInt();
        o.confirmed = j.value(u"confirmed"_s).toInt();
        o.waitlistLength = j.value(u"waitlistLength"_s).toInt();
        r.results.opportunities.append(o);
    }
    return r;
}

bool isMonth(const QString &text)
{
    static const QRegularExpression month(u"^\\d{4}-(0[1-9]|1[0-2])$"_s);
    return text.isEmpty() || month.match(text).hasMatch();
}

QUrlQuery resultsQuery(const Meedoen::ResultsFilter &filter)
{
    QUrlQuery query;
    for (const auto &[name, value] : {std::pair{u"site"_s, filter.site}, std::pair{u"neighbourhood"_s, filter.neighbourhood},
                                      std::pair{u"route"_s, filter.route}, std::pair{u"from"_s, filter.fromMonth},
                                      std::pair{u"to"_s, filter.toMonth}}) {
        if (!value.isEmpty())
            query.addQueryItem(name, value);
    }
    return query;
}

Meedoen::Validated<Meedoen::ResultsFilter> resultsFilterFromItems(const QList<std::pair<QString, QString>> &items)
{
    Meedoen::ResultsFilter filter;
    for (const auto &[key, value] : items) {
        if (key == "site"_L1)
            filter.site = value;
        else if (key == "neighbourhood"_L1)
            filter.neighbourhood = value;
        else if (key == "route"_L1)
            filter.route = value;
        else if (key == "from"_L1)
            filter.fromMonth = value;
        else if (key == "to"_L1)
            filter.toMonth = value;
        else
            return {filter, Meedoen::FieldError{key, u"unknown"_s,
                                                JsonReader::translated(QT_TRANSLATE_NOOP("Wire", "This parameter is not known."))}};
        if ((key == "from"_L1 || key == "to"_L1) && !isMonth(value))
            return {filter, Meedoen::FieldError{key, u"month"_s,
                                                JsonReader::translated(QT_TRANSLATE_NOOP("Wire", "This must be a month like 2026-11."))}};
    }
    return {filter, std::nullopt};
}

} // namespace Wire
