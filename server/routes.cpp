// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/routes.h"

#include "server/auth.h"
#include "core/isotime.h"
#include "server/password.h"
#include "core/personalcode.h"
#include "server/results.h"
#include "core/validation.h"
#include "core/limits.h"
#include "protocol/statuslookup.h"
#include "protocol/push.h"
#include "protocol/resultswire.h"
#include "protocol/requests.h"
#include "protocol/changes.h"
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
    return QHttpServerResponse("application/problem+json"_ba,
                               QJsonDocument(Wire::toJson(p)).toJson(QJsonDocument::Compact), StatusCode(p.status));
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

} // namespace

std::variant<QList<Mutation>, Problem> parsePush(const QByteArray &body, QDate today)
{
    auto parsed = jsonObjectBody(body);
    if (auto *problem = std::get_if<Problem>(&parsed))
        return *problem;
    const auto read = Wire::readPushBody(std::get<QJsonObject>(parsed), today);
    if (read.error)
        return fromFieldError(*read.error);
    return read.value;
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
    http.route(u"/v1/status"_s, QHttpServerRequest::Method::Post,
               [this](const QHttpServerRequest &request) { return statusLookup(request); });
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

// A body over `limit` (declared or received) is refused before anything else is done with it.
std::optional<QHttpServerResponse> tooLarge(const QHttpServerRequest &request, qsizetype limit = kMaxBodyBytes)
{
    bool ok = false;
    const qint64 declared = header(request, "content-length").trimmed().toLongLong(&ok);
    if ((ok && declared > limit) || request.body().size() > limit)
        return problemResponse({413, u"too-large"_s, u"Payload too large"_s,
                                u"A request body may be at most %1 bytes."_s.arg(limit), QString(), QString()});
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

Problem staffOnly()
{
    return {403, u"not-a-staff-device"_s, u"Not a staff device"_s,
            u"Staff sign in on a device enrolled with --kind staff."_s, QString(), QString()};
}

} // namespace

std::variant<Device, QHttpServerResponse> SyncRoutes::authenticate(const QHttpServerRequest &request, Needs needs)
{
    if (auto r = tooLarge(request))
        return std::move(*r);
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
    if (needs == Needs::StaffDevice && device->kind != Wire::toKey(Wire::DeviceKind::Staff))
        return problemResponse(staffOnly());
    return *device;
}

QHttpServerResponse SyncRoutes::enroll(const QHttpServerRequest &request)
{
    if (auto r = tooLarge(request))
        return std::move(*r);
    auto parsed = jsonObjectBody(request.body());
    if (auto *problem = std::get_if<Problem>(&parsed))
        return problemResponse(*problem);
    const auto read = Wire::enrollRequestFromJson(std::get<QJsonObject>(parsed));
    if (read.error)
        return problemResponse(fromFieldError(*read.error));
    const auto code = Auth::normaliseEnrollmentCode(read.value.code);
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
    return jsonResponse(Wire::toJson(Wire::EnrollReply{device->id, QString::fromLatin1(token), device->kind, device->site}));
}

QHttpServerResponse SyncRoutes::push(const QHttpServerRequest &request)
{
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
    if (result->conflictLimit) {
        // Nothing of the batch was applied or kept: the device stops pushing until staff look.
        QHttpServerResponse r = problemResponse(
            {429, QString(Wire::kProblemConflictLimit), u"Too many conflicts"_s,
             u"This device has %1 conflicts or %2 bytes of them waiting for staff; nothing more is kept."_s
                 .arg(Meedoen::kMaxConflictsPerDevice)
                 .arg(Meedoen::kMaxConflictBytesPerDevice),
             QString(), QString()});
        r.setHeader("Retry-After"_ba, QByteArray::number(Meedoen::kConflictLimitRetryAfterSeconds));
        return r;
    }
    return QHttpServerResponse("application/json"_ba, Wire::pushAnswerBody(result->results, result->lastSeq),
                               StatusCode::Ok);
}

QHttpServerResponse SyncRoutes::pull(const QHttpServerRequest &request)
{
    auto auth = authenticate(request);
    if (auto *r = std::get_if<QHttpServerResponse>(&auth))
        return std::move(*r);
    const Device device = std::get<Device>(auth);
    const auto query = Wire::pullQueryFromItems(request.query().queryItems(QUrl::FullyDecoded));
    if (query.error)
        return problemResponse(fromFieldError(*query.error));
    const auto page = m_store.pull(device, query.value.position(), query.value.limit);
    if (!page)
        return serverFault();
    if (page->resetRequired)
        return problemResponse({409, u"reset-required"_s, u"Reset required"_s,
                                u"This cursor is older than the kept history. Pull again without a cursor; "
                                "keep the outbox."_s,
                                u"cursor"_s, QString()});
    // The data of most changes is JSON text from the change log already: it goes into the
    // page as it is, not parsed only to be written again (most of the cost of a page).
    QList<Wire::ChangeRow> rows;
    rows.reserve(page->changes.size());
    for (const Change &c : page->changes)
        rows.append({c.seq, c.entity, c.id, c.op,
                     c.dataJson.isEmpty() ? QJsonDocument(c.data).toJson(QJsonDocument::Compact) : c.dataJson});
    const QByteArray body = Wire::pulledPageBody(rows, page->cursor, page->more);
    return QHttpServerResponse("application/json"_ba, body, StatusCode::Ok);
}

QHttpServerResponse SyncRoutes::staffLogin(const QHttpServerRequest &request)
{
    auto auth = authenticate(request, Needs::StaffDevice);
    if (auto *r = std::get_if<QHttpServerResponse>(&auth))
        return std::move(*r);
    const Device device = std::get<Device>(auth);
    auto parsed = jsonObjectBody(request.body());
    if (auto *problem = std::get_if<Problem>(&parsed))
        return problemResponse(*problem);
    const auto read = Wire::staffLoginRequestFromJson(std::get<QJsonObject>(parsed));
    if (read.error)
        return problemResponse(fromFieldError(*read.error));
    const QString login = read.value.login.trimmed().toLower();
    const QString password = read.value.password;
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
        return problemResponse({403, Wire::toKey(Wire::Reason::SiteNotAllowed), u"Not your site"_s,
                                u"This staff member does not work at this tablet's site."_s, QString(), QString()});
    }
    const QByteArray token = Auth::newToken(*QRandomGenerator::system());
    const QDateTime expires = now.addSecs(kStaffSessionHours * 3600);
    if (!m_store.finishLogin(gate->staff.id, device.id, Auth::hashSecret(token), now, expires))
        return serverFault();
    qCInfo(lcRoutes).noquote() << "staff signed in" << gate->staff.id << "on device" << device.id;
    return jsonResponse(Wire::toJson(Wire::StaffLoginReply{gate->staff.id, gate->staff.login, gate->staff.name,
                                                           gate->staff.sites, QString::fromLatin1(token), expires}));
}

