// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The printable period report (StaffReport): read back from the PDF as a coordinator reads the
// paper (pdftotext) — the neighbourhood, the months and the figures in the app's language and
// its notation, a volunteer on two routes counted once in the total, a title with markup shown
// as written, and a file that cannot be written reported as such.

#include "controllers/staffreport.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Meedoen;

namespace {

QString pdfText(const QString &path)
{
    QProcess p;
    p.start(u"pdftotext"_s, {u"-layout"_s, u"-enc"_s, u"UTF-8"_s, path, u"-"_s});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

// Two neighbourhood activities on two routes; Anna volunteers on both, Bram on one.
struct Facts
{
    QList<ResultsOpportunity> opportunities{
        {u"tuin"_s, u"<b>Tuin & Co</b>"_s, u"volunteer"_s, u"open"_s, u"site-a"_s, u"wielewaal"_s, u"wonen"_s, 10, 4, 0},
        {u"stage"_s, u"Stage keuken"_s, u"training"_s, u"open"_s, u"site-a"_s, u"wielewaal"_s, u"werken"_s, 2, 2, 3},
    };
    QList<ResultsHours> hours{
        {u"anna"_s, u"tuin"_s, u"2026-10-03"_s, 150},
        {u"anna"_s, u"stage"_s, u"2026-10-10"_s, 600},
        {u"bram"_s, u"tuin"_s, u"2026-11-14"_s, 90},
        {u"bram"_s, u"tuin"_s, u"2025-11-14"_s, 60}, // before the period
    };
    QList<ResultsPlacement> placements{{u"stage"_s, u"started"_s, u"2026-10-01"_s}};

    StaffReport::Document report(const QLocale &locale) const
    {
        ResultsFilter filter{u"site-a"_s, u"2026-01"_s, u"2026-12"_s};
        QList<std::pair<QString, Results>> perRoute;
        for (const QString &route : {u"wonen"_s, u"leren"_s, u"werken"_s, u"vrije-tijd"_s}) {
            ResultsFilter f = filter;
            f.route = route;
            perRoute.append({route, computeResults(opportunities, hours, placements, f)});
        }
        const StaffReport::Period period{u"Wielewaal"_s, u"2026-01"_s, u"2026-12"_s,
                                         QDateTime(QDate(2026, 12, 7), QTime(10, 0), Qt::UTC)};
        return StaffReport::periodReport(period, computeResults(opportunities, hours, placements, filter), perRoute,
                                         locale);
    }
};

// The words of a line, spaces of the layout folded.
QString folded(const QString &text) { return text.simplified(); }

} // namespace

class TestStaffReport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void theFiguresReadBackInDutch()
    {
        const QString path = m_dir.filePath(u"nl.pdf"_s);
        QVERIFY(StaffReport::writePdf(Facts().report(QLocale(QLocale::Dutch, QLocale::Netherlands)), path));
        const QString text = folded(pdfText(path));
        QVERIFY2(text.contains(u"Periodeverslag Meedoen"_s), qPrintable(text));
        QVERIFY(text.contains(u"Buurt: Wielewaal"_s));
        QVERIFY(text.contains(u"Periode: januari 2026 tot en met december 2026"_s));
        // Per route: Wonen 2 volunteers 4,0 hours (150 + 90 minutes); Werken 1 volunteer 10,0
        // hours and a place started; together 2 volunteers (Anna once), 14,0 hours.
        QVERIFY2(text.contains(u"Wonen 2 4,0 0 0 0"_s), qPrintable(text));
        QVERIFY(text.contains(u"Werken 1 10,0 1 0 0"_s));
        QVERIFY(text.contains(u"Samen 2 14,0 1 0 0"_s));
        QVERIFY(text.contains(u"oktober 2026 1 12,5 1 0 0"_s));
        QVERIFY2(text.contains(u"november 2026 1 1,5 0 0 0"_s), qPrintable(text));
        QVERIFY(!text.contains(u"2025"_s)); // November 2025 is outside the period
        // Places: the title as written, never as markup.
        QVERIFY(text.contains(u"<b>Tuin & Co</b> Wonen 10 4 0"_s));
        QVERIFY(text.contains(u"Stage keuken Werken 2 2 3"_s));
    }

