// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "controllers/staffreport.h"

#include <QCoreApplication>
#include <QDate>
#include <QMap>
#include <QPageLayout>
#include <QPageSize>
#include <QPrinter>
#include <QTextDocument>
#include <QTextOption>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace StaffReport {

namespace {

QString monthName(const QString &month, const QLocale &locale)
{
    const QDate first = QDate::fromString(month + u"-01"_s, Qt::ISODate);
    return first.isValid() ? locale.toString(first, u"MMMM yyyy"_s) : month;
}

QString hoursText(int minutes, const QLocale &locale) { return locale.toString(minutes / 60.0, 'f', 1); }

QString count(int n, const QLocale &locale) { return locale.toString(n); }

} // namespace

QString routeName(const QString &route)
{
    if (route == "wonen"_L1)
        return QCoreApplication::translate("StaffReport", "Wonen");
    if (route == "leren"_L1)
        return QCoreApplication::translate("StaffReport", "Leren");
    if (route == "werken"_L1)
        return QCoreApplication::translate("StaffReport", "Werken");
    if (route == "vrije-tijd"_L1)
        return QCoreApplication::translate("StaffReport", "Vrije tijd");
    return route;
}

QString goalMeasureName(Meedoen::GoalMeasure m)
{
    using Meedoen::GoalMeasure;
    switch (m) {
    case GoalMeasure::ActiveVolunteers: return QCoreApplication::translate("StaffReport", "Actieve vrijwilligers");
    case GoalMeasure::Hours: return QCoreApplication::translate("StaffReport", "Uren vrijwilligerswerk");
    case GoalMeasure::ZelfbeheerRunning: return QCoreApplication::translate("StaffReport", "Zelfbeheer-initiatieven die lopen");
    case GoalMeasure::TrainingStarted: return QCoreApplication::translate("StaffReport", "Leerplekken gestart");
    case GoalMeasure::TrainingCompleted: return QCoreApplication::translate("StaffReport", "Leerplekken afgerond");
    case GoalMeasure::AgreementsMet:
        return QCoreApplication::translate("StaffReport", "Afspraken tegenprestatie nagekomen (maanden)");
    case GoalMeasure::RungMoves: return QCoreApplication::translate("StaffReport", "Huurders een trede hoger");
    }
    return {};
}

QString goalStatusText(Meedoen::GoalStatus s)
{
    using Meedoen::GoalStatus;
    switch (s) {
    case GoalStatus::NotStarted: return QCoreApplication::translate("StaffReport", "Nog niet begonnen");
    case GoalStatus::Behind: return QCoreApplication::translate("StaffReport", "Loopt achter");
    case GoalStatus::OnTrack: return QCoreApplication::translate("StaffReport", "Op koers");
    case GoalStatus::Ahead: return QCoreApplication::translate("StaffReport", "Loopt voor");
    case GoalStatus::Reached: return QCoreApplication::translate("StaffReport", "Doel gehaald");
    case GoalStatus::Missed: return QCoreApplication::translate("StaffReport", "Doel niet gehaald");
    }
    return {};
}

QString partnerRoleName(Meedoen::PartnerRole role)
{
    using Meedoen::PartnerRole;
    switch (role) {
    case PartnerRole::Werkgever: return QCoreApplication::translate("StaffReport", "Werkgever");
    case PartnerRole::Financier: return QCoreApplication::translate("StaffReport", "Financier");
    case PartnerRole::Opdrachtgever: return QCoreApplication::translate("StaffReport", "Opdrachtgever");
    case PartnerRole::Partner: return QCoreApplication::translate("StaffReport", "Partner");
    case PartnerRole::Huisvester: return QCoreApplication::translate("StaffReport", "Huisvester");
    }
    return {};
}

