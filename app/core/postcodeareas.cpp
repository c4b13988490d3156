// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/postcodeareas.h"

#include "core/csv.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace Meedoen::PostcodeAreas {

namespace {

// The code of a character of a UTF-16 string or a UTF-8 byte (never an ASCII one past 127).
char16_t code(QChar c) { return c.unicode(); }
char16_t code(char c) { return char16_t(uchar(c)); }
template <typename C>
bool isAsciiDigit(C c)
{
    return code(c) >= u'0' && code(c) <= u'9';
}
template <typename C>
bool isAsciiLetter(C c)
{
    return (code(c) >= u'a' && code(c) <= u'z') || (code(c) >= u'A' && code(c) <= u'Z');
}

// The key of a postcode as typed ("3083 BK", "3083bk"), or -1: what normalisedPostcode()
// accepts, without making a string (the import reads hundreds of thousands).
int postcodeKeyOf(QByteArrayView typed)
{
    const QByteArrayView t = typed.trimmed();
    if (t.size() != 6 && !(t.size() == 7 && t[4] == ' '))
        return -1;
    const char l1 = t[t.size() - 2], l2 = t[t.size() - 1];
    if (t[0] == '0' || !std::all_of(t.cbegin(), t.cbegin() + 4, isAsciiDigit<char>) || !isAsciiLetter(l1)
        || !isAsciiLetter(l2))
        return -1;
    int digits = 0;
    for (char c : t.first(4))
        digits = digits * 10 + (c - '0');
    // ASCII letters: setting the 0x20 bit makes them lower case.
    return (digits * 26 + ((l1 | 0x20) - 'a')) * 26 + ((l2 | 0x20) - 'a');
}

QString postcodeOfKey(int key)
{
    const int l2 = key % 26;
    const int l1 = (key / 26) % 26;
    const int digits = key / 676;
    return QString::number(digits) + QChar(u'A' + l1) + QChar(u'A' + l2);
}

// A house number 1 … kMaxHouseNumber, or 0.
int houseNumber(QByteArrayView text)
{
    if (text.isEmpty() || text.size() > 5)
        return 0;
    int n = 0;
    for (char c : text) {
        if (!isAsciiDigit(c))
            return 0;
        n = n * 10 + (c - '0');
    }
    return n >= 1 && n <= kMaxHouseNumber ? n : 0;
}

// One row (or range) as read: where it came from, for the messages.
struct Entry
{
    int postcode;
    int first;
    int last;
    int neighbourhood;          // index into the table's neighbourhoods
    int line;
};

struct Columns
{
    qsizetype postcode = -1, first = -1, last = -1, neighbourhood = -1, name = -1, city = -1;
};

qsizetype columnOf(const QStringList &header, const QRegularExpression &name)
{
    for (qsizetype i = 0; i < header.size(); ++i) {
        if (name.match(header.at(i)).hasMatch())
            return i;
    }
    return -1;
}

} // namespace

QString normalisedPostcode(QStringView postcode)
{
    const QStringView t = postcode.trimmed();
    QString pc;
    if (t.size() == 6)
        pc = t.toString();
    else if (t.size() == 7 && t[4] == u' ')
        pc = t.left(4) + t.right(2);
    else
        return {};
    if (pc[0] == u'0' || !std::all_of(pc.cbegin(), pc.cbegin() + 4, isAsciiDigit<QChar>)
        || !isAsciiLetter(pc[4]) || !isAsciiLetter(pc[5]))
        return {};
    return pc.toUpper();
}

QString normalisedNeighbourhoodId(QStringView id)
{
    const QStringView t = id.trimmed();
    if (t.size() == 8 && std::all_of(t.cbegin(), t.cend(), isAsciiDigit<QChar>))
        return u"bu"_s + t;
    if (t.isEmpty() || t.size() > kMaxNeighbourhoodIdLength)
        return {};
    for (QChar c : t) {
        if (!isAsciiDigit(c) && !isAsciiLetter(c) && c != u'-' && c != u'_')
            return {};
    }
    return t.toString().toLower();
}

