// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/routes.h"

#include "server/auth.h"
#include "core/isotime.h"
#include "server/password.h"
#include "core/personalcode.h"
#include "server/results.h"
#include "core/validation.h"
#include "protocol/wire.h"

#include <QCryptographicHash>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QUrlQuery>
#include <QUuid>

#include <numeric>

Q_LOGGING_CATEGORY(lcRoutes, "meedoen.server.routes")

using namespace Qt::StringLiterals;
using namespace Meedoen;

namespace Server {

namespace {

using StatusCode = QHttpServerResponder::StatusCode;

QHttpServerResponse problemResponse(const Problem &p)
{
    QJsonObject o{{u"type"_s, QString(u"urn:meedoen:problem:"_s + p.type)},
                  {u"title"_s, p.title},
                  {u"status"_s, p.status},
                  {u"detail"_s, p.detail}};
    if (!p.field.isEmpty() || p.type == "invalid-field"_L1)
        o.insert(u"field"_s, p.field);
    if (!p.code.isEmpty())
        o.insert(u"code"_s, p.code);
    return QHttpServerResponse("application/problem+json"_ba, QJsonDocument(o).toJson(QJsonDocument::Compact),
                               StatusCode(p.status));
}

Problem invalid(const QString &field, const QString &code, const QString &detail)
{
    return {400, u"invalid-field"_s, u"Invalid field"_s, detail, field, code};
}

Problem fromFieldError(const FieldError &e)
{
    return invalid(e.field, e.code, e.message);
}

QHttpServerResponse jsonResponse(const QJsonObject &o)
{
    return QHttpServerResponse("application/json"_ba, QJsonDocument(o).toJson(QJsonDocument::Compact), StatusCode::Ok);
}

// A request body as a JSON object: strict UTF-8 first, then JSON; or the problem to answer.
std::variant<QJsonObject, Problem> jsonObjectBody(const QByteArray &body)
{
    if (const auto text = decodeUtf8Strict(body, QString()); text.error) {
        Problem p = invalid(QString(), text.error->code, text.error->message);
        p.type = u"invalid-encoding"_s;
        p.title = u"Body is not valid UTF-8"_s;
        return p;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return Problem{400, u"malformed-json"_s, u"Malformed JSON"_s,
                       parseError.error != QJsonParseError::NoError
                           ? u"%1 at offset %2"_s.arg(parseError.errorString()).arg(parseError.offset)
                           : u"The body must be a JSON object."_s,
                       QString(), u"json"_s};
    return doc.object();
}

std::optional<Problem> onlyKeys(const QJsonObject &o, std::initializer_list<QLatin1StringView> allowed,
                                const QString &path)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (std::find(allowed.begin(), allowed.end(), it.key()) == allowed.end())
            return invalid(path.isEmpty() ? it.key() : path + u'.' + it.key(), u"unknown"_s,
                           u"This field is not known."_s);
    }
    return std::nullopt;
}

bool isUuid(const QJsonValue &v)
{
    return v.isString() && !QUuid::fromString(v.toString()).isNull();
}

// The shape of one field of a staff payload.
struct FieldRule
{
    QLatin1StringView name;
    enum Type { Uuid, Text, Key, Date, Int, Object } type;
    bool required;
    int max = 0;        // Text: code points; Int: largest value
    int min = 0;        // Int: smallest value
};

std::optional<Problem> checkFields(const QJsonObject &o, std::initializer_list<FieldRule> rules, const QString &path)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (std::none_of(rules.begin(), rules.end(), [&](const FieldRule &r) { return r.name == it.key(); }))
            return invalid(path + u'.' + it.key(), u"unknown"_s, u"This field is not known."_s);
    }
    for (const FieldRule &rule : rules) {
        const QString field = path + u'.' + rule.name;
        const QJsonValue v = o.value(rule.name);
        if (v.isUndefined()) {
            if (rule.required)
                return invalid(field, u"required"_s, u"This field is required."_s);
            continue;
        }
        switch (rule.type) {
        case FieldRule::Uuid:
            if (!isUuid(v))
                return invalid(field, u"id.format"_s, u"This must be a UUID."_s);
            break;
        case FieldRule::Text: {
            if (!v.isString())
                return invalid(field, u"type"_s, u"This must be text."_s);
            const auto text = validateFreeText(v.toString(), field, rule.max, false, rule.max >= kMaxFreeTextLength);
            if (text.error)
                return fromFieldError(*text.error);
            break;
        }
        case FieldRule::Key: {
            if (!v.isString())
                return invalid(field, u"type"_s, u"This must be text."_s);
            const auto key = validateKey(v.toString(), field);
            if (key.error || key.value != v.toString())
                return invalid(field, key.error ? key.error->code : u"key.format"_s, u"This must be a key like abc-1."_s);
            break;
        }
        case FieldRule::Date:
            if (!v.isString() || !QDate::fromString(v.toString(), Qt::ISODate).isValid())
                return invalid(field, u"date"_s, u"This must be a date like 2026-12-31."_s);
            break;
        case FieldRule::Int: {
            const double d = v.toDouble(-1);
            if (!v.isDouble() || d != double(qint64(d)) || d < rule.min || d > rule.max)
                return invalid(field, u"range"_s, u"This must be a whole number from %1 to %2."_s.arg(rule.min).arg(rule.max));
            break;
        }
        case FieldRule::Object:
            if (!v.isObject())
                return invalid(field, u"type"_s, u"This must be an object."_s);
            break;
        }
    }
    return std::nullopt;
}

