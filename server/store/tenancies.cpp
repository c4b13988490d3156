// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Importing the rent administration's tenancies and the verdict for a person (Tenancies,
// tenancies.h).

#include "server/store/tenancies.h"

#include "server/store/changelog.h"
#include "server/store/deferredrows.h"
#include "server/store/storehelpers.h"

#include "protocol/changes.h"

#include <QSqlQuery>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace Server {

using namespace StoreHelpers;

namespace {

constexpr int kTenancyColumns = 5;
const QString kImportedKey = u"tenancies_imported_at"_s;

} // namespace

std::optional<TenancyImport> Tenancies::importTenancies(const QList<Meedoen::Tenancy> &tenancies, const QDateTime &now)
{
    if (!beginWrite())
        return std::nullopt;
    const auto failed = [this] {
        rollback();
        return std::nullopt;
    };
    if (!run(u"DELETE FROM tenancy"_s))
        return failed();
    // Multi-row INSERTs of kRowsPerInsert rows (the last one shorter).
    for (qsizetype first = 0; first < tenancies.size(); first += kRowsPerInsert) {
        const qsizetype count = std::min<qsizetype>(kRowsPerInsert, tenancies.size() - first);
        QString sql = u"INSERT INTO tenancy (tenant_number, postcode, house_number, addition, start_date) VALUES "_s;
        QVariantList binds;
        binds.reserve(count * kTenancyColumns);
        for (qsizetype i = 0; i < count; ++i) {
            const Meedoen::Tenancy &t = tenancies.at(first + i);
            sql += (i ? u", ("_s : u"("_s) + placeholders(kTenancyColumns) + u')';
            binds << t.tenantNumber << t.postcode << t.houseNumber << t.addition << t.startDate.toString(Qt::ISODate);
        }
        if (!run(sql, binds))
            return failed();
    }
    if (!run(u"INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s,
             {kImportedKey, isoUtc(now)}))
        return failed();

    // Every person not erased and not checked by staff yet gets the verdict of this import.
    TenancyImport result;
    result.tenancies = int(tenancies.size());
    QList<std::pair<QString, QString>> persons; // id, data
    {
        auto q = run(u"SELECT id, data FROM person WHERE erased_at IS NULL ORDER BY id"_s);
        if (!q)
            return failed();
        while (q->next())
            persons.append({q->value(0).toString(), q->value(1).toString()});
    }
    for (const auto &[id, data] : std::as_const(persons)) {
        auto stored = Wire::personChangeFromJson(parseObject(data), QString());
        if (!stored.ok()) {
            m_session.setError(u"a stored person does not read back"_s);
            return failed();
        }
        Wire::PersonChange person = stored.value;
        if (person.identityCheck)
            continue;
        ++result.personsChecked;
        bool fault = false;
        const auto checked = verdict(person.person, fault);
        if (fault)
            return failed();
        if (checked == person.tenancyVerdict)
            continue;
        person.tenancyVerdict = checked;
        if (!run(u"UPDATE person SET data = ? WHERE id = ?"_s, {compact(Wire::toJson(person)), id})
            || !m_changes.emitEntity(Wire::Entity::Person, {id}))
            return failed();
        ++result.verdictsChanged;
    }
    if (!commit())
        return std::nullopt;
    return result;
}

std::optional<Meedoen::TenancyVerdict> Tenancies::verdict(const Meedoen::Person &person, bool &fault)
{
    const auto imported = scalar(u"SELECT value FROM meta WHERE key = ?"_s, {kImportedKey});
    if (!imported) {
        fault = true;
        return std::nullopt;
    }
    if (imported->isNull())
        return std::nullopt;
    QList<Meedoen::Tenancy> ofNumber;
    const QString number = Meedoen::tenancyNumberKey(person.tenantNumber);
    if (!number.isEmpty()) {
        auto q = run(u"SELECT postcode, house_number, addition FROM tenancy WHERE tenant_number = ?"_s, {number});
        if (!q) {
            fault = true;
            return std::nullopt;
        }
        while (q->next())
            ofNumber.append({number, q->value(0).toString(), q->value(1).toInt(), q->value(2).toString(), {}});
    }
    return Meedoen::tenancyVerdict(person, ofNumber);
}

} // namespace Server
