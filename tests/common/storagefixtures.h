// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Realistic records for the storage tests and the crash writer: a tenant, their consent
// and a sign-up, all tied together by ids derived from `n`.

#include "core/domain.h"
#include "storage/registrationrepository.h"
#include "core/signup.h"

#include <QDateTime>

namespace StorageFixtures {

using namespace Qt::StringLiterals;

inline QDateTime fixedNow()
{
    return QDateTime(QDate(2026, 3, 14), QTime(10, 30), Qt::UTC);
}

inline Meedoen::Person person(int n)
{
    Meedoen::Person p;
    p.id = u"00000000-0000-4000-8000-%1"_s.arg(n, 12, 10, QChar(u'0'));
    p.personalCode = u"MD-%1"_s.arg(n, 6, 10, QChar(u'0'));
    p.givenName = u"Fatma"_s;
    p.familyName = u"Yılmaz"_s;
    p.phone = u"+31612345678"_s;
    p.email = u"fatma@example.org"_s;
    p.address = {u"3086 AB"_s, 12, u"A"_s};
    p.dateOfBirth = QDate(1984, 5, 17);
    p.languages = {u"nl"_s, u"tr"_s};
    p.interests = {u"tuinieren"_s, u"koken"_s};
    p.neighbourhoods = {u"wielewaal"_s};
    p.uiLanguage = u"tr"_s;
    return p;
}

inline Meedoen::ConsentRecord consent(const Meedoen::Person &p)
{
    return {p.id, u"contact"_s, u"2026-01"_s, fixedNow(), QDateTime(), p.uiLanguage};
}

inline Meedoen::Signup signup(int n, const QString &personId)
{
    Meedoen::Signup s;
    s.id = u"10000000-0000-4000-8000-%1"_s.arg(n, 12, 10, QChar(u'0'));
    s.referenceCode = u"R%1"_s.arg(n, 6, 10, QChar(u'0'));
    s.personId = personId;
    s.opportunityId = u"moestuin-wielewaal"_s;
    s.motivation = u"Ik help graag in de tuin."_s;
    return s;
}

// A new tenant who registers and signs up at once.
inline Submission registrationWithSignup(int n)
{
    Submission sub;
    sub.newPerson = person(n);
    sub.consents = {consent(*sub.newPerson)};
    sub.signup = signup(n, sub.newPerson->id);
    return sub;
}

} // namespace StorageFixtures
