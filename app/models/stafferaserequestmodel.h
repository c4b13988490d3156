// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/staffrowmodel.h"

// Tenants' requests from their phones to erase their data (erase-request), as this tablet
// pulled them for its site: open ones first, oldest first, then those done. Staff carry one
// out with the person's erasure (StaffPersons::erasePerson); the request is done once the
// person is erased here or the server says so. openCount is the number on the staff home.
class StaffEraseRequestModel : public StaffRowModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(int openCount READ openCount NOTIFY openCountChanged)

public:
    enum Role {
        RequestIdRole = Qt::UserRole + 1,
        PersonIdRole,
        NameRole,               // empty once the person is erased
        RequestedAtRole,        // when the server received it
        DoneAtRole,             // invalid while open (or erased here, not yet confirmed)
        DoneRole,
        DoneByRole,             // the staff member who erased, by name where this tablet knows them
        ErasingRole,            // an erasure of the person waits on this tablet to be sent
    };
    Q_ENUM(Role)

    explicit StaffEraseRequestModel(QObject *parent = nullptr);
    StaffEraseRequestModel(Database *database, QObject *parent = nullptr);

    QHash<int, QByteArray> roleNames() const override;
    int openCount() const;

Q_SIGNALS:
    void openCountChanged();

protected:
    QVariantList readRows(const QSqlDatabase &db) const override;
    QString idKey() const override;
};