    void englishNotation()
    {
        const QString path = m_dir.filePath(u"en.pdf"_s);
        QVERIFY(StaffReport::writePdf(Facts().report(QLocale(QLocale::English, QLocale::UnitedKingdom)), path));
        const QString text = folded(pdfText(path));
        QVERIFY2(text.contains(u"October 2026 1 12.5 1 0 0"_s), qPrintable(text));
    }

    void markupIsEscapedAndArabicRunsRightToLeft()
    {
        const StaffReport::Document d = Facts().report(QLocale(QLocale::Arabic, QLocale::Egypt));
        QCOMPARE(d.direction, Qt::RightToLeft);
        const QString html = StaffReport::toHtml(d);
        QVERIFY(html.contains(u"dir=\"rtl\""_s));
        QVERIFY(html.contains(u"&lt;b&gt;Tuin &amp; Co&lt;/b&gt;"_s));
        QVERIFY(!html.contains(u"<b>Tuin"_s));
        QVERIFY(StaffReport::writePdf(d, m_dir.filePath(u"ar.pdf"_s)));
    }

    // The further parts: ladder moves per route, each supplier's social return and the SROI
    // sheet, in Dutch notation.
    void ladderSocialReturnAndSroiReadBack()
    {
        const QLocale nl(QLocale::Dutch, QLocale::Netherlands);
        StaffReport::Document d = Facts().report(nl);
        d.tables.append(StaffReport::ladderTable({{u"wielewaal"_s, u"werken"_s, 2, 1, 0}, {u"zuidwijk"_s, u"werken"_s, 1, 0, 1},
                                                  {u"wielewaal"_s, u"leren"_s, 0, 3, 0}},
                                                 nl));
        ObligationFulfilment o;
        o.obligation.contract = u"Renovatie"_s;
        o.supplierName = u"Bouwbedrijf De Vries"_s;
        o.requiredCents = 20'000'00;
        o.achievedCents = 1'438'36;
        o.placements.resize(3);
        d.tables.append(StaffReport::socialReturnTable({o}, nl));
        SroiSheet sheet;
        sheet.outcomes = {{u"volunteer-hours"_s, u"Uren vrijwilligerswerk"_s, 2.5, u"hours"_s, 15'00, 37'50, u"bron"_s},
                          {u"placements-started"_s, u"Leerwerkplaatsen begonnen"_s, 1, u"count"_s, -1, 0, QString()}};
        sheet.outcomeCents = 37'50;
        d.tables.append(StaffReport::sroiTable(sheet, nl));
        const QString path = m_dir.filePath(u"parts.pdf"_s);
        QVERIFY(StaffReport::writePdf(d, path));
        const QString text = folded(pdfText(path));
        // Werken summed over the neighbourhoods: 3 up, 1 the same, 1 down.
        QVERIFY2(text.contains(u"Werken 3 1 1"_s), qPrintable(text));
        QVERIFY(text.contains(u"Leren 0 3 0"_s));
        const QString parts = text.mid(text.indexOf(u"Social return"_s));
        // The supplier and contract may wrap in their column; the figures stay on its first line.
        QVERIFY2(parts.contains(u"Bouwbedrijf De Vries – € 20.000,00 € 1.438,36 7,2% 3"_s), qPrintable(parts));
        QVERIFY(parts.contains(u"Renovatie"_s));
        QVERIFY2(parts.contains(u"Uren vrijwilligerswerk 2,5 € 15,00 € 37,50"_s), qPrintable(parts));
        QVERIFY(parts.contains(u"Gehaald Vervuld"_s)); // whole words in the header
        QVERIFY(text.contains(u"Totaal opbrengst € 37,50"_s));
        // Nothing put in: said as a total of nothing, not left out.
        QVERIFY(text.contains(u"Totaal inzet € 0,00"_s));
    }