Document periodReport(const Period &period, const Meedoen::Results &all,
                      const QList<std::pair<QString, Meedoen::Results>> &perRoute, const QLocale &locale)
{
    Document d;
    d.direction = locale.textDirection();
    d.title = QCoreApplication::translate("StaffReport", "Periodeverslag Meedoen");
    d.lines << (period.neighbourhoodName.isEmpty()
                    ? QCoreApplication::translate("StaffReport", "Alle buurten")
                    : QCoreApplication::translate("StaffReport", "Buurt: %1").arg(period.neighbourhoodName));
    d.lines << QCoreApplication::translate("StaffReport", "Periode: %1 tot en met %2")
                   .arg(monthName(period.fromMonth, locale), monthName(period.toMonth, locale));
    d.lines << QCoreApplication::translate("StaffReport", "Cijfers van %1")
                   .arg(locale.toString(period.asOf.toLocalTime(), QLocale::ShortFormat));

    const QStringList activityHeaders{QCoreApplication::translate("StaffReport", "Route"), QCoreApplication::translate("StaffReport", "Actieve vrijwilligers"), QCoreApplication::translate("StaffReport", "Uren"), QCoreApplication::translate("StaffReport", "Plekken gestart"),
                                      QCoreApplication::translate("StaffReport", "Plekken afgerond"), QCoreApplication::translate("StaffReport", "Gestopt")};
    const auto activityRow = [&](const QString &name, const Meedoen::MonthFigures &f) {
        return QStringList{name,
                           count(f.activeVolunteers, locale),
                           hoursText(f.minutes, locale),
                           count(f.trainingStarted, locale),
                           count(f.trainingCompleted, locale),
                           count(f.trainingDroppedOut, locale)};
    };

    Table routes{QCoreApplication::translate("StaffReport", "Meedoen per route"), activityHeaders, {}, {}, {}};
    for (const auto &[route, results] : perRoute)
        routes.rows.append(activityRow(routeName(route), results.total));
    routes.rows.append(activityRow(QCoreApplication::translate("StaffReport", "Samen"), all.total));
    routes.note = QCoreApplication::translate("StaffReport", "Een vrijwilliger die op meer routes meedoet, telt bij elke route één keer en bij "
                     "'Samen' één keer.");
    d.tables.append(routes);

    QStringList monthHeaders = activityHeaders;
    monthHeaders[0] = QCoreApplication::translate("StaffReport", "Maand");
    Table months{QCoreApplication::translate("StaffReport", "Per maand"), monthHeaders, {}, QCoreApplication::translate("StaffReport", "In deze periode is nog niets geteld."), {}};
    for (const Meedoen::MonthFigures &m : all.trend)
        months.rows.append(activityRow(monthName(m.month, locale), m));
    d.tables.append(months);

    Table places{QCoreApplication::translate("StaffReport", "Plekken"),
                 {QCoreApplication::translate("StaffReport", "Activiteit"), QCoreApplication::translate("StaffReport", "Route"), QCoreApplication::translate("StaffReport", "Plekken"), QCoreApplication::translate("StaffReport", "Bezet"), QCoreApplication::translate("StaffReport", "Wachtlijst")},
                 {},
                 QCoreApplication::translate("StaffReport", "Er zijn geen activiteiten in deze buurt."),
                 QCoreApplication::translate("StaffReport", "Plekken 0 betekent: geen grens.")};
    for (const Meedoen::OpportunityFigures &o : all.opportunities) {
        places.rows.append({o.title, routeName(o.route), count(o.capacity, locale), count(o.confirmed, locale),
                            count(o.waitlistLength, locale)});
    }
    d.tables.append(places);
    return d;
}

QString money(qint64 cents, const QLocale &locale)
{
    return locale.toCurrencyString(double(cents) / 100.0, u"€"_s, 2);
}

Table ladderTable(const QList<Meedoen::LadderMoves> &moves, const QLocale &locale)
{
    Table t{QCoreApplication::translate("StaffReport", "Treden op de ladder"),
            {QCoreApplication::translate("StaffReport", "Route"), QCoreApplication::translate("StaffReport", "Hoger"),
             QCoreApplication::translate("StaffReport", "Gelijk"), QCoreApplication::translate("StaffReport", "Lager")},
            {},
            QCoreApplication::translate("StaffReport", "In deze periode is geen trede gemeten."),
            QCoreApplication::translate("StaffReport", "Huurders die toestemming gaven voor hun route: verder gekomen, "
                                                       "gestabiliseerd, of gedaald.")};
    QMap<QString, Meedoen::LadderMoves> byRoute;
    for (const Meedoen::LadderMoves &m : moves) {
        Meedoen::LadderMoves &r = byRoute[m.route];
        r.up += m.up;
        r.stable += m.stable;
        r.down += m.down;
    }
    for (auto it = byRoute.cbegin(); it != byRoute.cend(); ++it)
        t.rows.append({routeName(it.key()), count(it->up, locale), count(it->stable, locale), count(it->down, locale)});
    return t;
}

