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
    // The header decides the separator and where each column is.
    enum Column { Number, Postcode, HouseNumber, Addition, StartDate, Columns };
    static const std::array<QString, Columns> names = {u"huurdernummer"_s, u"postcode"_s, u"huisnummer"_s,
                                                       u"toevoeging"_s, u"ingangsdatum"_s};
    const QStringView firstLine = QStringView(text).left(text.indexOf(u'\n'));
    const QChar separator = firstLine.count(u';') >= firstLine.count(u',') ? u';' : u',';
    Csv::Reader reader(text, separator);
    QList<QStringView> cells;
    const auto blank = [&cells] { return cells.size() == 1 && cells.first().trimmed().isEmpty(); };
    const auto readError = [&reader, &fail] {
        return fail(reader.line(), u"%1 (quote a value that holds the separator or a quote, and double the quotes inside)"_s
                                       .arg(reader.error()));
    };
    if (!reader.next(cells) && !reader.error().isEmpty())
        return readError();
    if (cells.isEmpty() || blank())
        return fail(1, u"the first line must name the columns: huurdernummer;postcode;huisnummer;toevoeging;ingangsdatum"_s);
    std::array<int, Columns> at{};
    at.fill(-1);
    if (cells.size() != Columns)
        return fail(1, u"the header must have exactly the columns huurdernummer, postcode, huisnummer, toevoeging, "
                       "ingangsdatum"_s);
    for (int i = 0; i < Columns; ++i) {
        const QString name = cells.at(i).trimmed().toString().toLower();
        const auto found = std::find(names.cbegin(), names.cend(), name);
        if (found == names.cend() || at[std::size_t(found - names.cbegin())] != -1)
            return fail(1, u"column %1 of the header is not one of huurdernummer, postcode, huisnummer, toevoeging, "
                           "ingangsdatum (or named twice)"_s.arg(i + 1));
        at[std::size_t(found - names.cbegin())] = i;
    }

    QSet<QString> seen;
    while (reader.next(cells)) {
        const int lineNumber = reader.line();
        if (blank())
            continue;
        if (file.tenancies.size() >= kMaxTenancyRows)
            return fail(lineNumber, u"more than %1 tenancies"_s.arg(kMaxTenancyRows));
        if (cells.size() != Columns)
            return fail(lineNumber, u"%1 columns instead of %2"_s.arg(cells.size()).arg(int(Columns)));
        const auto cell = [&cells, &at](Column c) { return cells.at(at[c]).trimmed(); };

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
    if (!reader.error().isEmpty())
        return readError();
    return file;
}

} // namespace Meedoen
