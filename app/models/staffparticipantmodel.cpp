// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/staffparticipantmodel.h"

#include "storage/staffrepository.h"

using namespace Qt::StringLiterals;

StaffParticipantModel::StaffParticipantModel(QObject *parent)
    : StaffOpportunityRowModel(parent)
{
}

QHash<int, QByteArray> StaffParticipantModel::roleNames() const
{
    return {
        {SignupIdRole, "signupId"}, {PersonIdRole, "personId"}, {ReferenceCodeRole, "referenceCode"},
        {SharedRole, "shared"},     {NameRole, "name"},         {PhoneRole, "phone"},
        {EmailRole, "email"},
    };
}

QVariantList StaffParticipantModel::readRows(const QSqlDatabase &db) const
{
    return opportunityId().isEmpty() ? QVariantList() : StaffRepository(db).participantsFor(opportunityId());
}

QString StaffParticipantModel::idKey() const
{
    return u"signupId"_s;
}
