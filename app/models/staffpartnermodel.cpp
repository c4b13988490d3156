// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/staffpartnermodel.h"

#include "storage/partnerrepository.h"

using namespace Qt::StringLiterals;
using namespace Meedoen;

StaffPartnerModel::StaffPartnerModel(QObject *parent)
    : StaffRowModel(parent)
{
}

QHash<int, QByteArray> StaffPartnerModel::roleNames() const
{
    return {
        {PartnerIdRole, "partnerId"},       {NameRole, "name"},
        {KindRole, "kind"},                 {KindTextRole, "kindText"},
        {ContactNameRole, "contactName"},   {ContactPhoneRole, "contactPhone"},
        {ContactEmailRole, "contactEmail"},
    };
}

QString StaffPartnerModel::kindText(PartnerKind kind)
{
    switch (kind) {
    case PartnerKind::Woningcorporatie: return tr("Woningcorporatie");
    case PartnerKind::Gemeente: return tr("Gemeente");
    case PartnerKind::Welzijn: return tr("Welzijn en begeleiding");
    case PartnerKind::Onderwijs: return tr("Onderwijs");
    case PartnerKind::Werkgever: return tr("Werkgever");
    case PartnerKind::Bewonersgroep: return tr("Bewonersgroep");
    case PartnerKind::Overig: return tr("Anders");
    }
    return {};
}

QVariantMap StaffPartnerModel::rowOf(const Partner &p)
{
    return {{u"partnerId"_s, p.id},
            {u"name"_s, p.name},
            {u"kind"_s, toKey(p.kind)},
            {u"kindText"_s, kindText(p.kind)},
            {u"contactName"_s, p.contactName},
            {u"contactPhone"_s, p.contactPhone},
            {u"contactEmail"_s, p.contactEmail}};
}

QVariantList StaffPartnerModel::readRows(const QSqlDatabase &db) const
{
    QVariantList rows;
    for (const Partner &p : PartnerRepository(db).partners())
        rows.append(rowOf(p));
    return rows;
}

QString StaffPartnerModel::idKey() const
{
    return u"partnerId"_s;
}
