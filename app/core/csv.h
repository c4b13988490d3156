// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// CSV for the corporation's reporting (RFC 4180), safe to open in a spreadsheet: a cell
// that starts with = + - @, a tab or a carriage return is prefixed with an apostrophe so it
// is shown as text, never run as a formula ("CSV injection").

#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace Meedoen::Csv {

// One cell: neutralised, then quoted when it holds a comma, quote, CR or LF (quotes doubled).
QString field(QStringView value);
// Cells joined with commas and ended with CRLF, as RFC 4180 asks.
QString row(const QStringList &cells);

// One line of a file the corporation hands in (an import), cells split at `separator` with
// RFC 4180 quoting ("a;""b""" → a, "b"); a quoted line break is not read. nullopt when a
// quote is left open or text follows a closing quote. Cells are returned as written (not
// trimmed, no apostrophe taken off).
std::optional<QStringList> readRow(QStringView line, QChar separator);

} // namespace Meedoen::Csv