QHttpServerResponse SyncRoutes::staffResults(const QHttpServerRequest &request)
{
    auto auth = authenticate(request, Needs::StaffDevice);
    if (auto *r = std::get_if<QHttpServerResponse>(&auth))
        return std::move(*r);
    const Device device = std::get<Device>(auth);
    const QByteArray session = header(request, "x-meedoen-staff-session").trimmed();
    const auto staff = session.isEmpty() ? std::nullopt
                                         : m_store.staffBySession(Auth::hashSecret(session), device.id, m_config.clock());
    if (!staff)
        return unauthorized(u"Send X-Meedoen-Staff-Session with a live staff session token."_s);
    const auto read = Wire::resultsFilterFromItems(request.query().queryItems(QUrl::FullyDecoded));
    if (read.error)
        return problemResponse(fromFieldError(*read.error));
    ResultsFilter filter = read.value;
    // No site: every site of the staff member (what their tablet shows under "Alle").
    if (!filter.site.isEmpty() && !staff->sites.contains(filter.site))
        return problemResponse({403, Wire::toKey(Wire::Reason::SiteNotAllowed), u"Not your site"_s,
                                u"This staff member does not work at this site."_s, u"site"_s, QString()});
    filter.sites = staff->sites;
    const auto results = m_store.results(filter);
    if (!results)
        return serverFault();
    return jsonResponse(resultsJson(*results, filter, m_config.clock()));
}

QHttpServerResponse SyncRoutes::statusLookup(const QHttpServerRequest &request)
{
    if (auto r = tooLarge(request, kMaxStatusBodyBytes))
        return std::move(*r);
    auto auth = authenticate(request);
    if (auto *r = std::get_if<QHttpServerResponse>(&auth))
        return std::move(*r);
    const Device device = std::get<Device>(auth);
    // Only a kiosk asks for the tenant standing at it; a phone has its own tenant's records.
    if (device.kind != Wire::toKey(Wire::DeviceKind::Kiosk))
        return problemResponse({403, Wire::toKey(Wire::Reason::NotAllowed), u"Not a kiosk"_s,
                                u"Only a kiosk looks up a tenant's sign-ups."_s, QString(), QString()});
    auto parsed = jsonObjectBody(request.body());
    if (auto *problem = std::get_if<Problem>(&parsed))
        return problemResponse(*problem);
    const auto read = Wire::statusRequestFromJson(std::get<QJsonObject>(parsed));
    if (read.error)
        return problemResponse(fromFieldError(*read.error));
    const Wire::StatusRequest &asked = read.value;
    const auto answer = m_store.lookUpStatus(device.id, Auth::hashSecret(asked.personalCode.toUtf8()),
                                             asked.personalCode, asked.dateOfBirth, m_config.clock());
    if (!answer)
        return serverFault();
    switch (answer->kind) {
    case StatusAnswer::Wait: {
        QHttpServerResponse r = problemResponse(
            {429, u"lookup-backoff"_s, u"Wait before trying again"_s,
             u"Too many look-ups that matched no one; try again in %1 seconds."_s.arg(answer->retryAfterSeconds),
             QString(), QString()});
        r.setHeader("Retry-After"_ba, QByteArray::number(answer->retryAfterSeconds));
        return r;
    }
    case StatusAnswer::NotFound:
        return problemResponse({404, Wire::toKey(Wire::Reason::CodeNotRecognised), u"Not found"_s,
                                u"No tenant has this personal code and date of birth."_s, QString(), QString()});
    case StatusAnswer::Found:
        break;
    }
    return jsonResponse(Wire::toJson(Wire::StatusReply{answer->signups}));
}

} // namespace Server
