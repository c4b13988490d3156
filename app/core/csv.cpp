// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/csv.h"

using namespace Qt::StringLiterals;

namespace Meedoen::Csv {

QString field(QStringView value)
{
    QString cell = value.toString();
    if (!cell.isEmpty()) {
        const QChar first = cell.front();
        if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' || first == u'\r')
            cell.prepend(u'\'');
    }
    const bool quote = cell.contains(u',') || cell.contains(u'"') || cell.contains(u'\n') || cell.contains(u'\r');
    if (!quote)
        return cell;
    cell.replace(u"\""_s, u"\"\""_s);
    return u'"' + cell + u'"';
}

QString row(const QStringList &cells)
{
    QString line;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            line.append(u',');
        line.append(field(cells.at(i)));
    }
    line.append(u"\r\n"_s);
    return line;
}

bool Reader::next(QStringList &cells)
{
    cells.clear();
    if (m_pos >= m_text.size() || !m_error.isEmpty())
        return false;
    m_recordLine = m_line;
    const qsizetype size = m_text.size();
    while (true) {
        if (m_pos < size && m_text[m_pos] == u'"') {
            // A quoted cell: up to the lone closing quote, "" standing for one quote.
            QString cell;
            qsizetype i = m_pos + 1;
            while (true) {
                const qsizetype quote = m_text.indexOf(u'"', i);
                if (quote < 0) {
                    m_error = u"a quoted value is not closed"_s;
                    return false;
                }
                const QStringView part = m_text.sliced(i, quote - i);
                m_line += int(part.count(u'\n'));
                cell.append(part);
                if (quote + 1 < size && m_text[quote + 1] == u'"') {
                    cell.append(u'"');
                    i = quote + 2;
                    continue;
                }
                m_pos = quote + 1;
                break;
            }
            cells.append(cell);
            if (m_pos < size && m_text[m_pos] != m_separator && m_text[m_pos] != u'\n' && m_text[m_pos] != u'\r') {
                m_error = u"text after a quoted value"_s;
                return false;
            }
        } else {
            qsizetype end = m_pos;
            while (end < size && m_text[end] != m_separator && m_text[end] != u'\n' && m_text[end] != u'\r')
                ++end;
            const QStringView cell = m_text.sliced(m_pos, end - m_pos);
            if (cell.contains(u'"')) {
                m_error = u"a quote inside an unquoted value"_s;
                return false;
            }
            cells.append(cell.toString());
            m_pos = end;
        }
        if (m_pos < size && m_text[m_pos] == m_separator) {
            ++m_pos;
            continue;
        }
        // The end of the record: CRLF, LF, a lone CR, or the end of the text.
        if (m_pos < size && m_text[m_pos] == u'\r')
            ++m_pos;
        if (m_pos < size && m_text[m_pos] == u'\n')
            ++m_pos;
        ++m_line;
        return true;
    }
}

std::optional<QStringList> readRow(QStringView line, QChar separator)
{
    QStringList cells;
    QString cell;
    qsizetype i = 0;
    for (;;) {
        cell.clear();
        if (i < line.size() && line.at(i) == u'"') {
            ++i;
            for (;;) {
                if (i >= line.size())
                    return std::nullopt; // the quote is never closed
                if (line.at(i) == u'"') {
                    if (i + 1 < line.size() && line.at(i + 1) == u'"') {
                        cell += u'"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                cell += line.at(i++);
            }
            if (i < line.size() && line.at(i) != separator)
                return std::nullopt; // text after the closing quote
        } else {
            while (i < line.size() && line.at(i) != separator) {
                if (line.at(i) == u'"')
                    return std::nullopt; // a stray quote inside an unquoted cell
                cell += line.at(i++);
            }
        }
        cells.append(cell);
        if (i >= line.size())
            return cells;
        ++i; // the separator
    }
}

} // namespace Meedoen::Csv
