// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// StaffRepository: one person or sign-up as the tablet knows it now: the person's detail page
// (consents, sign-ups, balances), a sign-up with its version for a decision, and the counts
// the decision rules and the pending marks need.
#include "storage/staffrepository.h"

#include "storage/staffrepository_p.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;
using namespace StaffSql;

QVariantMap StaffRepository::person(const QString &personId) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT data, erased, agreed_minutes FROM staff_person WHERE id = ?"_s);
    if (!exec(q, {personId}) || !q.next())
        return {};
    const QJsonObject p = parse(q.value(0));
    QVariantList consents;
    for (const QJsonValue &c : p.value(u"consents"_s).toArray()) {
        const QJsonObject o = c.toObject();
        consents.append(QVariantMap{{u"purpose"_s, o.value(u"purpose"_s).toString()},
                                    {u"textVersion"_s, o.value(u"textVersion"_s).toString()},
                                    {u"language"_s, o.value(u"language"_s).toString()},
                                    {u"givenAt"_s, o.value(u"givenAt"_s).toString()},
                                    {u"withdrawnAt"_s, o.value(u"withdrawnAt"_s).toString()},
                                    {u"active"_s, !o.contains(u"withdrawnAt"_s)}});
    }
    const QVariantList signups =
        rowMaps(m_db,
                u"SELECT s.id, s.state, s.waitlist_position, o.title, s.placement FROM staff_signup s "
                "LEFT JOIN opportunity o ON o.id = s.opportunity_id WHERE s.person_id = ? ORDER BY s.arrival"_s,
                {personId}, {u"signupId"_s, u"state"_s, u"waitlistPosition"_s, u"title"_s, u"placement"_s});
    const QVariantList balances =
        rowMaps(m_db,
                u"SELECT month, agreed_minutes, logged_minutes, verified_minutes, balance_minutes FROM staff_balance "
                "WHERE person_id = ? ORDER BY month DESC LIMIT 12"_s,
                {personId}, {u"month"_s, u"agreedMinutes"_s, u"loggedMinutes"_s, u"verifiedMinutes"_s, u"balanceMinutes"_s});
    return {{u"personId"_s, personId},
            {u"erased"_s, q.value(1).toBool()},
            {u"name"_s, personName(p)},
            {u"personalCode"_s, p.value(u"personalCode"_s).toString()},
            {u"tenantNumber"_s, p.value(u"tenantNumber"_s).toString()},
            {u"languages"_s, p.value(u"languages"_s).toArray().toVariantList()},
            {u"phone"_s, p.value(u"phone"_s).toString()},
            {u"email"_s, p.value(u"email"_s).toString()},
            {u"postcode"_s, p.value(u"postcode"_s).toString()},
            {u"houseNumber"_s, p.value(u"houseNumber"_s).toInt()},
            {u"dateOfBirth"_s, p.value(u"dateOfBirth"_s).toString()},
            {u"tenancyVerdict"_s, p.value(u"tenancyVerdict"_s).toString()},
            {u"agreedMinutes"_s, q.value(2).toInt()},
            {u"consents"_s, consents},
            {u"signups"_s, signups},
            {u"balances"_s, balances}};
}

std::optional<Wire::SignupChange> StaffRepository::signup(const QString &signupId) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT data, state, version, opportunity_id FROM staff_signup WHERE id = ?"_s);
    if (!exec(q, {signupId}) || !q.next())
        return std::nullopt;
    auto read = Wire::signupChangeFromJson(parse(q.value(0)), QString());
    const auto state = Meedoen::signupStateFromKey(q.value(1).toString());
    if (!read.ok() || !state)
        return std::nullopt;
    // The columns are what the tablet knows now.
    read.value.id = signupId;
    read.value.state = *state;
    read.value.version = q.value(2).toLongLong();
    read.value.opportunityId = q.value(3).toString();
    return read.value;
}

int StaffRepository::confirmedCount(const QString &opportunityId) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT max(coalesce((SELECT places_taken FROM opportunity WHERE id = ?), 0), "
              "(SELECT count(*) FROM staff_signup WHERE opportunity_id = ? AND state = 'confirmed'))"_s);
    if (!exec(q, {opportunityId, opportunityId}) || !q.next())
        return 0;
    return q.value(0).toInt();
}
