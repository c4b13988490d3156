// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "routes.h"

#include "auth.h"
#include "personalcode.h"
#include "validation.h"
#include "wire.h"

#include <QCryptographicHash>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QUrlQuery>
#include <QUuid>

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

// Everything that can be wrong with one mutation's payload, or the mutation ready to apply.
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
        if (auto p = onlyKeys(payload, {"signup"_L1, "identify"_L1}, path))
            return p;
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
            const QString idPath = path + u".identify"_s;
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
        } else if (!isUuid(signup.value.personId)) {
            return invalid(signupPath + u".personId"_s, u"required"_s,
                           u"Without identify, personId must be the UUID of a registered person."_s);
        }
        m.signup = signup.value;
        return std::nullopt;
    }
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
    const QJsonObject root = doc.object();
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
        if (m.kind != "registration"_L1 && m.kind != "signup"_L1 && m.kind != "withdrawal"_L1)
            return invalid(path + u".kind"_s, u"enum"_s, u"kind must be registration, signup or withdrawal."_s);
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
        // QJsonObject keeps keys sorted, so the same content always hashes the same.
        const QJsonObject hashed{{u"id"_s, m.id}, {u"kind"_s, m.kind}, {u"payload"_s, payload}};
        m.payloadHash = Auth::hashSecret(QJsonDocument(hashed).toJson(QJsonDocument::Compact));
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
    const auto device = token.isEmpty() ? std::nullopt : m_store.deviceByTokenHash(Auth::hashSecret(token));
    if (!device)
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
    const QByteArray body = request.body();
    if (const auto text = decodeUtf8Strict(body, QString()); text.error) {
        Problem p = invalid(QString(), text.error->code, text.error->message);
        p.type = u"invalid-encoding"_s;
        return problemResponse(p);
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return problemResponse({400, u"malformed-json"_s, u"Malformed JSON"_s, u"The body must be a JSON object."_s,
                                QString(), u"json"_s});
    const QJsonObject o = doc.object();
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
    QJsonArray changes;
    for (const Change &c : page->changes) {
        changes.append(QJsonObject{{u"seq"_s, double(c.seq)},
                                   {u"entity"_s, c.entity},
                                   {u"id"_s, c.id},
                                   {u"op"_s, c.op},
                                   {u"data"_s, c.data}});
    }
    return jsonResponse({{u"changes"_s, changes},
                         {u"cursor"_s, QString::number(page->cursor)},
                         {u"more"_s, page->more}});
}

} // namespace Server