    // The goals of the period with their figure so far, forecast and standing; the partners
    // who put something in, with their roles. A goal of another year and a partner with
    // nothing in the period are left out.
    void goalsAndPartnersReadBack()
    {
        const QLocale nl(QLocale::Dutch, QLocale::Netherlands);
        StaffReport::Document d = Facts().report(nl);
        const auto progress = [](GoalPeriod period, QDate start, GoalMeasure measure, const QString &route, int target,
                                 double value, double forecast, GoalStatus status) {
            GoalProgress p;
            p.goal.period = period;
            p.goal.start = start;
            p.goal.measure = measure;
            p.goal.route = route;
            p.goal.target = target;
            p.value = value;
            p.forecast = forecast;
            p.status = status;
            return p;
        };
        const QList<GoalProgress> goals{
            progress(GoalPeriod::Quarter, QDate(2026, 10, 1), GoalMeasure::Hours, QString(), 150, 73.5, 110.86,
                     GoalStatus::Behind),
            progress(GoalPeriod::Year, QDate(2026, 1, 1), GoalMeasure::TrainingStarted, u"werken"_s, 4, 3, 3.3,
                     GoalStatus::OnTrack),
            progress(GoalPeriod::Year, QDate(2025, 1, 1), GoalMeasure::ActiveVolunteers, u"wonen"_s, 40, 41, 41,
                     GoalStatus::Reached),
        };
        d.tables.append(StaffReport::goalsTable(goals, u"2026-01"_s, u"2026-12"_s, nl));
        PartnerFigures supplier;
        supplier.total.moneyCents = 500'00;
        supplier.total.staffMinutes = 90;
        supplier.total.places = 3;
        supplier.total.activeVolunteers = 2;
        supplier.total.volunteerMinutes = 750;
        supplier.total.trainingStarted = 3;
        supplier.roles = {PartnerRole::Werkgever, PartnerRole::Financier};
        d.tables.append(StaffReport::partnersTable({{u"Bouwbedrijf De Vries"_s, supplier}, {u"Stil Fonds"_s, {}}}, nl));
        const QString path = m_dir.filePath(u"goals.pdf"_s);
        QVERIFY(StaffReport::writePdf(d, path));
        const QString text = folded(pdfText(path));
        const QString goalsPart = text.mid(text.indexOf(u"Doelen"_s));
        // A goal's name and standing may wrap in their columns; its figures stay on its first line.
        QVERIFY2(goalsPart.contains(u"Alle routes: Uren kwartaal 150 73,5 110,9 Loopt"_s), qPrintable(goalsPart));
        QVERIFY(goalsPart.contains(u"vrijwilligerswerk 4 van achter 2026"_s));
        QVERIFY(goalsPart.contains(u"Werken: Leerplekken 2026 4 3 3 Op"_s));
        QVERIFY(goalsPart.contains(u"Streefwaarde"_s)); // whole words in the header
        QVERIFY(!text.contains(u"2025"_s));
        const QString partners = text.mid(text.indexOf(u"Partners: inzet en resultaat"_s));
        QVERIFY2(partners.contains(u"Bouwbedrijf De € 500,00 1,5 3 2 12,5 3"_s), qPrintable(partners));
        QVERIFY(partners.contains(u"Vrijwilligers"_s) && partners.contains(u"personeel"_s));
        QVERIFY(partners.contains(u"Vries (Werkgever, Financier)"_s));
        QVERIFY(!partners.contains(u"Stil Fonds"_s));

        // Nothing in the period: said, not an empty table.
        const QString empty = StaffReport::toHtml(
            {u"t"_s, {}, {StaffReport::goalsTable({}, u"2026-01"_s, u"2026-03"_s, nl), StaffReport::partnersTable({}, nl)}});
        QVERIFY(empty.contains(u"Voor deze periode zijn geen doelen gesteld."_s));
        QVERIFY(empty.contains(u"In deze periode hebben geen partners iets ingebracht."_s));
    }

    void anUnwritablePlaceIsReported()
    {
        QVERIFY(!StaffReport::writePdf(Facts().report(QLocale(QLocale::Dutch)), u"/proc/meedoen/report.pdf"_s));
    }
};

QTEST_MAIN(TestStaffReport)
#include "tst_staffreport.moc"
