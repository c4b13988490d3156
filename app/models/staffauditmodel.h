// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/staffrowmodel.h"

// The audit trail, newest first: the server's log of the site (decisions, catalogue edits,
// identity checks …) and this tablet's own entries (sign-in, unlock, export, what it queued);
// ids and keys only. The last kMaxRows (as StaffRepository::audit).
class StaffAuditModel : public StaffRowModel
{
    Q_OBJECT
    QML_ELEMENT

public:
    static constexpr int kMaxRows = 200;

    enum Role {
        AuditIdRole = Qt::UserRole + 1,
        AtRole,                 // ISO time, UTC
        StaffNameRole,          // the staff member's name, their id when this tablet does not know it
        ActionRole,             // "decision", "unlock" …
        EntityRole,
        EntityIdRole,
        OnDeviceRole,           // recorded by this tablet, not by the server
        DeviceIdRole,           // the server's entries: which device
    };
    Q_ENUM(Role)

    explicit StaffAuditModel(QObject *parent = nullptr);
    StaffAuditModel(Database *database, QObject *parent = nullptr);

    QHash<int, QByteArray> roleNames() const override;

protected:
    QVariantList readRows(const QSqlDatabase &db) const override;
    QString idKey() const override;
};
