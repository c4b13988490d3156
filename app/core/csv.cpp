// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/csv.h"

#include <algorithm>

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
    QList<QStringView> views;
    const bool read = next(views);
    cells.clear();
    cells.reserve(views.size());
    for (QStringView v : views)
        cells.append(v.toString());
    return read;
}

template <typename View>
bool BasicReader<View>::next(QList<View> &cells)
{
    using Char = typename View::storage_type; // char16_t or char
    constexpr Char quote = '"', cr = '\r', lf = '\n';
    cells.clear();
    m_unquoted.clear();
    if (m_pos >= m_text.size() || !m_error.isEmpty())
        return false;
    m_recordLine = m_line;
    const qsizetype size = m_text.size();
    while (true) {
        if (m_pos < size && m_text[m_pos] == quote) {
            // A quoted cell: up to the lone closing quote, "" standing for one quote.
            const qsizetype start = m_pos + 1;
            qsizetype i = start;
            bool doubled = false;
            while (true) {
                const qsizetype closing = m_text.indexOf(quote, i);
                if (closing < 0) {
                    m_error = u"a quoted value is not closed"_s;
                    return false;
                }
                if (closing + 1 < size && m_text[closing + 1] == quote) {
                    doubled = true;
                    i = closing + 2;
                    continue;
                }
                m_pos = closing + 1;
                break;
            }
            const View inside = m_text.sliced(start, m_pos - 1 - start);
            m_line += int(std::count(inside.begin(), inside.end(), lf));
            if (doubled) {
                Owned unquoted(inside.data(), inside.size());
                m_unquoted.append(unquoted.replace(Owned(2, quote), Owned(1, quote)));
                cells.append(View(m_unquoted.constLast()));
            } else {
                cells.append(inside);
            }
            if (m_pos < size && m_text[m_pos] != m_separator && m_text[m_pos] != lf && m_text[m_pos] != cr) {
                m_error = u"text after a quoted value"_s;
                return false;
            }
        } else {
            qsizetype end = m_pos;
            bool quoted = false;
            for (; end < size; ++end) {
                const auto c = m_text[end];
                if (c == m_separator || c == lf || c == cr)
                    break;
                quoted |= c == quote;
            }
            if (quoted) {
                m_error = u"a quote inside an unquoted value"_s;
                return false;
            }
            cells.append(m_text.sliced(m_pos, end - m_pos));
            m_pos = end;
        }
        if (m_pos < size && m_text[m_pos] == m_separator) {
            ++m_pos;
            continue;
        }
        // The end of the record: CRLF, LF, a lone CR, or the end of the text.
        if (m_pos < size && m_text[m_pos] == cr)
            ++m_pos;
        if (m_pos < size && m_text[m_pos] == lf)
            ++m_pos;
        ++m_line;
        return true;
    }
}

template class BasicReader<QStringView>;
template class BasicReader<QByteArrayView>;

} // namespace Meedoen::Csv
