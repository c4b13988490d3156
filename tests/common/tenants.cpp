// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/tenants.h"

#include "core/personalcode.h"
#include "protocol/wire.h"
#include "storage/registrationrepository.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Fixtures {

QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

Meedoen::Person person(const QString &givenName, const QString &familyName, const QStringList &languages)
{
    Meedoen::Person p;
    p.id = uuid();
    p.givenName = givenName;
    p.familyName = familyName;
    p.phone = u"+31612345678"_s;
    p.address.postcode = u"3083 BK"_s;
    p.address.houseNumber = 12;
    p.dateOfBirth = QDate(1980, 5, 17);
    p.languages = languages;
    return p;
}

Meedoen::ConsentRecord contactConsent(const Meedoen::Person &p, const QDateTime &at)
{
    return Meedoen::ConsentRecord{p.id, u"contact"_s, u"2026-11-01"_s, at, {}, p.uiLanguage};
}

QJsonObject registrationPayload(const Meedoen::Person &p)
{
    return {{u"person"_s, Wire::toJson(p)}, {u"consents"_s, QJsonArray{Wire::toJson(contactConsent(p))}}};
}

QJsonObject signupPayload(const QString &personId, const QString &opportunity, const QString &signupId)
{
    Meedoen::Signup s;
    s.id = signupId;
    s.personId = personId;
    s.opportunityId = opportunity;
    s.createdAt = QDateTime::currentDateTimeUtc();
    return {{u"signup"_s, Wire::toJson(s)}};
}

QJsonObject mutationJson(qint64 seq, const QString &kind, const QJsonObject &payload)
{
    return {{u"seq"_s, double(seq)},
            {u"id"_s, uuid()},
            {u"kind"_s, kind},
            {u"deviceTime"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
            {u"payload"_s, payload}};
}

QString queueSignup(const QSqlDatabase &db, const QString &opportunity, const QString &givenName, bool trajectory)
{
    RegistrationRepository repo(db);
    Submission s;
    s.newPerson = person(givenName);
    s.consents = {contactConsent(*s.newPerson)};
    if (trajectory) {
        Meedoen::ConsentRecord c = contactConsent(*s.newPerson);
        c.purpose = u"trajectory"_s;
        c.textVersion = u"traject-2026-11"_s;
        s.consents.append(c);
    }
    Meedoen::Signup signup;
    signup.id = uuid();
    signup.personId = s.newPerson->id;
    signup.opportunityId = opportunity;
    signup.referenceCode = Meedoen::generateReferenceCode(*QRandomGenerator::global());
    s.signup = signup;
    return repo.submit(s, QDateTime::currentDateTimeUtc()) ? signup.id : QString();
}

} // namespace Fixtures
