// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/trajectory.h"

#include "core/domain.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace Meedoen {

namespace {

struct DefaultRung
{
    const char *title;
    const char *plain;
};

// The Participatieladder (six treden). The plain words are what the tenant reads on the phone.
constexpr std::array<DefaultRung, 6> kParticipatieladder = {{
    {QT_TRANSLATE_NOOP("Ladder", "Geïsoleerd"),
     QT_TRANSLATE_NOOP("Ladder", "Je hebt weinig contact met andere mensen.")},
    {QT_TRANSLATE_NOOP("Ladder", "Sociale contacten buitenshuis"),
     QT_TRANSLATE_NOOP("Ladder", "Je spreekt mensen buiten je huis, bijvoorbeeld in de buurt.")},
    {QT_TRANSLATE_NOOP("Ladder", "Deelname aan georganiseerde activiteiten"),
     QT_TRANSLATE_NOOP("Ladder", "Je doet mee aan activiteiten, zoals een taalcafé of een club.")},
    {QT_TRANSLATE_NOOP("Ladder", "Onbetaald werk (vrijwilligerswerk, stage)"),
     QT_TRANSLATE_NOOP("Ladder", "Je doet vrijwilligerswerk of je loopt stage.")},
    {QT_TRANSLATE_NOOP("Ladder", "Betaald werk met ondersteuning"),
     QT_TRANSLATE_NOOP("Ladder", "Je hebt betaald werk en je krijgt daarbij hulp.")},
    {QT_TRANSLATE_NOOP("Ladder", "Betaald werk"), QT_TRANSLATE_NOOP("Ladder", "Je hebt betaald werk.")},
}};

constexpr int kUnpaidWork = 4;

// The steps of each tenant and route, in the order they happened.
QMap<QStringList, QList<TrajectoryStep>> byTenantRoute(const QList<TrajectoryStep> &steps)
{
    QMap<QStringList, QList<TrajectoryStep>> out;
    for (const TrajectoryStep &s : sortedSteps(steps))
        out[{s.personId, s.route}].append(s);
    return out;
}

enum class Move { None, Up, Stable, Down };

// The move of one tenant's route in [from, to]; `where` is the neighbourhood of the last step in it.
Move moveOf(const QList<TrajectoryStep> &ordered, QDate from, QDate to, QString &where)
{
    const TrajectoryStep *before = nullptr, *firstIn = nullptr, *lastIn = nullptr;
    for (const TrajectoryStep &s : ordered) {
        if (s.date < from)
            before = &s;
        else if (s.date <= to) {
            if (!firstIn)
                firstIn = &s;
            lastIn = &s;
        }
    }
    if (!lastIn)
        return Move::None;
    const TrajectoryStep *baseline = before ? before : firstIn;
    if (baseline == lastIn)
        return Move::None;
    where = lastIn->neighbourhood;
    return lastIn->rung > baseline->rung ? Move::Up : lastIn->rung < baseline->rung ? Move::Down : Move::Stable;
}

} // namespace

QList<Ladder> participatieLadders()
{
    QList<LadderRung> rungs;
    for (size_t i = 0; i < kParticipatieladder.size(); ++i)
        rungs.append({int(i) + 1, QString::fromUtf8(kParticipatieladder[i].title),
                      QString::fromUtf8(kParticipatieladder[i].plain)});
    QList<Ladder> ladders;
    for (Route r : {Route::Wonen, Route::Leren, Route::Werken, Route::VrijeTijd})
        ladders.append({toKey(r), rungs});
    return ladders;
}

const Ladder *ladderFor(const QList<Ladder> &ladders, QStringView route)
{
    for (const Ladder &l : ladders) {
        if (l.route == route)
            return &l;
    }
    return nullptr;
}

QString ladderProblem(const QList<Ladder> &ladders)
{
    QSet<QString> seen;
    for (const Ladder &l : ladders) {
        if (!routeFromKey(l.route))
            return u"unknown route \"%1\""_s.arg(l.route);
        if (seen.contains(l.route))
            return u"route \"%1\" twice"_s.arg(l.route);
        seen.insert(l.route);
        if (l.rungs.size() < 2 || l.rungs.size() > kMaxLadderRungs)
            return u"route \"%1\": between 2 and %2 rungs"_s.arg(l.route).arg(kMaxLadderRungs);
        for (qsizetype i = 0; i < l.rungs.size(); ++i) {
            if (l.rungs.at(i).level != int(i) + 1)
                return u"route \"%1\": rungs must be numbered 1..%2 in order"_s.arg(l.route).arg(l.rungs.size());
            if (l.rungs.at(i).title.trimmed().isEmpty())
                return u"route \"%1\": rung %2 has no title"_s.arg(l.route).arg(i + 1);
        }
    }
    return {};
}

