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
        for (qsizetype c = 0; c < t.headers.size(); ++c) {
            // The first column names the row (a route, a month, an activity): the widest.
            const int width = c == 0 ? 34 : int(66 / qMax<qsizetype>(1, t.headers.size() - 1));
            html += u"<th align=\"%1\" width=\"%2%\">"_s.arg(c == 0 ? align : u"center"_s).arg(width)
                + t.headers.at(c).toHtmlEscaped() + u"</th>"_s;
        }
        html += u"</tr></thead><tbody>"_s;
        for (const QStringList &row : t.rows) {
            html += u"<tr>"_s;
            for (qsizetype c = 0; c < row.size(); ++c)
                html += u"<td align=\"%1\">"_s.arg(c == 0 ? align : u"center"_s) + row.at(c).toHtmlEscaped() + u"</td>"_s;
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