std::optional<Problem> oneOf(const QJsonObject &o, QLatin1StringView name, std::initializer_list<QLatin1StringView> values,
                             const QString &path)
{
    const QString v = o.value(name).toString();
    if (std::find(values.begin(), values.end(), v) == values.end()) {
        QStringList names;
        for (QLatin1StringView n : values)
            names.append(n);
        return invalid(path + u'.' + name, u"enum"_s, u"This must be one of: %1."_s.arg(names.join(u", "_s)));
    }
    return std::nullopt;
}

constexpr int kMaxMinutesPerEntry = 24 * 60;
constexpr int kMaxMinutesPerMonth = 31 * 24 * 60;
constexpr int kMaxVersion = 2147483647;

// Staff and hours payloads (docs/sync-protocol.md, "Staff mutations").
std::optional<Problem> readStaffPayload(Mutation &m, const QJsonObject &payload, const QString &path)
{
    using F = FieldRule;
    const bool tenantKind = m.kind == "hours"_L1 || m.kind == "consent-withdraw"_L1;
    const F staff{"staffId"_L1, F::Uuid, !tenantKind};
    std::optional<Problem> p;
    if (m.kind == "decision"_L1) {
        p = checkFields(payload,
                        {staff, {"signupId"_L1, F::Uuid, true}, {"decision"_L1, F::Key, true},
                         {"reason"_L1, F::Text, false, kMaxShortTextLength},
                         {"messageToTenant"_L1, F::Text, false, kMaxFreeTextLength},
                         {"seenVersion"_L1, F::Int, true, kMaxVersion, 0}},
                        path);
        if (!p)
            p = oneOf(payload, "decision"_L1, {"confirm"_L1, "waitlist"_L1, "decline"_L1}, path);
    } else if (m.kind == "opportunity-upsert"_L1) {
        p = checkFields(payload, {staff, {"opportunity"_L1, F::Object, true}}, path);
        if (!p) {
            // The site is resolved by the store (inside the transaction); here only its shape.
            const QJsonObject json = payload.value(u"opportunity"_s).toObject();
            QList<Site> sites;
            if (json.value(u"site"_s).isString() && !json.value(u"site"_s).toString().isEmpty()) {
                Site site;
                site.id = json.value(u"site"_s).toString();
                sites.append(site);
            }
            auto o = Wire::opportunityFromJson(json, path + u".opportunity"_s, sites);
            if (o.error)
                return fromFieldError(*o.error);
            if (o.value.site.id.isEmpty())
                return invalid(path + u".opportunity.site"_s, u"required"_s, u"An opportunity needs a site."_s);
            m.opportunity = o.value;
        }
    } else if (m.kind == "hours"_L1 || m.kind == "hours-correct"_L1) {
        const bool correction = m.kind == "hours-correct"_L1;
        p = checkFields(payload, {staff, {"entry"_L1, F::Object, true}}, path);
        if (!p) {
            const QJsonObject entry = payload.value(u"entry"_s).toObject();
            const QString entryPath = path + u".entry"_s;
            if (correction)
                p = checkFields(entry,
                                {{"id"_L1, F::Uuid, true}, {"correctsEntryId"_L1, F::Uuid, true},
                                 {"date"_L1, F::Date, true}, {"minutes"_L1, F::Int, true, kMaxMinutesPerEntry, 0},
                                 {"note"_L1, F::Text, false, kMaxShortTextLength}},
                                entryPath);
            else
                p = checkFields(entry,
                                {{"id"_L1, F::Uuid, true}, {"personId"_L1, F::Uuid, true},
                                 {"opportunityId"_L1, F::Text, true, 64}, {"date"_L1, F::Date, true},
                                 {"minutes"_L1, F::Int, true, kMaxMinutesPerEntry, 1},
                                 {"note"_L1, F::Text, false, kMaxShortTextLength}},
                                entryPath);
        }
    } else if (m.kind == "hours-verify"_L1) {
        p = checkFields(payload, {staff, {"entryId"_L1, F::Uuid, true}}, path);
    } else if (m.kind == "hours-agreement"_L1) {
        p = checkFields(payload,
                        {staff, {"personId"_L1, F::Uuid, true},
                         {"minutesPerMonth"_L1, F::Int, true, kMaxMinutesPerMonth, 0}},
                        path);
    } else if (m.kind == "placement"_L1) {
        p = checkFields(payload,
                        {staff, {"signupId"_L1, F::Uuid, true}, {"placement"_L1, F::Key, true}, {"date"_L1, F::Date, true}},
                        path);
        if (!p)
            p = oneOf(payload, "placement"_L1, {"started"_L1, "completed"_L1, "dropped-out"_L1}, path);
    } else if (m.kind == "consent-withdraw"_L1) {
        p = checkFields(payload, {staff, {"personId"_L1, F::Uuid, true}, {"purpose"_L1, F::Key, true}}, path);
    } else if (m.kind == "identity-check"_L1) {
        p = checkFields(payload, {staff, {"personId"_L1, F::Uuid, true}, {"method"_L1, F::Key, true}}, path);
        if (!p)
            p = oneOf(payload, "method"_L1, {"tenant-number"_L1, "address"_L1}, path);
    } else { // erase-person
        p = checkFields(payload, {staff, {"personId"_L1, F::Uuid, true}}, path);
    }
    if (p)
        return p;
    m.payload = payload;
    if (payload.contains(u"staffId"_s))
        m.staffId = QUuid::fromString(payload.value(u"staffId"_s).toString()).toString(QUuid::WithoutBraces);
    return std::nullopt;
}

