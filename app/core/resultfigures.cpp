// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/resultfigures.h"

#include "core/csv.h"

#include <QHash>
#include <QMap>
#include <QSet>

#include <algorithm>

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
    Results out;
    QHash<QString, const ResultsOpportunity *> inScope;
    for (const ResultsOpportunity &o : opportunities) {
        if (!resultsFilterMatches(filter, o))
            continue;
        inScope.insert(o.id, &o);
        out.opportunities.append(OpportunityFigures{o});
    }
    std::sort(out.opportunities.begin(), out.opportunities.end(), [](const auto &a, const auto &b) {
        return a.title != b.title ? a.title < b.title : a.id < b.id;
    });
    const auto inRange = [&](const QString &month) {
        return month.size() == 7 && (filter.fromMonth.isEmpty() || month >= filter.fromMonth)
            && (filter.toMonth.isEmpty() || month <= filter.toMonth);
    };

    QMap<QStringList, MonthFigures> months;       // key: month, site, neighbourhood, route
    QMap<QString, MonthFigures> trend;
    QMap<QStringList, QSet<QString>> volunteers;
    QMap<QString, QSet<QString>> trendVolunteers;
    QSet<QString> allVolunteers;
    const auto bucket = [&](const QString &month, const ResultsOpportunity &o) -> MonthFigures & {
        const QStringList key{month, o.site, o.neighbourhood, o.route};
        auto it = months.find(key);
        if (it == months.end())
            it = months.insert(key, MonthFigures{month, o.site, o.neighbourhood, o.route});
        return *it;
    };
    const auto trendOf = [&](const QString &month) -> MonthFigures & {
        auto it = trend.find(month);
        if (it == trend.end())
            it = trend.insert(month, MonthFigures{month, {}, {}, {}});
        return *it;
    };

    // A correction to zero minutes means the work did not happen: it counts nothing.
    for (const ResultsHours &h : hours) {
        const auto o = inScope.constFind(h.opportunityId);
        const QString month = h.date.left(7);
        if (h.minutes <= 0 || o == inScope.constEnd() || !inRange(month))
            continue;
        bucket(month, **o).minutes += h.minutes;
        trendOf(month).minutes += h.minutes;
        out.total.minutes += h.minutes;
        volunteers[{month, (*o)->site, (*o)->neighbourhood, (*o)->route}].insert(h.personId);
        trendVolunteers[month].insert(h.personId);
        allVolunteers.insert(h.personId);
    }
    for (const ResultsPlacement &p : placements) {
        const auto o = inScope.constFind(p.opportunityId);
        const QString month = p.date.left(7);
        if (o == inScope.constEnd() || !inRange(month))
            continue;
        int MonthFigures::*field = p.kind == "started"_L1     ? &MonthFigures::trainingStarted
                                 : p.kind == "completed"_L1   ? &MonthFigures::trainingCompleted
                                 : p.kind == "dropped-out"_L1 ? &MonthFigures::trainingDroppedOut
                                                              : nullptr;
        if (!field)
            continue;
        ++(bucket(month, **o).*field);
        ++(trendOf(month).*field);
        ++(out.total.*field);
    }
    for (auto it = months.begin(); it != months.end(); ++it) {
        it->activeVolunteers = int(volunteers.value(it.key()).size());
        out.months.append(*it);
    }
    for (auto it = trend.begin(); it != trend.end(); ++it) {
        it->activeVolunteers = int(trendVolunteers.value(it.key()).size());
        out.trend.append(*it);
    }
    out.total.activeVolunteers = int(allVolunteers.size());
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
