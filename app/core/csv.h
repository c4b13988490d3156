// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// CSV for the corporation's reporting (RFC 4180), safe to open in a spreadsheet: a cell
// that starts with = + - @, a tab or a carriage return is prefixed with an apostrophe so it
// is shown as text, never run as a formula ("CSV injection"). Reading: the tables IT imports
// (the CBS postcode table, `;`-separated), record by record.

#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace Meedoen::Csv {

// One cell: neutralised, then quoted when it holds a comma, quote, CR or LF (quotes doubled).
QString field(QStringView value);
// Cells joined with commas and ended with CRLF, as RFC 4180 asks.
QString row(const QStringList &cells);

// Reads records from text with RFC 4180 quoting and the given separator (the CBS tables use
// ';'). A quoted cell may hold the separator, doubled quotes and line breaks; CRLF and LF end
// a record alike. Cells are returned as written, without trimming.
class Reader
{
public:
    Reader(QStringView text, QChar separator) : m_text(text), m_separator(separator) {}

    // The next record's cells (the list is reused); false at the end of the text or on a
    // quoting error (then error() says what, and line() where).
    bool next(QStringList &cells);
    // The line the last record started on, from 1.
    int line() const { return m_recordLine; }
    const QString &error() const { return m_error; }

private:
    QStringView m_text;
    QChar m_separator;
    qsizetype m_pos = 0;
    int m_line = 1;
    int m_recordLine = 0;
    QString m_error;
};

// One line of a file the corporation hands in (an import), cells split at `separator` with
// RFC 4180 quoting ("a;""b""" → a, "b"); a quoted line break is not read. nullopt when a
// quote is left open or text follows a closing quote. Cells are returned as written (not
// trimmed, no apostrophe taken off).
std::optional<QStringList> readRow(QStringView line, QChar separator);

} // namespace Meedoen::Csv
