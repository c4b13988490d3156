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