Table socialReturnTable(const QList<Meedoen::ObligationFulfilment> &obligations, const QLocale &locale)
{
    Table t{QCoreApplication::translate("StaffReport", "Social return"),
            {QCoreApplication::translate("StaffReport", "Leverancier en opdracht"),
             QCoreApplication::translate("StaffReport", "Verplicht"), QCoreApplication::translate("StaffReport", "Gehaald"),
             QCoreApplication::translate("StaffReport", "Vervuld"), QCoreApplication::translate("StaffReport", "Plaatsingen")},
            {},
            QCoreApplication::translate("StaffReport", "Er zijn geen leveranciers met een social-returnverplichting."),
            QCoreApplication::translate("StaffReport", "Leerwerkplaatsen bij de leverancier, gewaardeerd per soort en "
                                                       "duur met de tabel van de corporatie.")};
    for (const Meedoen::ObligationFulfilment &o : obligations) {
        t.rows.append({o.supplierName + u" – "_s + o.obligation.contract, money(o.requiredCents, locale),
                       money(o.achievedCents, locale), locale.toString(o.fulfilled() * 100.0, 'f', 1) + locale.percent(),
                       count(int(o.placements.size()), locale)});
    }
    return t;
}

Table sroiTable(const Meedoen::SroiSheet &sheet, const QLocale &locale)
{
    Table t{QCoreApplication::translate("StaffReport", "SROI: inzet en opbrengst"),
            {QCoreApplication::translate("StaffReport", "Post"), QCoreApplication::translate("StaffReport", "Aantal"),
             QCoreApplication::translate("StaffReport", "Per eenheid"), QCoreApplication::translate("StaffReport", "Waarde")},
            {},
            {},
            QCoreApplication::translate("StaffReport", "Waarden met de proxies van de corporatie; de bronnen staan in "
                                                       "het Excel-bestand.")};
    const auto rows = [&](const QString &heading, const QList<Meedoen::SroiLine> &lines, qint64 total) {
        for (const Meedoen::SroiLine &l : lines) {
            const QString quantity = l.unit == u"count"_s ? count(int(l.quantity), locale)
                                                          : locale.toString(l.quantity, 'f', l.unit == u"eur"_s ? 2 : 1);
            t.rows.append({l.label, quantity, l.proxyCents >= 0 ? money(l.proxyCents, locale) : QString(),
                           l.proxyCents >= 0 || l.unit == u"eur"_s ? money(l.valueCents, locale) : QString()});
        }
        t.rows.append({heading, QString(), QString(), money(total, locale)});
    };
    rows(QCoreApplication::translate("StaffReport", "Totaal inzet"), sheet.inputs, sheet.inputCents);
    rows(QCoreApplication::translate("StaffReport", "Totaal opbrengst"), sheet.outcomes, sheet.outcomeCents);
    return t;
}