// Everything that can be wrong with one mutation's payload, or the mutation ready to apply.
// {"personalCode", "dateOfBirth"}: how a returning tenant is recognised (sign-up, link).
std::optional<Problem> readIdentify(Mutation &m, const QJsonValue &identify, const QString &idPath)
{
    if (!identify.isObject())
        return invalid(idPath, u"type"_s, u"This must be an object."_s);
    const QJsonObject o = identify.toObject();
    if (auto p = onlyKeys(o, {"personalCode"_L1, "dateOfBirth"_L1}, idPath))
        return p;
    if (!o.value(u"personalCode"_s).isString())
        return invalid(idPath + u".personalCode"_s, u"required"_s, u"This field is required."_s);
    const QDate dob = QDate::fromString(o.value(u"dateOfBirth"_s).toString(), Qt::ISODate);
    if (!o.value(u"dateOfBirth"_s).isString() || !dob.isValid())
        return invalid(idPath + u".dateOfBirth"_s, u"date"_s, u"This must be a date like 2026-12-31."_s);
    m.identify = true;
    // A mistyped code is a refusal the tenant can fix, not a broken device.
    m.identifyCode = normalisePersonalCode(o.value(u"personalCode"_s).toString());
    m.identifyDateOfBirth = dob;
    return std::nullopt;
}

