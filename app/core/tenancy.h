// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The tenancy check (docs/privacy.md, "Tenancies"): the corporation's rent administration
// hands the server a file of tenancies (tenant number, address, start date: nothing else);
// the server compares a registration's tenant number and address with it and keeps only the
// verdict with the person. The file and the table never leave the server.

#include "core/domain.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace Meedoen {

// One tenancy as imported, its values already in the form they are compared in.
struct Tenancy
{
    QString tenantNumber;   // tenancyNumberKey()
    QString postcode;       // postcodeKey(): "3083BK"
    int houseNumber = 0;
    QString addition;       // additionKey(): "A", "2HOOG", ""
    QDate startDate;
    friend bool operator==(const Tenancy &, const Tenancy &) = default;
};

// What the server found for a registration's tenant number and address.
//   Match          the number is known at this address
//   Mismatch       the number is known, at another address
//   UnknownNumber  the rent administration does not know the number
//   NotGiven       the tenant gave no number
enum class TenancyVerdict { Match, Mismatch, UnknownNumber, NotGiven };
QString toKey(TenancyVerdict verdict);
std::optional<TenancyVerdict> tenancyVerdictFromKey(QStringView key);

// How the values are compared: upper case, without spaces and hyphens ("12-345 a" and
// "12345A" are one tenant number; "3083 bk" and "3083BK" one postcode; "-a", "A" and " a"
// one addition; "2 hoog" and "2-HOOG" one).
QString tenancyNumberKey(QStringView number);
QString postcodeKey(QStringView postcode);
QString additionKey(QStringView addition);

// The verdict for a person given the tenancies of their tenant number (none: unknown).
TenancyVerdict tenancyVerdict(const Person &person, const QList<Tenancy> &tenanciesOfNumber);

// A file from the rent administration: a header line naming the five columns (in any order,
// any case) huurdernummer, postcode, huisnummer, toevoeging, ingangsdatum, separated by `;`
// or `,`, then one tenancy per line. A start date is 2024-03-01 or 01-03-2024. Every row is
// checked; the first problem ends the reading with its line number, and nothing is imported.
inline constexpr qint64 kMaxTenancyFileBytes = 64 * 1024 * 1024;
inline constexpr int kMaxTenancyRows = 1'000'000;

struct TenancyFile
{
    QList<Tenancy> tenancies;
    int errorLine = 0;      // 1-based; 0: the whole file (too big, empty, not UTF-8)
    QString error;          // English, for the operator; names the column, never a value
    bool ok() const { return error.isEmpty(); }
};
TenancyFile readTenancyFile(const QByteArray &bytes);

} // namespace Meedoen
