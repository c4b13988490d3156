// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/staffrowmodel.h"

// The confirmed participants of one opportunity as its organiser gets them, by arrival: name,
// phone and e-mail only for a tenant whose `share-partner` consent stands (shared), otherwise
// those roles are empty and the screen says so (StaffRepository::participantsFor).
class StaffParticipantModel : public StaffRowModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("StaffCatalogue holds the participants of the opportunity it shows")
    // The opportunity whose participants are listed; empty: none.
    Q_PROPERTY(QString opportunityId READ opportunityId WRITE setOpportunityId NOTIFY opportunityIdChanged)

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

    QString opportunityId() const { return m_opportunityId; }
    void setOpportunityId(const QString &id);

Q_SIGNALS:
    void opportunityIdChanged();

protected:
    QVariantList readRows(const QSqlDatabase &db) const override;
    QString idKey() const override;

private:
    QString m_opportunityId;
};