std::optional<Problem> readPayload(Mutation &m, const QJsonObject &payload, const QString &path, QDate today)
{
    if (m.kind == "registration"_L1) {
        if (auto p = onlyKeys(payload, {"person"_L1, "consents"_L1}, path))
            return p;
        if (!payload.value(u"person"_s).isObject())
            return invalid(path + u".person"_s, u"required"_s, u"A registration needs a person object."_s);
        const QString personPath = path + u".person"_s;
        auto person = Wire::personFromJson(payload.value(u"person"_s).toObject(), personPath);
        if (person.error)
            return fromFieldError(*person.error);
        if (!isUuid(person.value.id))
            return invalid(personPath + u".id"_s, u"id.format"_s, u"This must be a UUID."_s);
        for (const FieldError &e : validatePerson(person.value, today)) {
            if (e.code == "dateOfBirth.tooYoung"_L1) {
                m.refusal = u"too-young"_s; // a business refusal, not bad input
                continue;
            }
            return invalid(personPath + u'.' + Wire::personFieldPath(e.field), e.code, e.message);
        }
        Person &p = person.value;
        // Stored the way the app's validators normalise it.
        p.givenName = validateName(p.givenName).value;
        p.familyName = validateName(p.familyName).value;
        p.address.postcode = validatePostcode(p.address.postcode).value;
        if (!p.phone.trimmed().isEmpty())
            p.phone = validatePhone(p.phone).value;
        if (!p.email.trimmed().isEmpty())
            p.email = validateEmail(p.email).value;
        m.person = p;
        const QJsonValue consents = payload.value(u"consents"_s);
        if (!consents.isUndefined() && !consents.isArray())
            return invalid(path + u".consents"_s, u"type"_s, u"This must be a list."_s);
        const QJsonArray list = consents.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString itemPath = path + u".consents[%1]"_s.arg(i);
            if (!list.at(i).isObject())
                return invalid(itemPath, u"type"_s, u"This must be an object."_s);
            auto consent = Wire::consentFromJson(list.at(i).toObject(), itemPath);
            if (consent.error)
                return fromFieldError(*consent.error);
            consent.value.personId = p.id;
            m.consents.append(consent.value);
        }
        return std::nullopt;
    }
    if (m.kind == "signup"_L1) {
        if (auto p = onlyKeys(payload, {"signup"_L1, "identify"_L1, "waitlist"_L1}, path))
            return p;
        // The tenant saw "Vol" and asked for the waitlist. The server still decides by its
        // own count: if a place came free meanwhile, the sign-up is confirmed.
        if (payload.contains(u"waitlist"_s) && !payload.value(u"waitlist"_s).isBool())
            return invalid(path + u".waitlist"_s, u"type"_s, u"This must be true or false."_s);
        if (!payload.value(u"signup"_s).isObject())
            return invalid(path + u".signup"_s, u"required"_s, u"A sign-up needs a signup object."_s);
        const QString signupPath = path + u".signup"_s;
        auto signup = Wire::signupFromJson(payload.value(u"signup"_s).toObject(), signupPath);
        if (signup.error)
            return fromFieldError(*signup.error);
        if (!isUuid(signup.value.id))
            return invalid(signupPath + u".id"_s, u"id.format"_s, u"This must be a UUID."_s);
        const QJsonValue identify = payload.value(u"identify"_s);
        if (!identify.isUndefined()) {
            if (auto p = readIdentify(m, identify, path + u".identify"_s))
                return p;
        } else if (!isUuid(signup.value.personId)) {
            return invalid(signupPath + u".personId"_s, u"required"_s,
                           u"Without identify, personId must be the UUID of a registered person."_s);
        }
        m.signup = signup.value;
        return std::nullopt;
    }
    if (m.kind == "link"_L1) {
        if (auto p = onlyKeys(payload, {"identify"_L1}, path))
            return p;
        if (!payload.contains(u"identify"_s))
            return invalid(path + u".identify"_s, u"required"_s, u"A link needs the tenant's identify object."_s);
        return readIdentify(m, payload.value(u"identify"_s), path + u".identify"_s);
    }
    if (kStaffMutationKinds.contains(m.kind))
        return readStaffPayload(m, payload, path);
    // withdrawal
    if (auto p = onlyKeys(payload, {"signupId"_L1}, path))
        return p;
    if (!isUuid(payload.value(u"signupId"_s)))
        return invalid(path + u".signupId"_s, u"id.format"_s, u"This must be the UUID of a sign-up."_s);
    m.signupId = QUuid::fromString(payload.value(u"signupId"_s).toString()).toString(QUuid::WithoutBraces);
    return std::nullopt;
}

} // namespace

