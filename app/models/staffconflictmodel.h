// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/staffrowmodel.h"

// Decisions taken on a version of a sign-up that had changed meanwhile: the server's conflict
// list of the site, newest first, then this tablet's stale decisions it has not pulled back
// yet (as StaffRepository::conflicts).
class StaffConflictModel : public StaffRowModel
{
    Q_OBJECT
    QML_ELEMENT

public:
    enum Role {
        DecisionIdRole = Qt::UserRole + 1,
        SignupIdRole,
        DecisionRole,           // "confirm", "waitlist", "decline"
        SeenVersionRole,        // the sign-up's version the staff member decided on
        CurrentVersionRole,     // the version it had on the server by then
        DecidedAtRole,          // ISO time, UTC
        CurrentStateRole,       // the sign-up's state now ("confirmed" …)
        OpportunityIdRole,
        TitleRole,              // the opportunity's
        NameRole,               // the tenant's, empty once erased
        ReferenceCodeRole,
        StaffNameRole,          // who decided, empty when this tablet does not know them
    };
    Q_ENUM(Role)

    explicit StaffConflictModel(QObject *parent = nullptr);
    StaffConflictModel(Database *database, QObject *parent = nullptr);

    QHash<int, QByteArray> roleNames() const override;

protected:
    QVariantList readRows(const QSqlDatabase &db) const override;
    QString idKey() const override;
};
