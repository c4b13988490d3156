// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/staffparticipantmodel.h"

#include "storage/staffrepository.h"

using namespace Qt::StringLiterals;

StaffParticipantModel::StaffParticipantModel(QObject *parent)
    : StaffRowModel(parent)
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

void StaffParticipantModel::setOpportunityId(const QString &id)
{
    if (m_opportunityId == id)
        return;
    m_opportunityId = id;
    Q_EMIT opportunityIdChanged();
    reload();
}

QVariantList StaffParticipantModel::readRows(const QSqlDatabase &db) const
{
    return m_opportunityId.isEmpty() ? QVariantList() : StaffRepository(db).participantsFor(m_opportunityId);
}

QString StaffParticipantModel::idKey() const
{
    return u"signupId"_s;
}