std::variant<QList<Mutation>, Problem> parsePush(const QByteArray &body, QDate today)
{
    auto parsed = jsonObjectBody(body);
    if (auto *problem = std::get_if<Problem>(&parsed))
        return *problem;
    const QJsonObject root = std::get<QJsonObject>(parsed);
    if (auto p = onlyKeys(root, {"mutations"_L1}, QString()))
        return *p;
    if (!root.value(u"mutations"_s).isArray())
        return invalid(u"mutations"_s, u"type"_s, u"mutations must be a list."_s);
    const QJsonArray list = root.value(u"mutations"_s).toArray();
    if (list.size() > kMaxMutationsPerPush)
        return invalid(u"mutations"_s, u"mutations.tooMany"_s,
                       u"At most %1 mutations per request."_s.arg(kMaxMutationsPerPush));
    QList<Mutation> out;
    out.reserve(list.size());
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString path = u"mutations[%1]"_s.arg(i);
        if (!list.at(i).isObject())
            return invalid(path, u"type"_s, u"Each mutation must be an object."_s);
        const QJsonObject o = list.at(i).toObject();
        if (auto p = onlyKeys(o, {"seq"_L1, "id"_L1, "kind"_L1, "deviceTime"_L1, "payload"_L1}, path))
            return *p;
        Mutation m;
        const QJsonValue seq = o.value(u"seq"_s);
        const double s = seq.toDouble(-1);
        if (!seq.isDouble() || s < 1 || s > 9007199254740991.0 || s != double(qint64(s)))
            return invalid(path + u".seq"_s, u"seq.range"_s, u"seq must be a whole number from 1."_s);
        m.seq = qint64(s);
        if (!isUuid(o.value(u"id"_s)))
            return invalid(path + u".id"_s, u"id.format"_s, u"id must be a UUID."_s);
        m.id = QUuid::fromString(o.value(u"id"_s).toString()).toString(QUuid::WithoutBraces);
        m.kind = o.value(u"kind"_s).toString();
        if (m.kind != "registration"_L1 && m.kind != "signup"_L1 && m.kind != "withdrawal"_L1
            && m.kind != "link"_L1 && !kStaffMutationKinds.contains(m.kind))
            return invalid(path + u".kind"_s, u"enum"_s,
                           u"kind must be registration, signup, withdrawal, link or a staff kind (%1)."_s.arg(
                               kStaffMutationKinds.join(u", "_s)));
        m.deviceTime = QDateTime::fromString(o.value(u"deviceTime"_s).toString(), Qt::ISODateWithMs);
        if (!o.value(u"deviceTime"_s).isString() || !m.deviceTime.isValid())
            return invalid(path + u".deviceTime"_s, u"date"_s,
                           u"deviceTime must be an ISO 8601 time like 2026-12-31T09:00:00Z."_s);
        if (!o.value(u"payload"_s).isObject())
            return invalid(path + u".payload"_s, u"type"_s, u"payload must be an object."_s);
        const QJsonObject payload = o.value(u"payload"_s).toObject();
        if (auto p = readPayload(m, payload, path + u".payload"_s, today))
            return *p;
        m.canonicalPayload = QJsonDocument(payload).toJson(QJsonDocument::Compact);
        // The hash is over the compact JSON of {"id", "kind", "payload"}: QJsonObject keeps
        // keys sorted, so the same content always hashes the same. A UUID and a known kind
        // need no escaping, so that text is the canonical payload with id and kind around it.
        const QByteArray hashed = "{\"id\":\"" + m.id.toLatin1() + "\",\"kind\":\"" + m.kind.toLatin1()
                                  + "\",\"payload\":" + m.canonicalPayload + '}';
        m.payloadHash = Auth::hashSecret(hashed);
        out.append(std::move(m));
    }
    return out;
}

SyncRoutes::SyncRoutes(Store &store, ServerConfig config) : m_store(store), m_config(std::move(config)) {}

void SyncRoutes::install(QHttpServer &http)
{
    http.route(u"/v1/enroll"_s, QHttpServerRequest::Method::Post,
               [this](const QHttpServerRequest &request) { return enroll(request); });
    http.route(u"/v1/push"_s, QHttpServerRequest::Method::Post,
               [this](const QHttpServerRequest &request) { return push(request); });
    http.route(u"/v1/pull"_s, QHttpServerRequest::Method::Get,
               [this](const QHttpServerRequest &request) { return pull(request); });
    http.route(u"/v1/staff/login"_s, QHttpServerRequest::Method::Post,
               [this](const QHttpServerRequest &request) { return staffLogin(request); });
    http.route(u"/v1/staff/results"_s, QHttpServerRequest::Method::Get,
               [this](const QHttpServerRequest &request) { return staffResults(request); });
}

