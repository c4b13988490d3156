// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The accountant's workbook (workbook/sroiworkbook.h) read back by other programs, as the
// accountant's spreadsheet would: xlsx2csv for the values of each sheet, openpyxl (Debian's
// python3-openpyxl) for what a cell is — a supplier named "=…" stays text, never a formula.

#include "workbook/sroiworkbook.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Meedoen;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000))
        return {};
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

SroiSheet sheet()
{
    SroiSheet s;
    s.filter.site = u"site-a"_s;
    s.filter.neighbourhood = u"wielewaal"_s;
    s.filter.fromMonth = u"2026-11"_s;
    s.filter.toMonth = u"2026-11"_s;
    s.asOf = QDate(2026, 11, 30);
    s.inputs = {{u"partner-money"_s, u"Bijdrage in geld: =1+1"_s, 500.0, u"eur"_s, -1, 500'00, QString()},
                {u"corporation-staff-hours"_s, u"Uren van medewerkers van de corporatie: Woonstad"_s, 10.0, u"hours"_s,
                 55'00, 550'00, u"Eigen tarief"_s}};
    s.outcomes = {{u"volunteer-hours"_s, u"Uren vrijwilligerswerk"_s, 2.5, u"hours"_s, 15'00, 37'50, u"Accountant 2026"_s},
                  {u"placements-started"_s, u"Leerwerkplaatsen begonnen"_s, 3.0, u"count"_s, -1, 0, QString()}};
    s.inputCents = 1'050'00;
    s.outcomeCents = 37'50;
    return s;
}

QList<ObligationFulfilment> obligations()
{
    ObligationFulfilment o;
    o.obligation = {u"2026-017"_s, u"supplier"_s, u"Renovatie"_s, u"site-a"_s, 400'000'00, SocialReturnBasis::ContractSum,
                    0, PsoLevel::Trede2, QDate(2026, 1, 1), QDate(2026, 12, 31)};
    o.supplierName = u"=HYPERLINK(\"http://example.invalid\")"_s;
    o.basisPoints = 500;
    o.requiredCents = 20'000'00;
    o.achievedCents = 5'000'00;
    o.placements.resize(2);
    return {o};
}

} // namespace

class TestSroiWorkbook : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        const auto bytes = Workbook::sroiWorkbook(sheet(), obligations(), defaultSocialReturnRates(), &error);
        QVERIFY2(bytes, qPrintable(error));
        // A zip archive, as every .xlsx is.
        QVERIFY(bytes->startsWith("PK"));
        m_path = m_dir.filePath(u"sroi.xlsx"_s);
        QFile f(m_path);
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write(*bytes) == bytes->size());
    }

    void theSheetReadsBackWithItsFigures()
    {
        const QString xlsx2csv = QStandardPaths::findExecutable(u"xlsx2csv"_s);
        QVERIFY2(!xlsx2csv.isEmpty(), "xlsx2csv is missing: run scripts/setup-deps.sh");
        const Run r = run(xlsx2csv, {u"-n"_s, u"SROI-invoer"_s, m_path});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        // The heading, the period, then the lines with quantity, proxy, value and source (the
        // values as stored; their formats are checked below).
        QVERIFY2(r.out.contains(u"Periode,2026-11 – 2026-11"_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"Wijk,wielewaal"_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"Opbrengst,volunteer-hours,Uren vrijwilligerswerk,2.50,uren,15,37.5,Accountant 2026"_s),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(u"Opbrengst,placements-started,Leerwerkplaatsen begonnen,3,aantal,,0,\n"_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"Totaal,inputs,Totaal inzet,,euro,,1050,"_s), qPrintable(r.out));
    }

    void theObligationsAndProxiesHaveSheetsOfTheirOwn()
    {
        const QString xlsx2csv = QStandardPaths::findExecutable(u"xlsx2csv"_s);
        QVERIFY(!xlsx2csv.isEmpty());
        const Run social = run(xlsx2csv, {u"-n"_s, u"Social return"_s, m_path});
        QVERIFY2(social.exitCode == 0, qPrintable(social.err));
        QVERIFY2(social.out.contains(u"2026-017,"_s) && social.out.contains(u"Renovatie,trede 2,contractwaarde,0.050,400000,"
                                                                             "2026-01-01,2026-12-31,20000,5000,0.250,2"_s),
                 qPrintable(social.out));
        const Run proxies = run(xlsx2csv, {u"-n"_s, u"Proxies en bronnen"_s, m_path});
        QVERIFY2(proxies.exitCode == 0, qPrintable(proxies.err));
        const SocialReturnRates rates = defaultSocialReturnRates();
        QVERIFY2(proxies.out.contains(u"Vrijwilligersuur,15,,\""_s + rates.volunteerHour.source.left(20)), qPrintable(proxies.out));
        QVERIFY2(proxies.out.contains(u"\"Leerwerkplek, per maand\",1500,24 maanden,"_s), qPrintable(proxies.out));
    }

    void aNameThatLooksLikeAFormulaStaysText()
    {
        // Debian's interpreter, where python3-openpyxl is installed.
        const QString python = u"/usr/bin/python3"_s;
        QVERIFY(QFile::exists(python));
        const Run r = run(python, {u"-c"_s, uR"(import sys, openpyxl
book = openpyxl.load_workbook(sys.argv[1])
print(book.sheetnames)
for name in book.sheetnames:
    for row in book[name].iter_rows():
        for cell in row:
            if isinstance(cell.value, str) and cell.value.startswith("="):
                print(name, cell.coordinate, cell.data_type, cell.value)
social = book["Social return"]
print("formats", social["G2"].number_format, social["F2"].number_format, social["L2"].number_format)
)"_s, m_path});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.startsWith(u"['SROI-invoer', 'Social return', 'Proxies en bronnen']"_s), qPrintable(r.out));
        // The supplier's name: a string cell ("s"), not a formula ("f").
        QVERIFY2(r.out.contains(u"Social return B2 s =HYPERLINK"_s), qPrintable(r.out));
        QVERIFY2(!r.out.contains(u" f "_s), qPrintable(r.out));
        // Euros with two decimals and thousands, shares and fulfilment as per cent.
        QVERIFY2(r.out.contains(u"formats #,##0.00 0.0% 0.0%"_s), qPrintable(r.out));
    }
};

QTEST_GUILESS_MAIN(TestSroiWorkbook)
#include "tst_sroiworkbook.moc"