Table goalsTable(const QList<Meedoen::GoalProgress> &goals, const QString &fromMonth, const QString &toMonth,
                 const QLocale &locale)
{
    Table t{QCoreApplication::translate("StaffReport", "Doelen"),
            {QCoreApplication::translate("StaffReport", "Doel"), QCoreApplication::translate("StaffReport", "Periode"),
             QCoreApplication::translate("StaffReport", "Streefwaarde"), QCoreApplication::translate("StaffReport", "Tot nu"),
             QCoreApplication::translate("StaffReport", "Verwacht aan het eind"),
             QCoreApplication::translate("StaffReport", "Stand")},
            {},
            QCoreApplication::translate("StaffReport", "Voor deze periode zijn geen doelen gesteld."),
            QCoreApplication::translate("StaffReport", "Verwacht: wat er aan het eind van de periode staat als het zo "
                                                       "doorgaat als tot nu.")};
    const QDate first = QDate::fromString(fromMonth + u"-01"_s, Qt::ISODate);
    const QDate firstOfLast = QDate::fromString(toMonth + u"-01"_s, Qt::ISODate);
    const QDate last = firstOfLast.isValid() ? firstOfLast.addMonths(1).addDays(-1) : QDate();
    QLocale plain = locale; // a year has no thousands separator
    plain.setNumberOptions(QLocale::OmitGroupSeparator);
    const auto figure = [&locale](const Meedoen::GoalProgress &p, double value) {
        return p.goal.measure == Meedoen::GoalMeasure::Hours ? locale.toString(value, 'f', 1)
                                                             : locale.toString(qRound(value));
    };
    for (const Meedoen::GoalProgress &p : goals) {
        const Meedoen::Goal &g = p.goal;
        if ((first.isValid() && g.end() < first) || (last.isValid() && g.start > last))
            continue;
        const QString what = (g.route.isEmpty() ? QCoreApplication::translate("StaffReport", "Alle routes")
                                                : routeName(g.route))
            + u": "_s + goalMeasureName(g.measure);
        const QString year = plain.toString(g.start.year());
        const QString when = g.period == Meedoen::GoalPeriod::Year
            ? year
            : QCoreApplication::translate("StaffReport", "kwartaal %1 van %2")
                  .arg(locale.toString((g.start.month() - 1) / 3 + 1), year);
        t.rows.append({what, when, locale.toString(g.target), figure(p, p.value), figure(p, p.forecast),
                       goalStatusText(p.status)});
    }
    return t;
}

Table partnersTable(const QList<PartnerLine> &partners, const QLocale &locale)
{
    Table t{QCoreApplication::translate("StaffReport", "Partners: inzet en resultaat"),
            {QCoreApplication::translate("StaffReport", "Partner"), QCoreApplication::translate("StaffReport", "Geld"),
             QCoreApplication::translate("StaffReport", "Uren personeel"), QCoreApplication::translate("StaffReport", "Plekken"),
             QCoreApplication::translate("StaffReport", "Vrijwilligers"),
             QCoreApplication::translate("StaffReport", "Uren vrijwilligers"),
             QCoreApplication::translate("StaffReport", "Plekken gestart")},
            {},
            QCoreApplication::translate("StaffReport", "In deze periode hebben geen partners iets ingebracht."),
            QCoreApplication::translate("StaffReport", "Inzet in de periode; resultaat op de activiteiten waar de "
                                                       "partner aan meedoet.")};
    for (const PartnerLine &line : partners) {
        const Meedoen::PartnerMonth &f = line.figures.total;
        if (f.moneyCents == 0 && f.staffMinutes == 0 && f.places == 0 && f.premisesMinutes == 0 && f.activeVolunteers == 0
            && f.volunteerMinutes == 0 && f.trainingStarted == 0 && f.trainingCompleted == 0)
            continue;
        QStringList roles;
        for (const Meedoen::PartnerRole r : line.figures.roles)
            roles.append(partnerRoleName(r));
        const QString name = roles.isEmpty() ? line.name : line.name + u" ("_s + roles.join(u", "_s) + u')';
        t.rows.append({name, money(f.moneyCents, locale), hoursText(f.staffMinutes, locale), count(f.places, locale),
                       count(f.activeVolunteers, locale), hoursText(f.volunteerMinutes, locale),
                       count(f.trainingStarted, locale)});
    }
    return t;
}

