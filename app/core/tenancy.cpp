// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tenancy.h"

#include "core/csv.h"
#include "core/keys.h"
#include "core/validation.h"

#include <QHash>
#include <QSet>
#include <QStringDecoder>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace Meedoen {

namespace {

constexpr std::array<QStringView, 4> verdictKeys = {u"match", u"mismatch", u"unknown-number", u"not-given"};

// Upper case, without spaces, hyphens and other separators.
QString compared(QStringView value)
{
    QString out;
    out.reserve(value.size());
    for (const QChar c : value) {
        if (c.isLetterOrNumber())
            out += c.toUpper();
    }
    return out;
}

QDate startDateOf(QStringView text)
{
    const QString t = text.trimmed().toString();
    QDate d = QDate::fromString(t, u"yyyy-MM-dd"_s);
    if (!d.isValid())
        d = QDate::fromString(t, u"dd-MM-yyyy"_s);
    return d;
}

} // namespace

QString toKey(TenancyVerdict verdict) { return keyOf(verdictKeys, verdict); }
std::optional<TenancyVerdict> tenancyVerdictFromKey(QStringView key)
{
    return enumFromKey<TenancyVerdict>(verdictKeys, key);
}

QString tenancyNumberKey(QStringView number) { return compared(number); }
QString postcodeKey(QStringView postcode) { return compared(postcode); }
QString additionKey(QStringView addition) { return compared(addition); }

TenancyVerdict tenancyVerdict(const Person &person, const QList<Tenancy> &tenanciesOfNumber)
{
    if (tenancyNumberKey(person.tenantNumber).isEmpty())
        return TenancyVerdict::NotGiven;
    if (tenanciesOfNumber.isEmpty())
        return TenancyVerdict::UnknownNumber;
    const QString postcode = postcodeKey(person.address.postcode);
    const QString addition = additionKey(person.address.addition);
    for (const Tenancy &t : tenanciesOfNumber) {
        if (t.postcode == postcode && t.houseNumber == person.address.houseNumber && t.addition == addition)
            return TenancyVerdict::Match;
    }
    return TenancyVerdict::Mismatch;
}

TenancyFile readTenancyFile(const QByteArray &bytes)
{
    TenancyFile file;
    const auto fail = [&file](int line, const QString &error) {
        file.tenancies.clear();
        file.errorLine = line;
        file.error = error;
        return file;
    };
    if (bytes.size() > kMaxTenancyFileBytes)
        return fail(0, u"the file is larger than %1 MiB"_s.arg(kMaxTenancyFileBytes / (1024 * 1024)));
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInvalidToNull);
    QString text = utf8.decode(bytes);
    if (utf8.hasError())
        return fail(0, u"the file is not UTF-8 text"_s);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const QList<QStringView> lines = QStringView(text).split(u'\n');

    // The header decides the separator and where each column is.
    enum Column { Number, Postcode, HouseNumber, Addition, StartDate, Columns };
    static const std::array<QString, Columns> names = {u"huurdernummer"_s, u"postcode"_s, u"huisnummer"_s,
                                                       u"toevoeging"_s, u"ingangsdatum"_s};
    const QStringView header = lines.isEmpty() ? QStringView() : lines.first().trimmed();
    if (header.isEmpty())
        return fail(1, u"the first line must name the columns: huurdernummer;postcode;huisnummer;toevoeging;ingangsdatum"_s);
    const QChar separator = header.count(u';') >= header.count(u',') ? u';' : u',';
    const auto headerCells = Csv::readRow(header, separator);
    std::array<int, Columns> at{};
    at.fill(-1);
    if (!headerCells || headerCells->size() != Columns)
        return fail(1, u"the header must have exactly the columns huurdernummer, postcode, huisnummer, toevoeging, "
                       "ingangsdatum"_s);
    for (int i = 0; i < Columns; ++i) {
        const QString name = headerCells->at(i).trimmed().toLower();
        const auto found = std::find(names.cbegin(), names.cend(), name);
        if (found == names.cend() || at[std::size_t(found - names.cbegin())] != -1)
            return fail(1, u"column %1 of the header is not one of huurdernummer, postcode, huisnummer, toevoeging, "
                           "ingangsdatum (or named twice)"_s.arg(i + 1));
        at[std::size_t(found - names.cbegin())] = i;
    }

    QSet<QString> seen;
    for (qsizetype n = 1; n < lines.size(); ++n) {
        const int lineNumber = int(n + 1);
        QStringView line = lines.at(n);
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        if (file.tenancies.size() >= kMaxTenancyRows)
            return fail(lineNumber, u"more than %1 tenancies"_s.arg(kMaxTenancyRows));
        const auto cells = Csv::readRow(line, separator);
        if (!cells)
            return fail(lineNumber, u"a quote is not closed, or text follows a closing quote"_s);
        if (cells->size() != Columns)
            return fail(lineNumber, u"%1 columns instead of %2"_s.arg(cells->size()).arg(int(Columns)));
        const auto cell = [&cells, &at](Column c) { return QStringView(cells->at(at[c])).trimmed(); };

        Tenancy t;
        const auto number = validateTenantNumber(cell(Number));
        if (!number.ok() || cell(Number).isEmpty())
            return fail(lineNumber, u"huurdernummer: letters, digits and hyphens, at most %1"_s.arg(kMaxTenantNumberLength));
        t.tenantNumber = tenancyNumberKey(number.value);
        const auto postcode = validatePostcode(cell(Postcode));
        if (!postcode.ok())
            return fail(lineNumber, u"postcode: not a Dutch postcode like 1234 AB"_s);
        t.postcode = postcodeKey(postcode.value);
        const auto house = validateHouseNumber(cell(HouseNumber), cell(Addition));
        if (!house.ok())
            return fail(lineNumber, u"huisnummer/toevoeging: a number from 1 to 99999, an addition of at most 10 letters "
                                    "or digits"_s);
        t.houseNumber = house.value.number;
        t.addition = additionKey(house.value.addition);
        t.startDate = startDateOf(cell(StartDate));
        if (!t.startDate.isValid())
            return fail(lineNumber, u"ingangsdatum: a date like 2024-03-01 or 01-03-2024"_s);
        const QString key = t.tenantNumber + u'|' + t.postcode + u'|' + QString::number(t.houseNumber) + u'|' + t.addition;
        if (seen.contains(key))
            return fail(lineNumber, u"the same tenant number and address twice"_s);
        seen.insert(key);
        file.tenancies.append(t);
    }
    return file;
}

} // namespace Meedoen
