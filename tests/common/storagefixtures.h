// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Realistic records for the storage tests and the crash writer: a tenant, their consent
// and a sign-up, all tied together by ids derived from `n`.

#include "core/domain.h"
#include "storage/registrationrepository.h"
#include "storage/syncstaterepository.h"
#include "core/signup.h"

#include <QDateTime>
#include <QSqlQuery>

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

// A full disk, as far as this connection knows: no page may be added to the file any more
// (PRAGMA max_page_count), and it is filled up to that limit, with sign-ups while they fit
// (unless `withSignups` is false: they would wait in the outbox), then with small values, so
// that no write of a person's fits any more. False when the limit could not be set or was
// never reached.
inline bool fillToPageLimit(const QSqlDatabase &db, bool withSignups = true)
{
    QSqlQuery q(db);
    if (!q.exec(u"PRAGMA page_count"_s) || !q.next())
        return false;
    const qint64 pages = q.value(0).toLongLong();
    if (!q.exec(u"PRAGMA max_page_count = "_s + QString::number(pages)) || !q.next())
        return false;
    q.finish();
    RegistrationRepository registrations(db);
    bool full = !withSignups;
    for (int n = 900000; n < 905000 && !full; ++n)
        full = !registrations.submit(registrationWithSignup(n), fixedNow());
    if (!full)
        return false;
    SyncStateRepository state(db);
    const QString filler(64, u'x');
    for (int n = 0; n < 100000; ++n) {
        if (!state.setValue(u"filler-%1"_s.arg(n), filler))
            return true;
    }
    return false;
}

// Room again: the page limit lifted (SQLite's largest).
inline bool liftPageLimit(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    return q.exec(u"PRAGMA max_page_count = 4294967294"_s);
}

} // namespace StorageFixtures