AreaTableRead read(QByteArrayView file, qsizetype maxRows)
{
    AreaTableRead result;
    auto fail = [&result](int line, const QString &message) {
        result.error = AreaTableError{line, message};
        return result;
    };
    if (file.size() > kMaxFileBytes)
        return fail(0, u"the file is larger than %1 MB"_s.arg(kMaxFileBytes / 1024 / 1024));
    if (file.startsWith("\xEF\xBB\xBF"))
        file = file.sliced(3);
    // Read as UTF-8 bytes: only the few cells kept become strings.
    const qsizetype headerEnd = file.indexOf('\n');
    const QByteArrayView headerLine = file.first(headerEnd < 0 ? file.size() : headerEnd);
    const char separator = headerLine.contains(';') ? ';' : ',';

    Csv::Utf8Reader reader(file, separator);
    QList<QByteArrayView> cells;
    if (!reader.next(cells))
        return fail(1, reader.error().isEmpty() ? u"the file is empty"_s : reader.error());
    QStringList header;
    for (QByteArrayView h : std::as_const(cells))
        header.append(QString::fromUtf8(h).trimmed().toLower());

    Columns c;
    c.name = columnOf(header, QRegularExpression(u"^buurtnaam\\d{0,4}$"_s));
    c.city = columnOf(header, QRegularExpression(u"^gemeentenaam\\d{0,4}$"_s));
    if (header.contains(u"pc6"_s) && header.contains(u"huisnummer"_s)) {
        result.table.format = AreaTable::Format::Cbs;
        c.postcode = header.indexOf(u"pc6"_s);
        c.first = c.last = header.indexOf(u"huisnummer"_s);
        c.neighbourhood = columnOf(header, QRegularExpression(u"^buurt(code)?\\d{0,4}$"_s));
    } else if (header.contains(u"postcode"_s) && header.contains(u"huisnummer_van"_s)
               && header.contains(u"huisnummer_tot"_s)) {
        result.table.format = AreaTable::Format::Ranges;
        c.postcode = header.indexOf(u"postcode"_s);
        c.first = header.indexOf(u"huisnummer_van"_s);
        c.last = header.indexOf(u"huisnummer_tot"_s);
        c.neighbourhood = header.indexOf(u"buurt"_s);
    }
    if (c.postcode < 0 || c.neighbourhood < 0)
        return fail(1, u"the header is neither the CBS table's (PC6;Huisnummer;Buurt…) nor "
                       "postcode,huisnummer_van,huisnummer_tot,buurt"_s);
    const bool cbs = result.table.format == AreaTable::Format::Cbs;

    std::vector<Entry> entries;
    QHash<QString, int> neighbourhoodIndex;
    QByteArray lastRawNeighbourhood;
    int lastNeighbourhood = -1;
    while (reader.next(cells)) {
        const int line = reader.line();
        if (cells.size() == 1 && cells.constFirst().trimmed().isEmpty())
            continue; // a blank line
        if (cells.size() != header.size())
            return fail(line, u"%1 fields, the header has %2"_s.arg(cells.size()).arg(header.size()));
        if (qsizetype(entries.size()) >= maxRows)
            return fail(line, u"more than %1 rows"_s.arg(maxRows));
        ++result.table.rows;

        const int postcode = postcodeKeyOf(cells.at(c.postcode));
        if (postcode < 0)
            return fail(line, u"postcode \"%1\" is not four digits and two letters"_s.arg(QString::fromUtf8(cells.at(c.postcode))));
        const int first = houseNumber(cells.at(c.first).trimmed());
        if (!first)
            return fail(line, u"house number \"%1\" is not a whole number from 1 to %2"_s.arg(QString::fromUtf8(cells.at(c.first)))
                                  .arg(kMaxHouseNumber));
        const int last = houseNumber(cells.at(c.last).trimmed());
        if (!last)
            return fail(line, u"house number \"%1\" is not a whole number from 1 to %2"_s.arg(QString::fromUtf8(cells.at(c.last)))
                                  .arg(kMaxHouseNumber));
        if (last < first)
            return fail(line, u"the range %1–%2 runs backwards"_s.arg(first).arg(last));

        // Rows of one street name the same neighbourhood: the last one is remembered as typed.
        const QByteArrayView raw = cells.at(c.neighbourhood);
        if (lastNeighbourhood < 0 || raw != lastRawNeighbourhood) {
            const QString id = normalisedNeighbourhoodId(QString::fromUtf8(raw));
            if (id.isEmpty())
                return fail(line, u"neighbourhood \"%1\" is neither a CBS buurt code nor an id of letters, "
                                  "digits and dashes"_s.arg(QString::fromUtf8(raw)));
            auto it = neighbourhoodIndex.constFind(id);
            if (it == neighbourhoodIndex.cend()) {
                it = neighbourhoodIndex.insert(id, int(result.table.neighbourhoods.size()));
                result.table.neighbourhoods.append({id, QString(), QString()});
            }
            lastRawNeighbourhood = raw.toByteArray();
            lastNeighbourhood = *it;
        }
        Neighbourhood &n = result.table.neighbourhoods[lastNeighbourhood];
        if (c.name >= 0 && n.name.isEmpty())
            n.name = QString::fromUtf8(cells.at(c.name).trimmed());
        if (c.city >= 0 && n.city.isEmpty())
            n.city = QString::fromUtf8(cells.at(c.city).trimmed());
        entries.push_back({postcode, first, last, lastNeighbourhood, line});
    }
    if (!reader.error().isEmpty())
        return fail(reader.line(), reader.error());

    // By postcode and number; a number or range given twice is reported at the later line.
    // (The CBS table comes in this order already: then checking is all it costs.)
    const auto byAddress = [](const Entry &a, const Entry &b) {
        return a.postcode != b.postcode ? a.postcode < b.postcode : a.first < b.first;
    };
    if (!std::is_sorted(entries.cbegin(), entries.cend(), byAddress))
        std::sort(entries.begin(), entries.end(), byAddress);
    std::optional<AreaTableError> overlap;
    for (size_t i = 1; i < entries.size(); ++i) {
        const Entry &a = entries[i - 1];
        const Entry &b = entries[i];
        if (a.postcode != b.postcode || b.first > a.last)
            continue;
        const Entry &later = a.line > b.line ? a : b;
        const Entry &earlier = a.line > b.line ? b : a;
        if (overlap && overlap->line <= later.line)
            continue;
        const QString what = cbs ? u"%1 %2 is already on line %3"_s.arg(postcodeOfKey(later.postcode))
                                       .arg(later.first)
                                       .arg(earlier.line)
                                 : u"%1 %2–%3 overlaps %4–%5 on line %6"_s.arg(postcodeOfKey(later.postcode))
                                       .arg(later.first)
                                       .arg(later.last)
                                       .arg(earlier.first)
                                       .arg(earlier.last)
                                       .arg(earlier.line);
        overlap = AreaTableError{later.line, what};
    }
    if (overlap) {
        result.error = overlap;
        return result;
    }

    // Runs of one neighbourhood become one range: in the CBS table across the numbers no
    // address has (one side of a street: 1, 3, 5 → 1–5), in a range table only where the
    // ranges touch (what lies between two given ranges stays unknown).
    int areaKey = -1;
    for (const Entry &e : entries) {
        if (e.postcode != areaKey) {
            result.table.areas.append({postcodeOfKey(e.postcode), {}});
            areaKey = e.postcode;
        }
        PostcodeArea &area = result.table.areas.last();
        const QString &id = result.table.neighbourhoods.at(e.neighbourhood).id;
        if (!area.ranges.isEmpty() && area.ranges.constLast().neighbourhood == id
            && (cbs || area.ranges.constLast().last + 1 == e.first)) {
            area.ranges.last().last = e.last;
            continue;
        }
        if (area.ranges.size() >= kMaxRangesPerPostcode)
            return fail(e.line, u"postcode %1 has more than %2 ranges"_s.arg(area.postcode).arg(kMaxRangesPerPostcode));
        area.ranges.append({e.first, e.last, id});
    }
    return result;
}

std::optional<QString> neighbourhoodAt(const QList<PostcodeRange> &ranges, int houseNumber)
{
    const auto it = std::upper_bound(ranges.cbegin(), ranges.cend(), houseNumber,
                                     [](int n, const PostcodeRange &r) { return n < r.first; });
    if (it == ranges.cbegin())
        return std::nullopt;
    const PostcodeRange &r = *std::prev(it);
    if (houseNumber > r.last)
        return std::nullopt;
    return r.neighbourhood;
}

} // namespace Meedoen::PostcodeAreas
