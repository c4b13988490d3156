// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// An .xlsx workbook of plain tables, written with libxlsxwriter (Debian libxlsxwriter-dev) for
// the corporation's accountant. Text cells are always written as text, never as a formula, so
// a name that starts with "=" stays a name. The only user of libxlsxwriter.

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace Workbook {

enum class CellFormat { Text, Number, Integer, Euro, Percent, Heading };

struct Cell
{
    QVariant value;                 // QString: text; a number: a number; invalid: empty
    CellFormat format = CellFormat::Text;
};
using Row = QList<Cell>;

inline Cell text(const QString &s) { return {s, CellFormat::Text}; }
inline Cell heading(const QString &s) { return {s, CellFormat::Heading}; }
inline Cell number(double v) { return {v, CellFormat::Number}; }
inline Cell integer(qint64 v) { return {v, CellFormat::Integer}; }
inline Cell euros(qint64 cents) { return {double(cents) / 100.0, CellFormat::Euro}; }
inline Cell percent(double ratio) { return {ratio, CellFormat::Percent}; }

struct Sheet
{
    QString name;                   // at most 31 characters, none of []:*?/\ (made so)
    QList<Row> rows;
    QList<double> columnWidths;     // in characters; left out: the default
};

// The workbook's bytes, or nullopt with *error set. Written through a temporary file (what
// libxlsxwriter needs) that is removed before returning.
std::optional<QByteArray> write(const QList<Sheet> &sheets, QString *error);

} // namespace Workbook
