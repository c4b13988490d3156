// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The corporation's own areas: which neighbourhood an address (postcode + house number) lies
// in. IT imports them on the server (`meedoen-server import-areas`, docs/operations.md) from
// the CBS "postcode-huisnummer-buurt" table or a simple range table; every device pulls them
// as `postcode-area` changes (docs/sync-protocol.md) and looks a tenant's address up.
//
// One area per 6-character postcode, its house numbers as ranges: the CBS table's rows (one
// per address) are collapsed into runs of the same neighbourhood, so a postcode of 60
// addresses on two streets is a handful of ranges. A number between two listed numbers of the
// same neighbourhood (5 between 3 and 7) belongs to that neighbourhood too.

#include "core/domain.h"

#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>

namespace Meedoen {

struct PostcodeRange
{
    int first = 0;              // house numbers first … last, both included
    int last = 0;
    QString neighbourhood;      // neighbourhood id ("bu05990110" for a CBS buurt)
    friend bool operator==(const PostcodeRange &, const PostcodeRange &) = default;
};

struct PostcodeArea
{
    QString postcode;           // "3083BK": four digits and two capitals, no space
    QList<PostcodeRange> ranges; // ascending, never overlapping
    friend bool operator==(const PostcodeArea &, const PostcodeArea &) = default;
};

// A table as read from a file: its areas by postcode and the neighbourhoods it names (their
// names and cities when the file has them, else empty).
struct AreaTable
{
    QList<PostcodeArea> areas;            // ascending by postcode
    QList<Neighbourhood> neighbourhoods;  // in the order the file first names them
    qsizetype rows = 0;                   // data rows read
    enum class Format { Cbs, Ranges } format = Format::Cbs;
};

struct AreaTableError
{
    int line = 0;               // 1 is the header
    QString message;            // English, for IT at the command line
};

struct AreaTableRead
{
    AreaTable table;
    std::optional<AreaTableError> error;
};

namespace PostcodeAreas {

// Bounds of an import: the whole country's CBS table is ~9.5 million rows and ~300 MB;
// a corporation imports its municipalities.
inline constexpr qsizetype kMaxFileBytes = 400 * 1024 * 1024;
inline constexpr qsizetype kMaxRows = 10'000'000;
inline constexpr int kMaxHouseNumber = 99999;
// Ranges of one postcode (a wire bound too: a postcode holds at most a few hundred addresses).
inline constexpr int kMaxRangesPerPostcode = 2000;
inline constexpr int kMaxNeighbourhoodIdLength = 64;

// "3083 bk", "3083BK" → "3083BK"; empty when it is no Dutch postcode.
QString normalisedPostcode(QStringView postcode);
// A neighbourhood id as the table gives it: a CBS buurt code ("05990110" or "BU05990110",
// both → "bu05990110") or the corporation's own id ("wielewaal"); empty when invalid. Lower
// case, as a person's neighbourhoods are keys.
QString normalisedNeighbourhoodId(QStringView id);

// Reads a whole file: the CBS table (`;`-separated; columns PC6, Huisnummer, Buurt — also
// Buurt2023 and the like —, optional Buurtnaam and Gemeentenaam, others ignored) or the range
// table (`postcode,huisnummer_van,huisnummer_tot,buurt`), told apart by the header. Every row
// is checked; the first problem is returned with its line and the table is then incomplete.
AreaTableRead read(QByteArrayView file, qsizetype maxRows = kMaxRows);

// The neighbourhood of a house number in one postcode's ranges, if any.
std::optional<QString> neighbourhoodAt(const QList<PostcodeRange> &ranges, int houseNumber);

} // namespace PostcodeAreas

} // namespace Meedoen
