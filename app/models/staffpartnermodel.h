// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/staffrowmodel.h"

#include "core/partner.h"

// The partner register on this tablet, by name (PartnerRepository): the organisation, its kind
// in words and its contact person (staff only).
class StaffPartnerModel : public StaffRowModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("StaffPartners holds the partner register")

public:
    enum Role {
        PartnerIdRole = Qt::UserRole + 1,
        NameRole,
        KindRole,
        KindTextRole,
        ContactNameRole,
        ContactPhoneRole,
        ContactEmailRole,
    };
    Q_ENUM(Role)

    explicit StaffPartnerModel(QObject *parent = nullptr);

    QHash<int, QByteArray> roleNames() const override;
    // One partner as a row of this model (the keys are the role names).
    static QVariantMap rowOf(const Meedoen::Partner &partner);
    // A kind in words (translatable).
    static QString kindText(Meedoen::PartnerKind kind);

protected:
    QVariantList readRows(const QSqlDatabase &db) const override;
    QString idKey() const override;
};
