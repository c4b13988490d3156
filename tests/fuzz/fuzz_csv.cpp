// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The CSV the corporation's reporting opens (Meedoen::Csv, used by `meedoen-server export`
// and the staff tablet's export; Meedoen reads no CSV, so the writer is what a hostile value
// can reach). The input is UTF-8 text whose unit separators (U+001F) split it into cells.
// Each row is read back with a strict RFC 4180 reader: it must give back exactly the cells,
// each as written or, when it starts with = + - @, a tab or a carriage return, with one
// apostrophe in front (no formula runs), and the row must end with CRLF.

#include "fuzzing.h"

#include "core/csv.h"

#include <optional>

namespace {

// RFC 4180 with CRLF line ends: the cells of one row, or nullopt when the text is not one row.
std::optional<QStringList> readRow(const QString &text)
{
    QStringList cells;
    QString cell;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (true) {
        cell.clear();
        if (i < n && text.at(i) == u'"') {
            ++i;
            while (true) {
                if (i >= n)
                    return std::nullopt;
                if (text.at(i) == u'"') {
                    if (i + 1 < n && text.at(i + 1) == u'"') {
                        cell.append(u'"');
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                cell.append(text.at(i++));
            }
        } else {
            while (i < n && text.at(i) != u',' && text.at(i) != u'\r') {
                if (text.at(i) == u'"' || text.at(i) == u'\n')
                    return std::nullopt;
                cell.append(text.at(i++));
            }
        }
        cells.append(cell);
        if (i < n && text.at(i) == u',') {
            ++i;
            continue;
        }
        if (i + 2 == n && text.at(i) == u'\r' && text.at(i + 1) == u'\n')
            return cells;
        return std::nullopt;
    }
}

bool startsAFormula(const QString &cell)
{
    if (cell.isEmpty())
        return false;
    const QChar c = cell.front();
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(Fuzz::bytes(data, size));
    const QStringList cells = text.split(QChar(0x1f));
    const QString line = Meedoen::Csv::row(cells);
    const auto read = readRow(line);
    if (!read) {
        fprintf(stderr, "the row is not RFC 4180: %s\n", qPrintable(line));
        abort();
    }
    if (read->size() != cells.size()) {
        fprintf(stderr, "%lld cells written, %lld read back\n", qlonglong(cells.size()), qlonglong(read->size()));
        abort();
    }
    for (qsizetype i = 0; i < cells.size(); ++i) {
        QString expected = cells.at(i);
        if (startsAFormula(expected))
            expected.prepend(u'\'');
        if (read->at(i) != expected || startsAFormula(read->at(i))) {
            fprintf(stderr, "cell %lld does not read back as written\n", qlonglong(i));
            abort();
        }
    }
    return 0;
}