namespace {

// Each column's share of the page (per cent): enough for its longest word, so that no word
// breaks, and room for its longer texts to wrap in a few lines; in a table of a few columns the
// first, which names the row, at least a third.
QList<int> columnWidths(const Table &t)
{
    QList<double> weights;
    for (qsizetype c = 0; c < t.headers.size(); ++c) {
        qsizetype longestWord = 0, longestText = 0;
        const auto measure = [&](const QString &text, bool cell) {
            for (const QString &word : text.split(u' ', Qt::SkipEmptyParts))
                longestWord = std::max(longestWord, word.size());
            if (cell)
                longestText = std::max(longestText, text.size());
        };
        measure(t.headers.at(c), false);
        for (const QStringList &row : t.rows)
            measure(row.value(c), true);
        // The first column's names (a month, a goal, a partner) on one or two lines.
        const double text = c == 0 ? std::max(double(std::min<qsizetype>(longestText, 16)), longestText / 2.5) : longestText / 3.0;
        weights.append(std::max(double(longestWord), text) + 2);
    }
    double total = 0;
    for (double w : std::as_const(weights))
        total += w;
    if (weights.size() > 1 && weights.size() <= 6) {
        // A third of the whole: w0 = (rest + w0) / 3, so w0 = rest / 2.
        weights.first() = std::max(weights.first(), (total - weights.first()) / 2);
    }
    total = 0;
    for (double w : std::as_const(weights))
        total += w;
    QList<int> widths;
    for (double w : std::as_const(weights))
        widths.append(qMax(1, int(100 * w / total)));
    return widths;
}

} // namespace

QString toHtml(const Document &document)
{
    const bool rtl = document.direction == Qt::RightToLeft;
    QString html = u"<html><head><meta charset=\"utf-8\"><style>"
                   "body { font-family: 'Noto Sans', sans-serif; font-size: 10pt; }"
                   "h1 { font-size: 18pt; margin-bottom: 4pt; } h2 { font-size: 13pt; margin-top: 16pt; }"
                   "p.line { margin: 0; color: #333333; } p.note { font-size: 9pt; color: #444444; }"
                   "th { background-color: #e8eef5; font-weight: bold; } td, th { padding: 3pt 6pt; }"
                   "</style></head><body dir=\""_s
        + (rtl ? u"rtl"_s : u"ltr"_s) + u"\">"_s;
    html += u"<h1>"_s + document.title.toHtmlEscaped() + u"</h1>"_s;
    for (const QString &line : document.lines)
        html += u"<p class=\"line\">"_s + line.toHtmlEscaped() + u"</p>"_s;
    const QString align = rtl ? u"right"_s : u"left"_s;
    for (const Table &t : document.tables) {
        html += u"<h2>"_s + t.title.toHtmlEscaped() + u"</h2>"_s;
        if (t.rows.isEmpty()) {
            html += u"<p>"_s + t.whenEmpty.toHtmlEscaped() + u"</p>"_s;
            continue;
        }
        html += u"<table border=\"1\" cellspacing=\"0\" width=\"100%\" style=\"border-collapse: collapse; "
                "border-color: #999999;\"><thead><tr>"_s;
        const QList<int> widths = columnWidths(t);
        // A table of many columns in a smaller letter with less room around it, so that its
        // words fit their columns on A4.
        const QString cellStyle = t.headers.size() > 6 ? u" style=\"font-size: 8.5pt; padding: 2pt 3pt;\""_s : QString();
        for (qsizetype c = 0; c < t.headers.size(); ++c) {
            html += u"<th align=\"%1\" width=\"%2%\"%3>"_s.arg(c == 0 ? align : u"center"_s).arg(widths.at(c)).arg(cellStyle)
                + t.headers.at(c).toHtmlEscaped() + u"</th>"_s;
        }
        html += u"</tr></thead><tbody>"_s;
        for (const QStringList &row : t.rows) {
            html += u"<tr>"_s;
            for (qsizetype c = 0; c < row.size(); ++c) {
                html += u"<td align=\"%1\"%2>"_s.arg(c == 0 ? align : u"center"_s, cellStyle) + row.at(c).toHtmlEscaped()
                    + u"</td>"_s;
            }
            html += u"</tr>"_s;
        }
        html += u"</tbody></table>"_s;
        if (!t.note.isEmpty())
            html += u"<p class=\"note\">"_s + t.note.toHtmlEscaped() + u"</p>"_s;
    }
    return html + u"</body></html>"_s;
}

bool writePdf(const Document &document, const QString &path)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter);
    printer.setDocName(document.title);
    printer.setCreator(u"Meedoen"_s);
    QTextDocument text;
    text.setDocumentMargin(0);
    QTextOption option = text.defaultTextOption();
    option.setTextDirection(document.direction);
    text.setDefaultTextOption(option);
    text.setHtml(toHtml(document));
    text.print(&printer);
    return printer.printerState() != QPrinter::Error;
}

} // namespace StaffReport
