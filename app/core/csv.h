// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// CSV for the corporation's reporting (RFC 4180), safe to open in a spreadsheet: a cell
// that starts with = + - @, a tab or a carriage return is prefixed with an apostrophe so it
// is shown as text, never run as a formula ("CSV injection"). Reading: the tables IT imports
// (the CBS postcode table and the tenancy file, `;`- or `,`-separated), record by record.

#include <QString>
#include <QStringList>
#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QStringView>

#include <type_traits>

namespace Meedoen::Csv {

// One cell: neutralised, then quoted when it holds a comma, quote, CR or LF (quotes doubled).
QString field(QStringView value);
// Cells joined with commas and ended with CRLF, as RFC 4180 asks.
QString row(const QStringList &cells);

// Reads records with RFC 4180 quoting and the given separator (the CBS tables use ';'). A
// quoted cell may hold the separator, doubled quotes and line breaks; CRLF, LF and a lone CR
// end a record alike. Cells are returned as written, without trimming, as views into the
// text: no copy per cell (a 500,000-row table reads in a fraction of the time). Only a quoted
// cell with doubled quotes is unquoted into a buffer of the reader's. The views stay valid
// until the next call.
//
// View is QStringView (UTF-16 text) or QByteArrayView (UTF-8 bytes as read from a file:
// quotes, separators and line ends are ASCII, so no cell boundary falls inside a character,
// and a large file need not be converted to UTF-16 first).
template <typename View>
class BasicReader
{
public:
    BasicReader(View text, char16_t separator) : m_text(text), m_separator(separator) {}

    // The next record's cells (the list is reused); false at the end of the text or on a
    // quoting error (then error() says what, and line() where).
    bool next(QList<View> &cells);
    // The line the last record started on, from 1.
    int line() const { return m_recordLine; }
    const QString &error() const { return m_error; }

private:
    using Owned = std::conditional_t<std::is_same_v<View, QStringView>, QString, QByteArray>;

    View m_text;
    char16_t m_separator;
    qsizetype m_pos = 0;
    int m_line = 1;
    int m_recordLine = 0;
    QString m_error;
    QList<Owned> m_unquoted; // the cells that needed a copy, for the views of next()
};

extern template class BasicReader<QStringView>;
extern template class BasicReader<QByteArrayView>;

// UTF-16 text, also with cells as strings.
class Reader : public BasicReader<QStringView>
{
public:
    Reader(QStringView text, QChar separator) : BasicReader(text, separator.unicode()) {}
    using BasicReader::next;
    bool next(QStringList &cells);
};

// UTF-8 bytes; the caller makes strings of the cells it keeps (QString::fromUtf8).
using Utf8Reader = BasicReader<QByteArrayView>;

} // namespace Meedoen::Csv