namespace {

QByteArray header(const QHttpServerRequest &request, QByteArrayView name)
{
    for (const auto &h : request.headers()) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

std::optional<QHttpServerResponse> tooLarge(const QHttpServerRequest &request)
{
    bool ok = false;
    const qint64 declared = header(request, "content-length").trimmed().toLongLong(&ok);
    if ((ok && declared > kMaxBodyBytes) || request.body().size() > kMaxBodyBytes)
        return problemResponse({413, u"too-large"_s, u"Payload too large"_s,
                                u"A request body may be at most 1 MiB."_s, QString(), QString()});
    return std::nullopt;
}

QHttpServerResponse unauthorized(const QString &detail)
{
    QHttpServerResponse r = problemResponse({401, u"unauthorized"_s, u"Unauthorized"_s, detail, QString(), QString()});
    r.setHeader("WWW-Authenticate"_ba, "Bearer realm=\"meedoen\""_ba);
    return r;
}

QHttpServerResponse serverFault()
{
    return problemResponse({500, u"server-fault"_s, u"Server fault"_s,
                            u"Nothing of this request was applied; send it again later."_s, QString(), QString()});
}

} // namespace

std::variant<Device, QHttpServerResponse> SyncRoutes::authenticate(const QHttpServerRequest &request)
{
    const QByteArray auth = header(request, "authorization");
    if (!auth.startsWith("Bearer "))
        return unauthorized(u"Send Authorization: Bearer <token>."_s);
    const QByteArray token = auth.mid(7).trimmed();
    const auto device = token.isEmpty() ? std::optional(Device{}) : m_store.deviceByTokenHash(Auth::hashSecret(token));
    if (!device)
        return serverFault(); // the database did not answer: not the device's fault
    if (device->id.isEmpty())
        return unauthorized(u"This token is not known."_s);
    if (device->isRevoked())
        return unauthorized(u"This device has been revoked."_s);
    const RateDecision rate = m_store.countRequest(device->id, m_config.clock(), m_config.rateLimitPerMinute);
    if (!rate.allowed) {
        QHttpServerResponse r = problemResponse(
            {429, u"rate-limited"_s, u"Too many requests"_s,
             u"At most %1 requests a minute per device."_s.arg(m_config.rateLimitPerMinute), QString(), QString()});
        r.setHeader("Retry-After"_ba, QByteArray::number(rate.retryAfterSeconds));
        return r;
    }
    return *device;
}

QHttpServerResponse SyncRoutes::enroll(const QHttpServerRequest &request)
{
    if (auto r = tooLarge(request))
        return std::move(*r);
    auto parsed = jsonObjectBody(request.body());
    if (auto *problem = std::get_if<Problem>(&parsed))
        return problemResponse(*problem);
    const QJsonObject o = std::get<QJsonObject>(parsed);
    if (auto p = onlyKeys(o, {"code"_L1}, QString()))
        return problemResponse(*p);
    if (!o.value(u"code"_s).isString())
        return problemResponse(invalid(u"code"_s, u"required"_s, u"Send the enrollment code as text."_s));
    const auto code = Auth::normaliseEnrollmentCode(o.value(u"code"_s).toString());
    const auto refused = [] {
        return problemResponse({403, u"enrollment-refused"_s, u"Enrollment refused"_s,
                                u"This enrollment code is not known, already used or expired."_s, QString(), QString()});
    };
    if (!code)
        return refused();
    const QString deviceId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QByteArray token = Auth::newToken(*QRandomGenerator::system());
    const auto device = m_store.redeemEnrollmentCode(Auth::hashSecret(code->toLatin1()), deviceId,
                                                     Auth::hashSecret(token), m_config.clock());
    if (!device)
        return refused();
    qCInfo(lcRoutes).noquote() << "enrolled device" << device->id << device->kind << device->site;
    return jsonResponse({{u"deviceId"_s, device->id},
                         {u"token"_s, QString::fromLatin1(token)},
                         {u"kind"_s, device->kind},
                         {u"site"_s, device->site}});
}

QHttpServerResponse SyncRoutes::push(const QHttpServerRequest &request)
{
    if (auto r = tooLarge(request))
        return std::move(*r);
    auto auth = authenticate(request);
    if (auto *r = std::get_if<QHttpServerResponse>(&auth))
        return std::move(*r);
    const Device device = std::get<Device>(auth);
    const QDateTime now = m_config.clock();
    auto parsed = parsePush(request.body(), now.date());
    if (auto *p = std::get_if<Problem>(&parsed))
        return problemResponse(*p);
    const auto result = m_store.push(device, std::get<QList<Mutation>>(parsed), now);
    if (!result)
        return serverFault();
    return jsonResponse({{u"results"_s, result->results}, {u"lastSeq"_s, double(result->lastSeq)}});
}

QHttpServerResponse SyncRoutes::pull(const QHttpServerRequest &request)
{
    auto auth = authenticate(request);
    if (auto *r = std::get_if<QHttpServerResponse>(&auth))
        return std::move(*r);
    const Device device = std::get<Device>(auth);
    std::optional<qint64> cursor;
    int limit = kDefaultPullLimit;
    for (const auto &[key, value] : request.query().queryItems(QUrl::FullyDecoded)) {
        bool ok = false;
        if (key == "cursor"_L1) {
            if (value.isEmpty())
                continue;
            const qint64 c = value.toLongLong(&ok);
            if (!ok || c < 0)
                return problemResponse(invalid(u"cursor"_s, u"cursor.format"_s, u"Send back the cursor you got."_s));
            cursor = c;
        } else if (key == "limit"_L1) {
            limit = value.toInt(&ok);
            if (!ok || limit < 1 || limit > kMaxPullLimit)
                return problemResponse(invalid(u"limit"_s, u"limit.range"_s,
                                               u"limit must be a whole number from 1 to %1."_s.arg(kMaxPullLimit)));
        } else {
            return problemResponse(invalid(key, u"unknown"_s, u"This parameter is not known."_s));
        }
    }
    const auto page = m_store.pull(device, cursor, limit);
    if (!page)
        return serverFault();
    if (page->resetRequired)
        return problemResponse({409, u"reset-required"_s, u"Reset required"_s,
                                u"This cursor is older than the kept history. Pull again without a cursor; "
                                "keep the outbox."_s,
                                u"cursor"_s, QString()});
    // The data of most changes is JSON text from the change log already: it goes into the
    // page as it is, not parsed only to be written again (most of the cost of a page). The
    // rest of each change is written by QJsonDocument, after "data" as keys are sorted.
    QByteArray body;
    body.reserve(256 + page->changes.size() * 96
                 + std::accumulate(page->changes.cbegin(), page->changes.cend(), qsizetype(0),
                                   [](qsizetype n, const Change &c) { return n + c.dataJson.size(); }));
    body += "{\"changes\":[";
    for (qsizetype i = 0; i < page->changes.size(); ++i) {
        const Change &c = page->changes.at(i);
        const QByteArray rest = QJsonDocument(QJsonObject{{u"entity"_s, c.entity},
                                                          {u"id"_s, c.id},
                                                          {u"op"_s, c.op},
                                                          {u"seq"_s, double(c.seq)}})
                                    .toJson(QJsonDocument::Compact);
        body += i == 0 ? "{\"data\":" : ",{\"data\":";
        body += c.dataJson.isEmpty() ? QJsonDocument(c.data).toJson(QJsonDocument::Compact) : c.dataJson;
        body += ',';
        body += QByteArrayView(rest).sliced(1); // without its opening brace
    }
    body += "],\"cursor\":\"" + QByteArray::number(page->cursor) + "\",\"more\":";
    body += page->more ? "true}" : "false}";
    return QHttpServerResponse("application/json"_ba, body, StatusCode::Ok);
}

namespace {

Problem staffOnly()
{
    return {403, u"not-a-staff-device"_s, u"Not a staff device"_s,
            u"Staff sign in on a device enrolled with --kind staff."_s, QString(), QString()};
}

} // namespace

QHttpServerResponse SyncRoutes::staffLogin(const QHttpServerRequest &request)
{
    if (auto r = tooLarge(request))
        return std::move(*r);
    auto auth = authenticate(request);
    if (auto *r = std::get_if<QHttpServerResponse>(&auth))
        return std::move(*r);
    const Device device = std::get<Device>(auth);
    if (device.kind != "staff"_L1)
        return problemResponse(staffOnly());
    auto parsed = jsonObjectBody(request.body());
    if (auto *problem = std::get_if<Problem>(&parsed))
        return problemResponse(*problem);
    const QJsonObject o = std::get<QJsonObject>(parsed);
    if (auto p = onlyKeys(o, {"login"_L1, "password"_L1}, QString()))
        return problemResponse(*p);
    for (const QString &field : {u"login"_s, u"password"_s}) {
        if (!o.value(field).isString() || o.value(field).toString().isEmpty() || o.value(field).toString().size() > 200)
            return problemResponse(invalid(field, u"required"_s, u"Send the login and the password as text."_s));
    }
    const QString login = o.value(u"login"_s).toString().trimmed().toLower();
    const QString password = o.value(u"password"_s).toString();
    const QDateTime now = m_config.clock();
    const auto failed = [] {
        return problemResponse({401, u"login-failed"_s, u"Sign-in failed"_s,
                                u"This login and password do not match."_s, QString(), QString()});
    };
    const auto gate = m_store.beginLogin(login, now);
    if (!gate)
        return serverFault();
    switch (gate->kind) {
    case LoginGate::UnknownLogin:
        Password::verifyDummy(password);
        return failed();
    case LoginGate::Wait: {
        QHttpServerResponse r = problemResponse(
            {429, u"login-backoff"_s, u"Wait before trying again"_s,
             u"Too many wrong passwords; try again in %1 seconds."_s.arg(gate->retryAfterSeconds), QString(), QString()});
        r.setHeader("Retry-After"_ba, QByteArray::number(gate->retryAfterSeconds));
        return r;
    }
    case LoginGate::Locked:
        return problemResponse({423, u"login-locked"_s, u"Sign-in locked"_s,
                                u"Too many wrong passwords. An administrator can unlock this login "
                                "(meedoen-server staff unlock LOGIN)."_s,
                                QString(), QString()});
    case LoginGate::Allowed:
        break;
    }
    if (!Password::verify(gate->staff.passwordHash, password))
        return failed();
    if (!gate->staff.sites.contains(device.site)) {
        // The password was right; the counter is forgiven but no session is opened here.
        m_store.unlockStaff(login);
        return problemResponse({403, u"site-not-allowed"_s, u"Not your site"_s,
                                u"This staff member does not work at this tablet's site."_s, QString(), QString()});
    }
    const QByteArray token = Auth::newToken(*QRandomGenerator::system());
    const QDateTime expires = now.addSecs(kStaffSessionHours * 3600);
    if (!m_store.finishLogin(gate->staff.id, device.id, Auth::hashSecret(token), now, expires))
        return serverFault();
    qCInfo(lcRoutes).noquote() << "staff signed in" << gate->staff.id << "on device" << device.id;
    QJsonArray sites;
    for (const QString &site : gate->staff.sites)
        sites.append(site);
    return jsonResponse({{u"staffId"_s, gate->staff.id},
                         {u"login"_s, gate->staff.login},
                         {u"name"_s, gate->staff.name},
                         {u"sites"_s, sites},
                         {u"sessionToken"_s, QString::fromLatin1(token)},
                         {u"expiresAt"_s, Meedoen::isoUtc(expires)}});
}

QHttpServerResponse SyncRoutes::staffResults(const QHttpServerRequest &request)
{
    auto auth = authenticate(request);
    if (auto *r = std::get_if<QHttpServerResponse>(&auth))
        return std::move(*r);
    const Device device = std::get<Device>(auth);
    if (device.kind != "staff"_L1)
        return problemResponse(staffOnly());
    const QByteArray session = header(request, "x-meedoen-staff-session").trimmed();
    const auto staff = session.isEmpty() ? std::nullopt
                                         : m_store.staffBySession(Auth::hashSecret(session), device.id, m_config.clock());
    if (!staff)
        return unauthorized(u"Send X-Meedoen-Staff-Session with a live staff session token."_s);
    ResultsFilter filter;
    for (const auto &[key, value] : request.query().queryItems(QUrl::FullyDecoded)) {
        if (key == "site"_L1)
            filter.site = value;
        else if (key == "neighbourhood"_L1)
            filter.neighbourhood = value;
        else if (key == "route"_L1)
            filter.route = value;
        else if (key == "from"_L1)
            filter.fromMonth = value;
        else if (key == "to"_L1)
            filter.toMonth = value;
        else
            return problemResponse(invalid(key, u"unknown"_s, u"This parameter is not known."_s));
        if ((key == "from"_L1 || key == "to"_L1) && !isMonth(value))
            return problemResponse(invalid(key, u"month"_s, u"This must be a month like 2026-11."_s));
    }
    // No site: every site of the staff member (what their tablet shows under "Alle").
    if (!filter.site.isEmpty() && !staff->sites.contains(filter.site))
        return problemResponse({403, u"site-not-allowed"_s, u"Not your site"_s,
                                u"This staff member does not work at this site."_s, u"site"_s, QString()});
    filter.sites = staff->sites;
    const auto results = m_store.results(filter);
    if (!results)
        return serverFault();
    return jsonResponse(resultsJson(*results, filter, m_config.clock()));
}

} // namespace Server
