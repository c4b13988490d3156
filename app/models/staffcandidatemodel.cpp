// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/staffcandidatemodel.h"

#include "core/candidatematch.h"
#include "storage/cataloguerepository.h"
#include "storage/staffrepository.h"

using namespace Qt::StringLiterals;

StaffCandidateModel::StaffCandidateModel(QObject *parent)
    : StaffOpportunityRowModel(parent)
{
}

QHash<int, QByteArray> StaffCandidateModel::roleNames() const
{
    return {
        {PersonIdRole, "personId"}, {NameRole, "name"}, {ReasonRole, "reason"},
        {ScoreRole, "score"},       {SignedUpRole, "signedUp"},
    };
}

QVariantList StaffCandidateModel::readRows(const QSqlDatabase &db) const
{
    QVariantList rows;
    if (opportunityId().isEmpty())
        return rows;
    const auto opportunity = CatalogueRepository(db).opportunity(opportunityId());
    if (!opportunity)
        return rows;
    const auto matches = Meedoen::matchCandidates(*opportunity, StaffRepository(db).candidatesFor(opportunityId()));
    for (const Meedoen::CandidateMatch &m : matches) {
        rows.append(QVariantMap{
            {u"personId"_s, m.person.id},
            {u"name"_s, QString(m.person.givenName + u' ' + m.person.familyName).trimmed()},
            {u"reason"_s, Meedoen::candidateReason(m, opportunity->neighbourhoodName, m_interestLabel)},
            {u"score"_s, m.score},
            {u"signedUp"_s, m.signedUp},
        });
    }
    return rows;
}

QString StaffCandidateModel::idKey() const
{
    return u"personId"_s;
}
