// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/staffrowmodel.h"

// New volunteers whose identity and tenancy nobody checked yet (not on the server, not queued
// on this tablet), by family name (as StaffRepository::newVolunteers). Erased persons are
// not listed.
class StaffNewVolunteerModel : public StaffRowModel
{
    Q_OBJECT
    QML_ELEMENT

public:
    enum Role {
        PersonIdRole = Qt::UserRole + 1,
        NameRole,
        TenantNumberRole,       // empty when the tenant did not give one
        AddressRole,            // "3083 BK 12-a"
        DateOfBirthRole,        // "1980-05-17"
        // The server's check against the rent administration (core/tenancy.h): "match",
        // "mismatch", "unknown-number", "not-given"; empty when the server has none.
        TenancyVerdictRole,
    };
    Q_ENUM(Role)

    explicit StaffNewVolunteerModel(QObject *parent = nullptr);
    StaffNewVolunteerModel(Database *database, QObject *parent = nullptr);

    QHash<int, QByteArray> roleNames() const override;

protected:
    QVariantList readRows(const QSqlDatabase &db) const override;
    QString idKey() const override;
};
