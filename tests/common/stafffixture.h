// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A pulled staff page with known answers: two sites in two neighbourhoods, three
// opportunities, three persons, sign-ups, hours with corrections, a balance, decisions
// (one a conflict), a training placement event and audit entries.

#include <QJsonArray>
#include <QJsonObject>

namespace StaffFixture {

using namespace Qt::StringLiterals;

inline QJsonObject change(int seq, const QString &entity, const QString &id, const QJsonObject &data,
                          const QString &op = u"upsert"_s)
{
    return {{u"seq"_s, seq}, {u"entity"_s, entity}, {u"id"_s, id}, {u"op"_s, op}, {u"data"_s, data}};
}

inline QJsonObject person(const QString &id, const QString &given, const QString &family, int agreed = 0)
{
    return {{u"id"_s, id}, {u"givenName"_s, given}, {u"familyName"_s, family}, {u"postcode"_s, u"3083 BK"_s},
            {u"houseNumber"_s, 12}, {u"tenantNumber"_s, QString(u"T-"_s + id)}, {u"dateOfBirth"_s, u"1980-05-17"_s},
            {u"agreedMinutesPerMonth"_s, agreed},
            {u"consents"_s, QJsonArray{QJsonObject{{u"purpose"_s, u"contact"_s}, {u"textVersion"_s, u"2026-11-01"_s},
                                                   {u"givenAt"_s, u"2026-10-01T10:00:00.000Z"_s}},
                                       QJsonObject{{u"purpose"_s, u"share-partner"_s}, {u"textVersion"_s, u"2026-11-01"_s},
                                                   {u"givenAt"_s, u"2026-10-01T10:00:00.000Z"_s},
                                                   {u"withdrawnAt"_s, u"2026-10-20T10:00:00.000Z"_s}}}}};
}

inline QJsonObject signup(const QString &id, const QString &personId, const QString &opportunityId,
                          const QString &state, int position, int arrival, int version, const QString &placement = {})
{
    QJsonObject o{{u"id"_s, id}, {u"referenceCode"_s, QString(u"REF-"_s + id)}, {u"personId"_s, personId},
                  {u"opportunityId"_s, opportunityId}, {u"state"_s, state}, {u"waitlistPosition"_s, position},
                  {u"arrival"_s, arrival}, {u"version"_s, version}};
    if (!placement.isEmpty())
        o.insert(u"placement"_s, placement);
    return o;
}

inline QJsonObject hours(const QString &id, const QString &personId, const QString &opportunityId, const QString &date,
                         int minutes, const QString &corrects = {}, const QString &supersededBy = {})
{
    QJsonObject o{{u"id"_s, id}, {u"personId"_s, personId}, {u"opportunityId"_s, opportunityId}, {u"date"_s, date},
                  {u"minutes"_s, minutes}, {u"note"_s, u"Schoffelen"_s}, {u"loggedBy"_s, u"tenant"_s},
                  {u"verified"_s, false}};
    if (!corrects.isEmpty())
        o.insert(u"correctsEntryId"_s, corrects);
    if (!supersededBy.isEmpty())
        o.insert(u"supersededBy"_s, supersededBy);
    return o;
}

inline QJsonObject page()
{
    int seq = 0;
    QJsonArray c;
    c.append(change(++seq, u"neighbourhood"_s, u"wielewaal"_s, {{u"id"_s, u"wielewaal"_s}, {u"name"_s, u"Wielewaal"_s}}));
    c.append(change(++seq, u"neighbourhood"_s, u"heuvel"_s, {{u"id"_s, u"heuvel"_s}, {u"name"_s, u"Heuvel"_s}}));
    c.append(change(++seq, u"site"_s, u"site-a"_s,
                    {{u"id"_s, u"site-a"_s}, {u"name"_s, u"Buurthuis A"_s}, {u"neighbourhood"_s, u"wielewaal"_s}}));
    c.append(change(++seq, u"site"_s, u"site-b"_s,
                    {{u"id"_s, u"site-b"_s}, {u"name"_s, u"Buurthuis B"_s}, {u"neighbourhood"_s, u"heuvel"_s}}));
    const auto opportunity = [](const QString &id, const QString &kind, const QString &route, const QString &title,
                                const QString &site, const QString &neighbourhood, int capacity, int taken) {
        return QJsonObject{{u"id"_s, id}, {u"kind"_s, kind}, {u"route"_s, route}, {u"title"_s, title}, {u"site"_s, site},
                           {u"neighbourhood"_s, neighbourhood}, {u"capacity"_s, capacity}, {u"placesTaken"_s, taken},
                           {u"status"_s, u"open"_s}, {u"version"_s, 1}, {u"waitlistLength"_s, 0}};
    };
    c.append(change(++seq, u"opportunity"_s, u"tuin"_s,
                    opportunity(u"tuin"_s, u"volunteer"_s, u"wonen"_s, u"Moestuin"_s, u"site-a"_s, u"wielewaal"_s, 4, 3)));
    QJsonObject stage = opportunity(u"stage"_s, u"training"_s, u"werken"_s, u"Stage, \"keuken\""_s, u"site-a"_s,
                                    u"wielewaal"_s, 1, 1);
    stage.insert(u"trainingType"_s, u"internship"_s);
    c.append(change(++seq, u"opportunity"_s, u"stage"_s, stage));
    c.append(change(++seq, u"opportunity"_s, u"koffie"_s,
                    opportunity(u"koffie"_s, u"volunteer"_s, u"vrije-tijd"_s, u"Koffie"_s, u"site-b"_s, u"heuvel"_s, 0, 1)));
    c.append(change(++seq, u"person"_s, u"p1"_s, person(u"p1"_s, u"Fatma"_s, u"Yılmaz"_s, 240)));
    c.append(change(++seq, u"person"_s, u"p2"_s, person(u"p2"_s, u"Jan"_s, u"de Vries"_s)));
    c.append(change(++seq, u"person"_s, u"p3"_s, person(u"p3"_s, u"Anna"_s, u"Kowalska"_s)));
    c.append(change(++seq, u"signup"_s, u"s1"_s, signup(u"s1"_s, u"p1"_s, u"tuin"_s, u"confirmed"_s, 0, 1, 1)));
    c.append(change(++seq, u"signup"_s, u"s2"_s, signup(u"s2"_s, u"p2"_s, u"tuin"_s, u"confirmed"_s, 0, 2, 1)));
    c.append(change(++seq, u"signup"_s, u"s3"_s, signup(u"s3"_s, u"p3"_s, u"tuin"_s, u"confirmed"_s, 0, 3, 1)));
    c.append(change(++seq, u"signup"_s, u"s4"_s, signup(u"s4"_s, u"p1"_s, u"stage"_s, u"confirmed"_s, 0, 4, 2, u"started"_s)));
    c.append(change(++seq, u"signup"_s, u"s5"_s, signup(u"s5"_s, u"p2"_s, u"stage"_s, u"waitlisted"_s, 1, 5, 1)));
    c.append(change(++seq, u"signup"_s, u"s6"_s, signup(u"s6"_s, u"p3"_s, u"koffie"_s, u"confirmed"_s, 0, 6, 1)));
    c.append(change(++seq, u"hours"_s, u"h1"_s, hours(u"h1"_s, u"p1"_s, u"tuin"_s, u"2026-10-05"_s, 120)));
    c.append(change(++seq, u"hours"_s, u"h2"_s, hours(u"h2"_s, u"p2"_s, u"tuin"_s, u"2026-10-12"_s, 60, {}, u"h3"_s)));
    c.append(change(++seq, u"hours"_s, u"h3"_s, hours(u"h3"_s, u"p2"_s, u"tuin"_s, u"2026-10-12"_s, 90, u"h2"_s)));
    c.append(change(++seq, u"hours"_s, u"h4"_s, hours(u"h4"_s, u"p1"_s, u"stage"_s, u"2026-11-02"_s, 180)));
    c.append(change(++seq, u"hours"_s, u"h5"_s, hours(u"h5"_s, u"p3"_s, u"koffie"_s, u"2026-11-03"_s, 30)));
    c.append(change(++seq, u"hours"_s, u"h7"_s, hours(u"h7"_s, u"p3"_s, u"tuin"_s, u"2026-11-20"_s, 45, {}, u"h6"_s)));
    c.append(change(++seq, u"hours"_s, u"h6"_s, hours(u"h6"_s, u"p3"_s, u"tuin"_s, u"2026-11-20"_s, 0, u"h7"_s)));
    c.append(change(++seq, u"placement"_s, u"pl1"_s,
                    {{u"id"_s, u"pl1"_s}, {u"signupId"_s, u"s4"_s}, {u"opportunityId"_s, u"stage"_s},
                     {u"placement"_s, u"started"_s}, {u"date"_s, u"2026-11-02"_s}}));
    c.append(change(++seq, u"balance"_s, u"p1/2026-11"_s,
                    {{u"personId"_s, u"p1"_s}, {u"month"_s, u"2026-11"_s}, {u"agreedMinutes"_s, 240},
                     {u"loggedMinutes"_s, 180}, {u"verifiedMinutes"_s, 0}, {u"balanceMinutes"_s, -60}}));
    c.append(change(++seq, u"decision"_s, u"d1"_s,
                    {{u"id"_s, u"d1"_s}, {u"signupId"_s, u"s4"_s}, {u"staffId"_s, u"st-2"_s}, {u"deviceId"_s, u"dev-2"_s},
                     {u"decision"_s, u"confirm"_s}, {u"reason"_s, u"=HYPERLINK(\"x\")"_s}, {u"messageToTenant"_s, u"Welkom,\nmaandag"_s},
                     {u"seenVersion"_s, 1}, {u"currentVersion"_s, 1}, {u"status"_s, u"decided"_s},
                     {u"deviceTime"_s, u"2026-11-01T09:00:00.000Z"_s}, {u"decidedAt"_s, u"2026-11-01T09:05:00.000Z"_s}}));
    c.append(change(++seq, u"decision"_s, u"d2"_s,
                    {{u"id"_s, u"d2"_s}, {u"signupId"_s, u"s4"_s}, {u"staffId"_s, u"st-3"_s}, {u"deviceId"_s, u"dev-3"_s},
                     {u"decision"_s, u"decline"_s}, {u"reason"_s, u"Past niet"_s}, {u"messageToTenant"_s, QString()},
                     {u"seenVersion"_s, 1}, {u"currentVersion"_s, 2}, {u"status"_s, u"conflict"_s},
                     {u"deviceTime"_s, u"2026-11-01T08:00:00.000Z"_s}, {u"decidedAt"_s, u"2026-11-01T09:06:00.000Z"_s}}));
    c.append(change(++seq, u"audit"_s, u"a1"_s,
                    {{u"id"_s, u"a1"_s}, {u"at"_s, u"2026-11-01T09:05:00.000Z"_s}, {u"staffId"_s, u"st-2"_s},
                     {u"deviceId"_s, u"dev-2"_s}, {u"action"_s, u"decision"_s}, {u"entity"_s, u"signup"_s},
                     {u"entityId"_s, u"s4"_s}}));
    return {{u"changes"_s, c}, {u"cursor"_s, QString::number(seq)}, {u"more"_s, false}};
}

} // namespace StaffFixture
