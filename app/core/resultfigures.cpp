// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/resultfigures.h"

#include "core/csv.h"

#include <QHash>

#include <algorithm>
#include <tuple>
#include <utility>
#include <vector>

using namespace Qt::StringLiterals;

namespace Meedoen {

bool resultsFilterMatches(const ResultsFilter &f, const ResultsOpportunity &o)
{
    if (!f.site.isEmpty() ? o.site != f.site : (!f.sites.isEmpty() && !f.sites.contains(o.site)))
        return false;
    return (f.neighbourhood.isEmpty() || o.neighbourhood == f.neighbourhood) && (f.route.isEmpty() || o.route == f.route);
}

Results computeResults(const QList<ResultsOpportunity> &opportunities, const QList<ResultsHours> &hours,
                       const QList<ResultsPlacement> &placements, const ResultsFilter &filter)
{
    // At a corporation's size (a million hours entries, docs/sync-protocol.md "Results") the
    // strings are interned once: an opportunity in scope names its bucket (site, neighbourhood,
    // route), a month and a person become numbers, and distinct volunteers are counted by
    // sorting (cell, person) pairs rather than in a set per cell.
    Results out;
    struct Scoped
    {
        const ResultsOpportunity *opportunity;
        qint64 bucket;
    };
    QHash<QString, Scoped> inScope;
    QHash<QString, qint64> bucketIds;
    QList<const ResultsOpportunity *> buckets; // the first opportunity of each bucket
    for (const ResultsOpportunity &o : opportunities) {
        if (!resultsFilterMatches(filter, o))
            continue;
        const QString key = o.site + u'\x1f' + o.neighbourhood + u'\x1f' + o.route;
        auto b = bucketIds.constFind(key);
        if (b == bucketIds.constEnd()) {
            b = bucketIds.insert(key, buckets.size());
            buckets.append(&o);
        }
        inScope.insert(o.id, {&o, *b});
        out.opportunities.append(OpportunityFigures{o});
    }
    std::sort(out.opportunities.begin(), out.opportunities.end(), [](const auto &a, const auto &b) {
        return a.title != b.title ? a.title < b.title : a.id < b.id;
    });
    const auto inRange = [&](QStringView month) {
        return month.size() == 7 && (filter.fromMonth.isEmpty() || month >= filter.fromMonth)
            && (filter.toMonth.isEmpty() || month <= filter.toMonth);
    };

    const qint64 bucketCount = qMax<qint64>(1, buckets.size());
    QHash<QString, qint64> monthIds;
    QStringList monthNames;
    const auto monthOf = [&](QStringView month) {
        const QString name = month.toString();
        auto it = monthIds.constFind(name);
        if (it == monthIds.constEnd()) {
            it = monthIds.insert(name, monthNames.size());
            monthNames.append(name);
        }
        return *it;
    };
    QHash<qint64, MonthFigures> cells;     // month × bucket
    QHash<qint64, MonthFigures> trend;     // month
    const auto cellOf = [&](qint64 month, qint64 bucket) -> MonthFigures & {
        auto it = cells.find(month * bucketCount + bucket);
        if (it == cells.end()) {
            const ResultsOpportunity &o = *buckets.at(bucket);
            it = cells.insert(month * bucketCount + bucket,
                              MonthFigures{monthNames.at(month), o.site, o.neighbourhood, o.route});
        }
        return *it;
    };
    const auto trendOf = [&](qint64 month) -> MonthFigures & {
        auto it = trend.find(month);
        if (it == trend.end())
            it = trend.insert(month, MonthFigures{monthNames.at(month), {}, {}, {}});
        return *it;
    };

    QHash<QString, qint64> personIds;
    std::vector<std::pair<qint64, qint64>> cellVolunteers, monthVolunteers; // (cell | month, person)
    cellVolunteers.reserve(size_t(hours.size()));
    monthVolunteers.reserve(size_t(hours.size()));
    // A correction to zero minutes means the work did not happen: it counts nothing.
    for (const ResultsHours &h : hours) {
        if (h.minutes <= 0)
            continue;
        const auto o = inScope.constFind(h.opportunityId);
        const QStringView monthText = QStringView(h.date).left(7);
        if (o == inScope.constEnd() || !inRange(monthText))
            continue;
        const qint64 month = monthOf(monthText);
        auto known = personIds.constFind(h.personId);
        if (known == personIds.constEnd())
            known = personIds.insert(h.personId, personIds.size());
        const qint64 person = *known;
        cellOf(month, o->bucket).minutes += h.minutes;
        trendOf(month).minutes += h.minutes;
        out.total.minutes += h.minutes;
        cellVolunteers.emplace_back(month * bucketCount + o->bucket, person);
        monthVolunteers.emplace_back(month, person);
    }
    for (const ResultsPlacement &p : placements) {
        const auto o = inScope.constFind(p.opportunityId);
        const QStringView monthText = QStringView(p.date).left(7);
        if (o == inScope.constEnd() || !inRange(monthText))
            continue;
        int MonthFigures::*field = p.kind == "started"_L1     ? &MonthFigures::trainingStarted
                                 : p.kind == "completed"_L1   ? &MonthFigures::trainingCompleted
                                 : p.kind == "dropped-out"_L1 ? &MonthFigures::trainingDroppedOut
                                                              : nullptr;
        if (!field)
            continue;
        const qint64 month = monthOf(monthText);
        ++(cellOf(month, o->bucket).*field);
        ++(trendOf(month).*field);
        ++(out.total.*field);
    }
    // Distinct (key, person) pairs, counted per key.
    const auto countDistinct = [](std::vector<std::pair<qint64, qint64>> &pairs, QHash<qint64, MonthFigures> &into) {
        std::sort(pairs.begin(), pairs.end());
        pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
        for (const auto &[key, person] : pairs)
            ++into[key].activeVolunteers;
    };
    countDistinct(cellVolunteers, cells);
    countDistinct(monthVolunteers, trend);
    // A person is in personIds only with minutes in scope.
    out.total.activeVolunteers = int(personIds.size());

    const auto byKey = [](const MonthFigures &a, const MonthFigures &b) {
        return std::tie(a.month, a.site, a.neighbourhood, a.route) < std::tie(b.month, b.site, b.neighbourhood, b.route);
    };
    out.months.reserve(cells.size());
    for (const MonthFigures &m : std::as_const(cells))
        out.months.append(m);
    std::sort(out.months.begin(), out.months.end(), byKey);
    out.trend.reserve(trend.size());
    for (const MonthFigures &m : std::as_const(trend))
        out.trend.append(m);
    std::sort(out.trend.begin(), out.trend.end(), byKey);
    return out;
}

QString formatResultsCsv(const Results &results)
{
    QString out = Csv::row({u"record"_s, u"month"_s, u"site"_s, u"neighbourhood"_s, u"route"_s, u"opportunity"_s,
                            u"title"_s, u"active_volunteers"_s, u"hours"_s, u"training_started"_s,
                            u"training_completed"_s, u"training_dropped_out"_s, u"capacity"_s, u"confirmed"_s,
                            u"waitlist_length"_s, u"fill_rate"_s});
    for (const MonthFigures &m : results.months) {
        out += Csv::row({u"month"_s, m.month, m.site, m.neighbourhood, m.route, QString(), QString(),
                         QString::number(m.activeVolunteers), QString::number(m.minutes / 60.0, 'f', 2),
                         QString::number(m.trainingStarted), QString::number(m.trainingCompleted),
                         QString::number(m.trainingDroppedOut), QString(), QString(), QString(), QString()});
    }
    for (const OpportunityFigures &o : results.opportunities) {
        out += Csv::row({u"opportunity"_s, QString(), o.site, o.neighbourhood, o.route, o.id, o.title, QString(),
                         QString(), QString(), QString(), QString(), QString::number(o.capacity),
                         QString::number(o.confirmed), QString::number(o.waitlistLength),
                         o.capacity > 0 ? QString::number(o.fillRate(), 'f', 3) : QString()});
    }
    return out;
}

} // namespace Meedoen
