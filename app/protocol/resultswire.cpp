// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "protocol/resultswire.h"

#include "protocol/goalwire.h"
#include "protocol/jsonreader.h"

#include "core/isotime.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <array>
#include <type_traits>

using namespace Qt::StringLiterals;
using namespace Meedoen;

namespace Wire {

namespace {

// A figure's key and where the struct keeps it: one table serves the writer and the reader.
template<typename S, typename T>
struct Field
{
    QStringView key;
    T S::*member;
};

constexpr std::array<Field<MonthFigures, QString>, 3> kMonthPlace = {
    {{u"site", &MonthFigures::site}, {u"neighbourhood", &MonthFigures::neighbourhood}, {u"route", &MonthFigures::route}}};
constexpr std::array<Field<MonthFigures, int>, 5> kMonthCounts = {
    {{u"activeVolunteers", &MonthFigures::activeVolunteers}, {u"minutes", &MonthFigures::minutes},
     {u"trainingStarted", &MonthFigures::trainingStarted}, {u"trainingCompleted", &MonthFigures::trainingCompleted},
     {u"trainingDroppedOut", &MonthFigures::trainingDroppedOut}}};
constexpr std::array<Field<ResultsOpportunity, QString>, 7> kOpportunityTexts = {
    {{u"id", &ResultsOpportunity::id}, {u"title", &ResultsOpportunity::title}, {u"kind", &ResultsOpportunity::kind},
     {u"status", &ResultsOpportunity::status}, {u"site", &ResultsOpportunity::site},
     {u"neighbourhood", &ResultsOpportunity::neighbourhood}, {u"route", &ResultsOpportunity::route}}};
constexpr std::array<Field<ResultsOpportunity, int>, 3> kOpportunityCounts = {
    {{u"capacity", &ResultsOpportunity::capacity}, {u"confirmed", &ResultsOpportunity::confirmed},
     {u"waitlistLength", &ResultsOpportunity::waitlistLength}}};

template<typename Object, typename S, typename T, size_t N>
void writeFields(QJsonObject &j, const Object &object, const std::array<Field<S, T>, N> &fields)
{
    for (const auto &field : fields)
        j.insert(field.key, object.*field.member);
}

// Leniently, as the staff tablet shows what the server sent: a missing figure is 0 or empty.
template<typename Object, typename S, typename T, size_t N>
void readFields(Object &object, const QJsonObject &j, const std::array<Field<S, T>, N> &fields)
{
    for (const auto &field : fields) {
        if constexpr (std::is_same_v<T, int>)
            object.*field.member = j.value(field.key).toInt();
        else
            object.*field.member = j.value(field.key).toString();
    }
}

QJsonObject monthJson(const MonthFigures &m)
{
    QJsonObject j;
    writeFields(j, m, kMonthCounts);
    if (!m.month.isEmpty())
        j.insert(u"month"_s, m.month);
    if (!m.site.isEmpty() || !m.neighbourhood.isEmpty() || !m.route.isEmpty())
        writeFields(j, m, kMonthPlace);
    return j;
}

MonthFigures monthFrom(const QJsonObject &j)
{
    MonthFigures m;
    m.month = j.value(u"month"_s).toString();
    readFields(m, j, kMonthPlace);
    readFields(m, j, kMonthCounts);
    return m;
}

} // namespace

QJsonObject resultsToJson(const Results &results, const ResultsFilter &filter, const QDateTime &generatedAt,
                          const QList<GoalProgress> &goals)
{
    QJsonArray months, trend, opportunities, goalsJson;
    for (const GoalProgress &g : goals)
        goalsJson.append(toJson(g));
    for (const MonthFigures &m : results.months)
        months.append(monthJson(m));
    for (const MonthFigures &m : results.trend)
        trend.append(monthJson(m));
    for (const OpportunityFigures &o : results.opportunities) {
        QJsonObject j;
        writeFields(j, o, kOpportunityTexts);
        writeFields(j, o, kOpportunityCounts);
        j.insert(u"fillRate"_s, o.capacity > 0 ? QJsonValue(o.fillRate()) : QJsonValue());
        opportunities.append(j);
    }
    QJsonObject json{{u"site"_s, filter.site},
            {u"neighbourhood"_s, filter.neighbourhood},
            {u"route"_s, filter.route},
            {u"from"_s, filter.fromMonth},
            {u"to"_s, filter.toMonth},
            {u"generatedAt"_s, Meedoen::isoUtc(generatedAt)},
            {u"months"_s, months},
            {u"trend"_s, trend},
            {u"total"_s, monthJson(results.total)},
            {u"opportunities"_s, opportunities},
            {u"goals"_s, goalsJson}};
    // Ladder moves per neighbourhood and route (core/trajectory.h); left out when none counted.
    QJsonArray ladder;
    for (const LadderMoves &l : results.ladder)
        ladder.append(QJsonObject{{u"neighbourhood"_s, l.neighbourhood}, {u"route"_s, l.route}, {u"up"_s, l.up},
                                  {u"stable"_s, l.stable}, {u"down"_s, l.down}});
    if (!ladder.isEmpty())
        json.insert(u"ladder"_s, ladder);
    return json;
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
        readFields(o, j, kOpportunityTexts);
        readFields(o, j, kOpportunityCounts);
        r.results.opportunities.append(o);
    }
    for (const QJsonValue &v : json.value(u"ladder"_s).toArray()) {
        const QJsonObject j = v.toObject();
        r.results.ladder.append({j.value(u"neighbourhood"_s).toString(), j.value(u"route"_s).toString(),
                                 j.value(u"up"_s).toInt(), j.value(u"stable"_s).toInt(), j.value(u"down"_s).toInt()});
    }
    for (const QJsonValue &v : json.value(u"goals"_s).toArray())
        r.goals.append(goalProgressFromJson(v.toObject()));
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
