// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/staffconflictmodel.h"

#include "storage/staffrepository.h"

using namespace Qt::StringLiterals;

StaffConflictModel::StaffConflictModel(QObject *parent)
    : StaffRowModel(parent)
{
}

StaffConflictModel::StaffConflictModel(Database *database, QObject *parent)
    : StaffRowModel(parent)
{
    setDatabase(database);
}

QHash<int, QByteArray> StaffConflictModel::roleNames() const
{
    return {
        {DecisionIdRole, "decisionId"},
        {SignupIdRole, "signupId"},
        {DecisionRole, "decision"},
        {SeenVersionRole, "seenVersion"},
        {CurrentVersionRole, "currentVersion"},
        {DecidedAtRole, "decidedAt"},
        {CurrentStateRole, "currentState"},
        {OpportunityIdRole, "opportunityId"},
        {TitleRole, "title"},
        {NameRole, "name"},
        {ReferenceCodeRole, "referenceCode"},
        {StaffNameRole, "staffName"},
    };
}

QVariantList StaffConflictModel::readRows(const QSqlDatabase &db) const
{
    return StaffRepository(db).conflicts();
}

QString StaffConflictModel::idKey() const
{
    return u"decisionId"_s;
}
