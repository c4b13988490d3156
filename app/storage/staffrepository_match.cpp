// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// StaffRepository: what the two consents about an opportunity decide on this tablet. The
// tenants staff could ask for it ("Wie past hierbij?", ranked by core/candidatematch.h, which
// keeps only those with `matching` consent), and its confirmed participants as the organiser
// gets them: name and contact only with the tenant's `share-partner` consent.
#include "storage/staffrepository.h"

#include "storage/staffrepository_p.h"

using namespace Qt::StringLiterals;
using namespace StaffSql;

QList<Meedoen::Candidate> StaffRepository::candidatesFor(const QString &opportunityId) const
{
    QList<Meedoen::Candidate> candidates;
    QSqlQuery q(m_db);
    // A sign-up that still stands (not withdrawn or declined) marks the tenant as signed up.
    q.prepare(u"SELECT p.data, EXISTS (SELECT 1 FROM staff_signup s WHERE s.person_id = p.id AND s.opportunity_id = ? "
              "AND s.state NOT IN ('withdrawn', 'declined')) FROM staff_person p WHERE p.erased = 0"_s);
    if (!exec(q, {opportunityId}))
        return candidates;
    while (q.next()) {
        const auto read = Wire::personChangeFromJson(parse(q.value(0)), QString());
        if (!read.ok() || read.value.erased)
            continue;
        candidates.append({read.value.person, read.value.consents, q.value(1).toBool()});
    }
    return candidates;
}

QVariantList StaffRepository::participantsFor(const QString &opportunityId) const
{
    QVariantList rows;
    QSqlQuery q(m_db);
    q.prepare(u"SELECT s.id, s.person_id, s.data, p.data FROM staff_signup s JOIN staff_person p ON p.id = s.person_id "
              "WHERE s.opportunity_id = ? AND s.state = 'confirmed' AND p.erased = 0 ORDER BY s.arrival"_s);
    if (!exec(q, {opportunityId}))
        return rows;
    while (q.next()) {
        const auto person = Wire::personChangeFromJson(parse(q.value(3)), QString());
        if (!person.ok())
            continue;
        // Without the consent the name and contact never leave this function.
        const bool shared = Meedoen::hasActiveConsent(person.value.consents, Meedoen::kSharePartnerConsent);
        const Meedoen::Person &p = person.value.person;
        rows.append(QVariantMap{{u"signupId"_s, q.value(0)},
                                {u"personId"_s, q.value(1)},
                                {u"referenceCode"_s, parse(q.value(2)).value(u"referenceCode"_s).toString()},
                                {u"shared"_s, shared},
                                {u"name"_s, shared ? QString(p.givenName + u' ' + p.familyName).trimmed() : QString()},
                                {u"phone"_s, shared ? p.phone : QString()},
                                {u"email"_s, shared ? p.email : QString()}});
    }
    return rows;
}
