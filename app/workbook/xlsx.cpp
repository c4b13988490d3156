// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workbook/xlsx.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <xlsxwriter.h>

using namespace Qt::StringLiterals;

namespace Workbook {

namespace {

QByteArray sheetName(const QString &name, int index)
{
    QString s = name;
    for (const QChar c : u"[]:*?/\\"_s)
        s.replace(c, u'-');
    s = s.left(31).trimmed();
    if (s.isEmpty())
        s = u"Sheet%1"_s.arg(index + 1);
    return s.toUtf8();
}

} // namespace

std::optional<QByteArray> write(const QList<Sheet> &sheets, QString *error)
{
    const auto fail = [error](const QString &why) -> std::optional<QByteArray> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    QTemporaryDir dir;
    if (!dir.isValid())
        return fail(dir.errorString());
    const QByteArray path = QFile::encodeName(dir.filePath(u"workbook.xlsx"_s));
    const QByteArray tmp = QFile::encodeName(dir.path());
    lxw_workbook_options options{};
    options.tmpdir = const_cast<char *>(tmp.constData());
    lxw_workbook *book = workbook_new_opt(path.constData(), &options);
    if (!book)
        return fail(u"cannot create the workbook"_s);

    lxw_format *headingFormat = workbook_add_format(book);
    format_set_bold(headingFormat);
    lxw_format *numberFormat = workbook_add_format(book);
    format_set_num_format(numberFormat, "0.00");
    lxw_format *integerFormat = workbook_add_format(book);
    format_set_num_format(integerFormat, "0");
    lxw_format *euroFormat = workbook_add_format(book);
    format_set_num_format(euroFormat, "#,##0.00");
    lxw_format *percentFormat = workbook_add_format(book);
    format_set_num_format(percentFormat, "0.0%");

    for (qsizetype s = 0; s < sheets.size(); ++s) {
        const Sheet &sheet = sheets.at(s);
        lxw_worksheet *ws = workbook_add_worksheet(book, sheetName(sheet.name, int(s)).constData());
        if (!ws) {
            workbook_close(book);
            return fail(u"cannot add the sheet %1"_s.arg(sheet.name));
        }
        for (qsizetype c = 0; c < sheet.columnWidths.size(); ++c)
            worksheet_set_column(ws, lxw_col_t(c), lxw_col_t(c), sheet.columnWidths.at(c), nullptr);
        for (qsizetype r = 0; r < sheet.rows.size(); ++r) {
            const Row &row = sheet.rows.at(r);
            for (qsizetype c = 0; c < row.size(); ++c) {
                const Cell &cell = row.at(c);
                if (!cell.value.isValid())
                    continue;
                const auto rr = lxw_row_t(r);
                const auto cc = lxw_col_t(c);
                switch (cell.format) {
                case CellFormat::Text:
                case CellFormat::Heading:
                    worksheet_write_string(ws, rr, cc, cell.value.toString().toUtf8().constData(),
                                           cell.format == CellFormat::Heading ? headingFormat : nullptr);
                    break;
                case CellFormat::Number: worksheet_write_number(ws, rr, cc, cell.value.toDouble(), numberFormat); break;
                case CellFormat::Integer: worksheet_write_number(ws, rr, cc, cell.value.toDouble(), integerFormat); break;
                case CellFormat::Euro: worksheet_write_number(ws, rr, cc, cell.value.toDouble(), euroFormat); break;
                case CellFormat::Percent: worksheet_write_number(ws, rr, cc, cell.value.toDouble(), percentFormat); break;
                }
            }
        }
    }
    if (const lxw_error e = workbook_close(book); e != LXW_NO_ERROR)
        return fail(QString::fromUtf8(lxw_strerror(e)));
    QFile file(dir.filePath(u"workbook.xlsx"_s));
    if (!file.open(QIODevice::ReadOnly))
        return fail(file.errorString());
    return file.readAll();
}

} // namespace Workbook
