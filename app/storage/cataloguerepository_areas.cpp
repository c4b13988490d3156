// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The corporation's areas on the device: the pulled postcode ranges and the look-up of an
// address's neighbourhood (CatalogueRepository, cataloguerepository.h).

#include "storage/cataloguerepository.h"

using namespace Qt::StringLiterals;
using namespace Meedoen;

bool CatalogueRepository::keepPostcodeArea(const PostcodeArea &area)
{
    if (!removePostcodeArea(area.postcode))
        return false;
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO postcode_range (postcode, first_number, last_number, neighbourhood_id) VALUES (?, ?, ?, ?)"_s);
    for (const PostcodeRange &r : area.ranges) {
        q.addBindValue(area.postcode);
        q.addBindValue(r.first);
        q.addBindValue(r.last);
        q.addBindValue(r.neighbourhood);
        if (!q.exec())
            return false;
    }
    return true;
}

bool CatalogueRepository::removePostcodeArea(const QString &postcode)
{
    QSqlQuery q(m_db);
    q.prepare(u"DELETE FROM postcode_range WHERE postcode = ?"_s);
    q.addBindValue(postcode);
    return q.exec();
}

QString CatalogueRepository::neighbourhoodAt(const QString &postcode, int houseNumber) const
{
    const QString pc6 = PostcodeAreas::normalisedPostcode(postcode);
    if (pc6.isEmpty() || houseNumber < 1)
        return {};
    // The last range starting at or below the number, then whether it reaches it.
    if (m_areaLookup.lastQuery().isEmpty()) {
        m_areaLookup.prepare(u"SELECT last_number, neighbourhood_id FROM postcode_range WHERE postcode = ? "
                             "AND first_number <= ? ORDER BY first_number DESC LIMIT 1"_s);
    }
    m_areaLookup.bindValue(0, pc6);
    m_areaLookup.bindValue(1, houseNumber);
    QString neighbourhood;
    if (m_areaLookup.exec() && m_areaLookup.next() && m_areaLookup.value(0).toInt() >= houseNumber)
        neighbourhood = m_areaLookup.value(1).toString();
    m_areaLookup.finish();
    return neighbourhood;
}

std::optional<std::pair<double, double>> CatalogueRepository::neighbourhoodCentre(const QString &neighbourhoodId) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT AVG(latitude), AVG(longitude), COUNT(*) FROM site WHERE neighbourhood_id = ? "
              "AND NOT (latitude = 0 AND longitude = 0)"_s);
    q.addBindValue(neighbourhoodId);
    if (!q.exec() || !q.next() || q.value(2).toInt() == 0)
        return std::nullopt;
    return std::pair{q.value(0).toDouble(), q.value(1).toDouble()};
}
