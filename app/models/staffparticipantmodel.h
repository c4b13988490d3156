// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/staffopportunityrowmodel.h"

// The confirmed participants of one opportunity as its organiser gets them, by arrival: name,
// phone and e-mail only for a tenant whose `share-partner` consent stands (shared), otherwise
// those roles are empty and the screen says so (StaffRepository::participantsFor).
class StaffParticipantModel : public StaffOpportunityRowModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("StaffCatalogue holds the participants of the opportunity it shows")

public:
    enum Role {
        SignupIdRole = Qt::UserRole + 1,
        PersonIdRole,
        ReferenceCodeRole,
        SharedRole,             // the tenant's share-partner consent stands
        NameRole,               // empty without the consent
        PhoneRole,
        EmailRole,
    };
    Q_ENUM(Role)

    explicit StaffParticipantModel(QObject *parent = nullptr);

    QHash<int, QByteArray> roleNames() const override;

protected:
    QVariantList readRows(const QSqlDatabase &db) const override;
    QString idKey() const override;
};
