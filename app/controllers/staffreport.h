// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/goals.h"
#include "core/partner.h"
#include "core/resultfigures.h"
#include "core/socialreturn.h"

#include <QDateTime>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <utility>

// The printable period report per neighbourhood (issue 18, "Reports people look at"): what a
// coordinator takes to the neighbourhood meeting or the municipality. Built as a Document of
// titled tables from the figures the dashboard shows (the same definitions, the tablet's own
// copy), written as a PDF through Qt's text layout (tables, page breaks, right-to-left) into
// the tablet's export folder. Every word through tr() in the app's language; numbers and
// months in that language's notation, not the system's.
namespace StaffReport {

struct Table
{
    QString title;
    QStringList headers;
    QList<QStringList> rows;
    QString whenEmpty;              // said instead of the table when it has no rows
    QString note;                   // under the table: what a figure means
};

struct Document
{
    QString title;
    QStringList lines;              // under the title: neighbourhood, period, as of
    QList<Table> tables;
    Qt::LayoutDirection direction = Qt::LeftToRight;
};

// What the report is about: the neighbourhood's name (empty: every neighbourhood of the
// filter's sites), the months (inclusive, "YYYY-MM"), and when the figures were made.
struct Period
{
    QString neighbourhoodName;
    QString fromMonth;
    QString toMonth;
    QDateTime asOf;
};

// One table per part: the period's activity per route (distinct volunteers per route, not
// summed over months), per month, and the places of the opportunities in it. `perRoute` holds
// the figures of the same filter restricted to each route, in the order of Meedoen's routes.
Document periodReport(const Period &period, const Meedoen::Results &all,
                      const QList<std::pair<QString, Meedoen::Results>> &perRoute, const QLocale &locale);

// The further parts, appended by the caller: the ladder moves per route ("daling voorkomen,
// stabiliseren, verder komen"), each social-return obligation's fulfilment, and the SROI
// input sheet of the period (core/socialreturn.h).
Table ladderTable(const QList<Meedoen::LadderMoves> &moves, const QLocale &locale);
Table socialReturnTable(const QList<Meedoen::ObligationFulfilment> &obligations, const QLocale &locale);
Table sroiTable(const Meedoen::SroiSheet &sheet, const QLocale &locale);
// The goals of the period (those whose period overlaps `from`…`to`, "YYYY-MM"): what each
// counts, its target, the figure so far, the forecast at its end and whether it is on track.
Table goalsTable(const QList<Meedoen::GoalProgress> &goals, const QString &fromMonth, const QString &toMonth,
                 const QLocale &locale);
// Each partner with something put in or come of it in the period: its roles, what it put in
// (money, staff hours, places) and what came of it on its activities (volunteers, their hours,
// places started).
struct PartnerLine
{
    QString name;
    Meedoen::PartnerFigures figures;
};
Table partnersTable(const QList<PartnerLine> &partners, const QLocale &locale);
// Cents as the language writes money ("€ 1.250,00").
QString money(qint64 cents, const QLocale &locale);

// The document as HTML (every value escaped), and written as an A4 PDF; false when the file
// cannot be written.
QString toHtml(const Document &document);
bool writePdf(const Document &document, const QString &path);

// Names in the app's language: a route ("wonen" → "Wonen"), a goal's measure and status, a
// partner's role (the dashboard, the partners' page and the report say the same).
QString routeName(const QString &route);
QString goalMeasureName(Meedoen::GoalMeasure measure);
QString goalStatusText(Meedoen::GoalStatus status);
QString partnerRoleName(Meedoen::PartnerRole role);

} // namespace StaffReport
