// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Importing the corporation's areas, naming neighbourhoods, placing sites (Areas, areas.h).

#include "server/store/areas.h"
#include "server/store/changelog.h"
#include "server/store/deferredrows.h"
#include "server/store/storehelpers.h"

#include "protocol/changes.h"

#include <QHash>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Meedoen;

namespace Server {

using namespace StoreHelpers;

bool Areas::fail(const QString &message)
{
    if (!message.isEmpty())
        m_session.setError(message);
    m_rows.stop();
    rollback();
    return false;
}

std::optional<AreaImportSummary> Areas::importAreas(const AreaTable &table)
{
    if (!beginWrite())
        return std::nullopt;
    AreaImportSummary summary;
    summary.postcodes = int(table.areas.size());
    // What the database holds now: the new table is compared with it, not written blindly.
    QHash<QString, QString> stored;
    {
        auto q = run(u"SELECT postcode, data FROM postcode_area"_s);
        if (!q) {
            fail({});
            return std::nullopt;
        }
        while (q->next())
            stored.insert(q->value(0).toString(), q->value(1).toString());
    }
    QSet<QString> known;
    {
        auto q = run(u"SELECT id FROM neighbourhood"_s);
        if (!q) {
            fail({});
            return std::nullopt;
        }
        while (q->next())
            known.insert(q->value(0).toString());
    }
    // The rows go as multi-row INSERTs (DeferredRows), the change log with them.
    m_rows.start();
    for (Neighbourhood n : table.neighbourhoods) {
        if (known.contains(n.id))
            continue;
        if (n.name.isEmpty())
            n.name = n.id;
        const QJsonObject json = Wire::toJson(n);
        if (!run(u"INSERT INTO neighbourhood (id, data) VALUES (?, ?)"_s, {n.id, compact(json)})
            || !m_changes.append(Wire::Entity::Neighbourhood, n.id, Wire::ChangeOp::Upsert, ChangeLog::kCatalogue,
                                 QVariant(), QVariant(), QVariant(), json)) {
            fail({});
            return std::nullopt;
        }
        ++summary.neighbourhoodsAdded;
    }
    for (const PostcodeArea &area : table.areas) {
        const QString data = compact(Wire::toJson(area));
        const auto old = stored.constFind(area.postcode);
        const bool same = old != stored.cend() && *old == data;
        if (old != stored.cend())
            stored.erase(old);
        if (same)
            continue;
        m_rows.addRow(u"postcode_area"_s, {area.postcode, data});
        if (!m_changes.appendJson(Wire::Entity::PostcodeArea, area.postcode, Wire::ChangeOp::Upsert,
                                  ChangeLog::kCatalogue, QVariant(), QVariant(), QVariant(), data)) {
            fail({});
            return std::nullopt;
        }
        ++summary.changed;
    }
    // Postcodes that left the table: gone on every device too.
    QStringList gone = stored.keys();
    std::sort(gone.begin(), gone.end());
    for (const QString &postcode : std::as_const(gone)) {
        m_rows.deferStatement(u"DELETE FROM postcode_area WHERE postcode = ?"_s, {postcode});
        if (!m_changes.append(Wire::Entity::PostcodeArea, postcode, Wire::ChangeOp::Delete, ChangeLog::kCatalogue,
                              QVariant(), QVariant(), QVariant(), {})) {
            fail({});
            return std::nullopt;
        }
        ++summary.removed;
    }
    if (!m_rows.flush()) {
        fail({});
        return std::nullopt;
    }
    m_rows.stop();
    if (!commit())
        return std::nullopt;
    // As after a catalogue import: fresh statistics for the pull's plan (Catalogue::importCatalogue).
    if (summary.changed + summary.removed > 0 && m_session.dialect() == Dialect::Postgres
        && !runRaw(u"ANALYZE change_log"_s))
        qCWarning(lcStore) << "ANALYZE after the areas import failed";
    return summary;
}

QList<Neighbourhood> Areas::neighbourhoods()
{
    QList<Neighbourhood> out;
    auto q = run(u"SELECT id, data FROM neighbourhood ORDER BY id"_s);
    while (q && q->next()) {
        const auto n = Wire::neighbourhoodFromJson(parseObject(q->value(1)), QString());
        out.append(n.ok() ? n.value : Neighbourhood{q->value(0).toString(), QString(), QString()});
    }
    return out;
}

bool Areas::renameNeighbourhood(const Neighbourhood &neighbourhood)
{
    if (!beginWrite())
        return false;
    const auto exists = scalar(u"SELECT COUNT(*) FROM neighbourhood WHERE id = ?"_s, {neighbourhood.id});
    if (!exists)
        return fail({});
    if (exists->toInt() == 0)
        return fail(u"unknown neighbourhood: %1"_s.arg(neighbourhood.id));
    const QJsonObject json = Wire::toJson(neighbourhood);
    if (!run(u"UPDATE neighbourhood SET data = ? WHERE id = ?"_s, {compact(json), neighbourhood.id})
        || !m_changes.append(Wire::Entity::Neighbourhood, neighbourhood.id, Wire::ChangeOp::Upsert,
                             ChangeLog::kCatalogue, QVariant(), QVariant(), QVariant(), json))
        return fail({});
    return commit();
}

bool Areas::setSiteLocation(const QString &siteId, double latitude, double longitude)
{
    if (!beginWrite())
        return false;
    auto q = run(u"SELECT data FROM site WHERE id = ?"_s, {siteId});
    if (!q)
        return fail({});
    if (!q->next())
        return fail(u"unknown site: %1"_s.arg(siteId));
    auto site = Wire::siteFromJson(parseObject(q->value(0)), QString());
    q->finish();
    if (!site.ok())
        return fail(u"site %1: the stored entry cannot be read"_s.arg(siteId));
    site.value.latitude = latitude;
    site.value.longitude = longitude;
    const QJsonObject json = Wire::toJson(site.value);
    if (!run(u"UPDATE site SET data = ? WHERE id = ?"_s, {compact(json), siteId})
        || !m_changes.append(Wire::Entity::Site, siteId, Wire::ChangeOp::Upsert, ChangeLog::kCatalogue, QVariant(),
                             QVariant(), QVariant(), json))
        return fail({});
    return commit();
}

} // namespace Server