QString ladderPlainText(const LadderRung &rung)
{
    // The default's words are translated; a corporation's own wording is shown as written.
    for (const DefaultRung &d : kParticipatieladder) {
        if (rung.plain == QString::fromUtf8(d.plain))
            return QCoreApplication::translate("Ladder", d.plain);
    }
    return rung.plain.isEmpty() ? rung.title : rung.plain;
}

QList<TrajectoryStep> sortedSteps(QList<TrajectoryStep> steps)
{
    std::stable_sort(steps.begin(), steps.end(), [](const TrajectoryStep &a, const TrajectoryStep &b) {
        if (a.date != b.date)
            return a.date < b.date;
        if (a.recordedAt != b.recordedAt)
            return a.recordedAt < b.recordedAt;
        return a.id < b.id;
    });
    return steps;
}

QList<LadderMoves> ladderMoves(const QList<TrajectoryStep> &steps, QDate from, QDate to, const QString &neighbourhood,
                               const QString &route)
{
    QMap<QStringList, LadderMoves> rows; // key: neighbourhood, route
    const auto grouped = byTenantRoute(steps);
    for (auto it = grouped.cbegin(); it != grouped.cend(); ++it) {
        const QString &stepRoute = it.key().at(1);
        if (!route.isEmpty() && stepRoute != route)
            continue;
        QString where;
        const Move move = moveOf(it.value(), from, to, where);
        if (move == Move::None || (!neighbourhood.isEmpty() && where != neighbourhood))
            continue;
        LadderMoves &row = rows[{where, stepRoute}];
        row.neighbourhood = where;
        row.route = stepRoute;
        (move == Move::Up ? row.up : move == Move::Down ? row.down : row.stable) += 1;
    }
    return rows.values();
}

QList<LadderMoves> ladderMovesFor(const QList<TrajectoryStep> &steps, const ResultsFilter &filter)
{
    // Open ends: from the first step, up to the last one.
    const QDate from = filter.fromMonth.isEmpty() ? QDate(1, 1, 1)
                                                  : QDate::fromString(filter.fromMonth + u"-01"_s, Qt::ISODate);
    QDate to = filter.toMonth.isEmpty() ? QDate(9999, 12, 31)
                                        : QDate::fromString(filter.toMonth + u"-01"_s, Qt::ISODate);
    if (!filter.toMonth.isEmpty())
        to = to.addMonths(1).addDays(-1);
    if (!from.isValid() || !to.isValid())
        return {};
    QList<TrajectoryStep> inScope;
    for (const TrajectoryStep &s : steps) {
        if (!filter.site.isEmpty() ? s.site == filter.site : (filter.sites.isEmpty() || filter.sites.contains(s.site)))
            inScope.append(s);
    }
    return ladderMoves(inScope, from, to, filter.neighbourhood, filter.route);
}

LadderMoves totalMoves(const QList<LadderMoves> &rows)
{
    LadderMoves total;
    for (const LadderMoves &r : rows) {
        total.up += r.up;
        total.stable += r.stable;
        total.down += r.down;
    }
    return total;
}

int tenantsMovedUp(const QList<TrajectoryStep> &steps, QDate from, QDate to, const QString &neighbourhood,
                   const QString &route)
{
    // A tenant who moved up on two routes counts once.
    QSet<QString> tenants;
    const auto grouped = byTenantRoute(steps);
    for (auto it = grouped.cbegin(); it != grouped.cend(); ++it) {
        if (!route.isEmpty() && it.key().at(1) != route)
            continue;
        QString where;
        if (moveOf(it.value(), from, to, where) == Move::Up && (neighbourhood.isEmpty() || where == neighbourhood))
            tenants.insert(it.key().at(0));
    }
    return int(tenants.size());
}

QList<MeasurementDue> measurementsDue(const QList<TrajectoryStep> &steps, QDate today)
{
    QList<MeasurementDue> due;
    const auto grouped = byTenantRoute(steps);
    for (auto it = grouped.cbegin(); it != grouped.cend(); ++it) {
        const QDate last = it.value().constLast().date;
        if (last.addMonths(kMeasureEveryMonths) < today)
            due.append({it.key().at(0), it.key().at(1), last});
    }
    std::sort(due.begin(), due.end(), [](const MeasurementDue &a, const MeasurementDue &b) {
        return a.lastMeasured != b.lastMeasured ? a.lastMeasured < b.lastMeasured
                                                : std::tie(a.personId, a.route) < std::tie(b.personId, b.route);
    });
    return due;
}

std::optional<int> proposedRung(const Ladder &ladder, int current, StepCause cause)
{
    int proposal = 0;
    switch (cause) {
    case StepCause::VolunteerConfirmed:
    case StepCause::PlacementStarted: proposal = kUnpaidWork; break;
    case StepCause::PlacementCompleted: proposal = std::max(kUnpaidWork, current + 1); break;
    }
    proposal = std::min(proposal, ladder.top());
    if (proposal <= current || !ladder.has(proposal))
        return std::nullopt;
    return proposal;
}

} // namespace Meedoen
