// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/routes.h"
#include "server/devicelist.h"

#include "server/auth.h"
#include "server/eventthrottle.h"
#include "server/metrics.h"
#include "core/isotime.h"
#include "server/password.h"
#include "server/securitylog.h"
#include "core/personalcode.h"
#include "server/results.h"
#include "core/validation.h"
#include "core/limits.h"
#include "protocol/statuslookup.h"
#include "protocol/strictjson.h"
#include "protocol/kioskwatch.h"
#include "protocol/codelock.h"
#include "protocol/push.h"
#include "protocol/resultswire.h"
#include "protocol/requests.h"
#include "protocol/revocation.h"
#include "protocol/staffroles.h"
#include "protocol/changes.h"
#include "protocol/outcome.h"
#include "protocol/wire.h"
#include "protocol/protocolversion.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMap>
#include <QPointer>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QUrlQuery>
#include <QUuid>

#include <memory>
#include <tuple>
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

} // namespace

// A request body as a JSON object: strict UTF-8 first, then strict JSON (no BOM, no key
// twice); or the problem to answer.
std::variant<QJsonObject, Problem> jsonObjectBody(const QByteArray &body)
{
    if (const auto text = decodeUtf8Strict(body, QString()); text.error) {
        Problem p = invalid(QString(), text.error->code, text.error->message);
        p.type = u"invalid-encoding"_s;
        p.title = u"Body is not valid UTF-8"_s;
        return p;
    }
    auto parsed = Wire::strictJsonObject(body);
    if (parsed.error && parsed.error->code == "json.duplicateKey"_L1)
        return fromFieldError(*parsed.error);
    if (parsed.error)
        return Problem{400, u"malformed-json"_s, u"Malformed JSON"_s, parsed.error->message, QString(), parsed.error->code};
    return std::move(parsed.value);
}

qsizetype maxBodyBytes(QByteArrayView path)
{
    if (path == "/v1/status")
        return kMaxStatusBodyBytes;
    return path == "/v1/staff/code-unlock" ? Wire::kMaxCodeUnlockBodyBytes : kMaxBodyBytes;
}

std::variant<QList<Mutation>, Problem> parsePush(const QByteArray &body, QDate today,
                                                 std::optional<Wire::DeviceReport> *report)
{
    auto parsed = jsonObjectBody(body);
    if (auto *problem = std::get_if<Problem>(&parsed))
        return *problem;
    const auto read = Wire::readPushBody(std::get<QJsonObject>(parsed), today, report);
    if (read.error)
        return fromFieldError(*read.error);
    return read.value;
}

SyncRoutes::SyncRoutes(Store &store, ServerConfig config)
    : m_store(store), m_config(std::move(config)), m_passwordChecks(m_config.signinWorkers, m_config.signinQueue),
      m_groupCommit(store, m_config.groupCommitPushes, GroupCommit::kDefaultMaxMutations),
      m_pullReader(store, m_config.database, m_config.pullThreads)
{
    m_uptime.start();
}

bool SyncRoutes::startPullReaders(QString *error)
{
    if (!m_pullReader.start(error))
        return false;
    qCInfo(lcRoutes).noquote() << "pull pages read" << (m_pullReader.threads() > 0
                                                           ? u"by %1 worker threads"_s.arg(m_pullReader.threads())
                                                           : u"on the event loop"_s);
    return true;
}

namespace {

// A route whose answer is counted for /metrics (route and status) as it leaves.
template <typename Handler>
auto counted(MetricsRoute route, Handler handler)
{
    return [route, handler](const QHttpServerRequest &request) {
        QHttpServerResponse response = handler(request);
        metrics().countRequest(route, int(response.statusCode()));
        return response;
    };
}

} // namespace

void SyncRoutes::install(QHttpServer &http)
{
    http.route(u"/v1/enroll"_s, QHttpServerRequest::Method::Post,
               counted(MetricsRoute::Enroll, [this](const QHttpServerRequest &request) { return enroll(request); }));
    // Counted where its answer is written (push).
    http.route(u"/v1/push"_s, QHttpServerRequest::Method::Post,
               [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                   push(request, std::move(responder));
               });
    // Counted where its answer is written (pull).
    http.route(u"/v1/pull"_s, QHttpServerRequest::Method::Get,
               [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                   pull(request, std::move(responder));
               });
    // Counted where its answer is written (staffLogin).
    http.route(u"/v1/staff/login"_s, QHttpServerRequest::Method::Post,
               [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                   staffLogin(request, std::move(responder));
               });
    http.route(u"/v1/staff/results"_s, QHttpServerRequest::Method::Get,
               counted(MetricsRoute::StaffResults,
                       [this](const QHttpServerRequest &request) { return staffResults(request); }));
    http.route(u"/v1/staff/kiosks"_s, QHttpServerRequest::Method::Get,
               counted(MetricsRoute::Other,
                       [this](const QHttpServerRequest &request) { return staffKiosks(request); }));
    http.route(u"/v1/staff/code-lock"_s, QHttpServerRequest::Method::Get,
               counted(MetricsRoute::Other,
                       [this](const QHttpServerRequest &request) { return staffCodeLock(request, false); }));
    http.route(u"/v1/staff/code-unlock"_s, QHttpServerRequest::Method::Post,
               counted(MetricsRoute::Other,
                       [this](const QHttpServerRequest &request) { return staffCodeLock(request, true); }));
    http.route(u"/v1/status"_s, QHttpServerRequest::Method::Post,
               counted(MetricsRoute::Status, [this](const QHttpServerRequest &request) { return statusLookup(request); }));
    http.route(u"/healthz"_s, QHttpServerRequest::Method::Get,
               counted(MetricsRoute::Healthz, [this](const QHttpServerRequest &) {
                   const Health h = health();
                   QHttpServerResponse r("application/json"_ba, QJsonDocument(h.body).toJson(QJsonDocument::Compact),
                                         StatusCode(h.status));
                   r.setHeader("Cache-Control"_ba, "no-store"_ba);
                   return r;
               }));
    http.route(u"/metrics"_s, QHttpServerRequest::Method::Get,
               counted(MetricsRoute::Metrics, [this](const QHttpServerRequest &request) { return metricsPage(request); }));
    // No such route (or not with this method): 404 as before, counted as "other".
    http.setMissingHandler([](const QHttpServerRequest &, QHttpServerResponder &&responder) {
        metrics().countRequest(MetricsRoute::Other, 404);
        responder.write(StatusCode::NotFound);
    });
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

// A device that speaks a protocol this server no longer serves gets 426 with the problem
// "update-app" naming the oldest protocol served (docs/sync-protocol.md, "Protocol versions");
// one newer than this server, or a header that does not read, a 400 naming the header.
std::optional<QHttpServerResponse> protocolRefusal(const QHttpServerRequest &request)
{
    const Wire::ProtocolCheck check = Wire::checkProtocol(header(request, Wire::kProtocolHeader).trimmed());
    const QString field = QString::fromLatin1(Wire::kProtocolHeader);
    switch (check.verdict) {
    case Wire::ProtocolVerdict::Served:
        return std::nullopt;
    case Wire::ProtocolVerdict::Malformed:
        return problemResponse(invalid(field, u"protocol.format"_s,
                                       u"X-Meedoen-Protocol is the protocol version the app speaks: 1 to 4 digits."_s));
    case Wire::ProtocolVerdict::TooNew:
        return problemResponse(
            invalid(field, u"protocol.newerThanServer"_s,
                    u"This server speaks protocol %1 at most; the app speaks %2. Upgrade the server first."_s
                        .arg(Wire::kProtocolVersion)
                        .arg(check.version)));
    case Wire::ProtocolVerdict::TooOld:
        break;
    }
    QJsonObject body = Wire::toJson(Problem{
        426, QString(Wire::kProblemUpdateApp), u"Update the app"_s,
        u"This app speaks protocol %1; this server serves protocol %2 to %3. Update the app; what it has queued stays on the device."_s
            .arg(check.version)
            .arg(Wire::kMinProtocolVersion)
            .arg(Wire::kProtocolVersion),
        field, u"protocol.tooOld"_s});
    body.insert(Wire::kMinimumProtocolField, Wire::kMinProtocolVersion);
    body.insert(Wire::kCurrentProtocolField, Wire::kProtocolVersion);
    QHttpServerResponse r("application/problem+json"_ba, QJsonDocument(body).toJson(QJsonDocument::Compact),
                          StatusCode(426));
    // RFC 9110 asks a 426 to name what to upgrade to.
    r.setHeader("Upgrade"_ba, "meedoen-sync/"_ba + QByteArray::number(Wire::kProtocolVersion));
    return r;
}

// A body over its route's limit (declared or received) is refused before anything else is
// done with it. The connection guard (listener.cpp) already refused it from the head by the
// same maxBodyBytes(); this holds for a request that reaches a route another way.
std::optional<QHttpServerResponse> tooLarge(const QHttpServerRequest &request)
{
    const qsizetype limit = maxBodyBytes(request.url().path().toUtf8());
    bool ok = false;
    const qint64 declared = header(request, "content-length").trimmed().toLongLong(&ok);
    if ((ok && declared > limit) || request.body().size() > limit)
        return problemResponse({413, u"too-large"_s, u"Payload too large"_s,
                                u"A request body may be at most %1 bytes."_s.arg(limit), QString(), QString()});
    return std::nullopt;
}

QHttpServerResponse unauthorized(const QHttpServerRequest &request, const QString &detail)
{
    securityEvents().record("unauthorized", "peer", request.remoteAddress().toString());
    QHttpServerResponse r = problemResponse({401, u"unauthorized"_s, u"Unauthorized"_s, detail, QString(), QString()});
    r.setHeader("WWW-Authenticate"_ba, "Bearer realm=\"meedoen\""_ba);
    return r;
}

QHttpServerResponse serverFault()
{
    metrics().countDatabaseError();
    return problemResponse({500, u"server-fault"_s, u"Server fault"_s,
                            u"Nothing of this request was applied; send it again later."_s, QString(), QString()});
}

// A refusal the client may send again later (429, 423): the problem with its Retry-After in
// seconds (none when 0: a lock only staff lift).
QHttpServerResponse retryLater(const Problem &problem, int seconds)
{
    QHttpServerResponse r = problemResponse(problem);
    if (seconds > 0)
        r.setHeader("Retry-After"_ba, QByteArray::number(seconds));
    return r;
}

Problem staffOnly()
{
    return {403, u"not-a-staff-device"_s, u"Not a staff device"_s,
            u"Staff sign in on a device enrolled with --kind staff."_s, QString(), QString()};
}

} // namespace

std::variant<Device, QHttpServerResponse> SyncRoutes::authenticate(const QHttpServerRequest &request, Needs needs,
                                                                   const std::optional<Sighting> &sighting)
{
    if (auto r = protocolRefusal(request))
        return std::move(*r);
    if (auto r = tooLarge(request))
        return std::move(*r);
    const QByteArray auth = header(request, "authorization");
    if (!auth.startsWith("Bearer "))
        return unauthorized(request, u"Send Authorization: Bearer <token>."_s);
    const QByteArray token = auth.mid(7).trimmed();
    const auto visit = token.isEmpty()
        ? std::optional(DeviceVisit{})
        : m_store.visit(Auth::hashSecret(token), m_config.clock(), m_config.rateLimitPerMinute, sighting);
    if (!visit)
        return serverFault(); // the database did not answer: not the device's fault
    const Device &device = visit->device;
    if (device.id.isEmpty())
        return unauthorized(request, u"This token is not known."_s);
    if (device.isRevoked())
        return revoked(request, device);
    const RateDecision &rate = visit->rate;
    if (!rate.allowed) {
        securityEvents().record("rate-limited", "device", device.id);
        return retryLater(
            {429, u"rate-limited"_s, u"Too many requests"_s,
             u"At most %1 requests a minute per device."_s.arg(m_config.rateLimitPerMinute), QString(), QString()},
            rate.retryAfterSeconds);
    }
    if (needs == Needs::StaffDevice && device.kind != Wire::toKey(Wire::DeviceKind::Staff))
        return problemResponse(staffOnly());
    return device;
}

QHttpServerResponse SyncRoutes::revoked(const QHttpServerRequest &request, const Device &device)
{
    bool kept = false;
    qsizetype reported = 0;
    if (request.url().path() == "/v1/push"_L1 && request.method() == QHttpServerRequest::Method::Post) {
        // A body that does not read is no report; the device counts it as lost.
        const QDateTime now = m_config.clock();
        auto parsed = parsePush(request.body(), now.date());
        if (auto *mutations = std::get_if<QList<Mutation>>(&parsed)) {
            const auto result = m_store.keepRevokedReport(device, *mutations, now);
            if (!result)
                return serverFault(); // the device tries again and is told then
            kept = *result;
            reported = kept ? mutations->size() : 0;
        }
    }
    // Every refused request, throttled like "unauthorized" (a revoked device may keep trying);
    // the report once, with how much of it the conflict table kept. Never the token.
    securityEvents().record("device-revoked", "device", device.id);
    if (kept)
        logSecurityEvent("device-revoked-report", {{"device", device.id}, {"kind", device.kind}, {"reported", int(reported)}});
    QHttpServerResponse r = problemResponse(
        {401, QString(Wire::kProblemDeviceRevoked), u"Device revoked"_s,
         u"This device has been taken out of service. It deletes its personal data; contact the corporation."_s,
         QString(), kept ? QString(Wire::kRevokedReportKept) : QString()});
    r.setHeader("WWW-Authenticate"_ba, "Bearer realm=\"meedoen\", error=\"invalid_token\""_ba);
    return r;
}

QHttpServerResponse SyncRoutes::enroll(const QHttpServerRequest &request)
{
    if (auto r = protocolRefusal(request))
        return std::move(*r);
    if (auto r = tooLarge(request))
        return std::move(*r);
    // Counted per peer address (hashed: the rate table keeps no address) before any work.
    const QString peer = request.remoteAddress().toString();
    const RateDecision rate = m_store.countRequest(
        u"enroll-peer:"_s + QString::fromLatin1(Auth::hashSecret(peer.toUtf8())), m_config.clock(),
        m_config.enrollLimitPerMinute);
    if (!rate.allowed) {
        securityEvents().record("enrol-limited", "peer", peer);
        return retryLater(
            {429, u"rate-limited"_s, u"Too many requests"_s,
             u"At most %1 enrolment attempts a minute from one address."_s.arg(m_config.enrollLimitPerMinute),
             QString(), QString()},
            rate.retryAfterSeconds);
    }
    auto parsed = jsonObjectBody(request.body());
    if (auto *problem = std::get_if<Problem>(&parsed))
        return problemResponse(*problem);
    const auto read = Wire::enrollRequestFromJson(std::get<QJsonObject>(parsed));
    if (read.error)
        return problemResponse(fromFieldError(*read.error));
    const auto code = Auth::normaliseEnrollmentCode(read.value.code);
    const auto refused = [&peer] {
        securityEvents().record("enrol-failed", "peer", peer);
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

namespace {

// Each answered mutation for /metrics, by its kind and the outcome the device was told.
void countOutcomes(const QList<Mutation> &mutations, const QJsonArray &results)
{
    QHash<qint64, Wire::MutationKind> kinds;
    kinds.reserve(mutations.size());
    for (const Mutation &m : mutations)
        kinds.insert(m.seq, m.kind);
    for (const QJsonValue &value : results) {
        const QJsonObject o = value.toObject();
        const auto kind = kinds.constFind(o.value(u"seq"_s).toInteger());
        const auto status = Wire::outcomeStatusFromKey(o.value(u"status"_s).toString());
        if (kind != kinds.cend() && status)
            metrics().countMutation(*kind, *status);
    }
}

} // namespace

namespace {

// An answer written later (after a commit, a password check) goes out only while its
// connection is still there, and is counted for /metrics as it leaves.
auto laterAnswer(MetricsRoute route, QHttpServerResponder &&responder)
{
    auto answer = std::make_shared<QHttpServerResponder>(std::move(responder));
    QPointer<QTcpSocket> socket(answer->socket());
    return [route, answer, socket](const QHttpServerResponse &response) {
        metrics().countRequest(route, int(response.statusCode()));
        if (socket && socket->isOpen())
            response.write(std::move(*answer));
    };
}

} // namespace

void SyncRoutes::push(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    const auto respond = laterAnswer(MetricsRoute::Push, std::move(responder));
    auto auth = authenticate(request);
    if (auto *r = std::get_if<QHttpServerResponse>(&auth))
        return respond(*r);
    const Device device = std::get<Device>(auth);
    const QDateTime now = m_config.clock();
    std::optional<Wire::DeviceReport> report;
    auto parsed = parsePush(request.body(), now.date(), &report);
    if (auto *p = std::get_if<Problem>(&parsed))
        return respond(problemResponse(*p));
    QList<Mutation> mutations = std::get<QList<Mutation>>(std::move(parsed));
    // Applied with the pushes that arrived in the same turn of the event loop, the device
    // recorded as seen in the same transaction; the answer leaves after their commit.
    m_groupCommit.submit({device, mutations, now, report}, [this, respond, mutations, device, now,
                                                            report](const std::optional<PushResult> &result) {
        if (!result)
            return respond(serverFault());
        countOutcomes(mutations, result->results);
        if (result->conflictLimit) {
            // Nothing of the batch was applied or kept, its visit neither (recorded on its own
            // here): the device stops pushing until staff look.
            m_store.recordSeen(device.id, now, report);
            return respond(retryLater(
                {429, QString(Wire::kProblemConflictLimit), u"Too many conflicts"_s,
                 u"This device has %1 conflicts or %2 bytes of them waiting for staff; nothing more is kept."_s
                     .arg(Meedoen::kMaxConflictsPerDevice)
                     .arg(Meedoen::kMaxConflictBytesPerDevice),
                 QString(), QString()},
                Meedoen::kConflictLimitRetryAfterSeconds));
        }
        respond(QHttpServerResponse("application/json"_ba, Wire::pushAnswerBody(result->results, result->lastSeq),
                                    StatusCode::Ok));
    });
}

void SyncRoutes::pull(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    const auto respond = laterAnswer(MetricsRoute::Pull, std::move(responder));
    // Every page counts as seen: a kiosk with nothing to send still pulls (docs/operations.md).
    // The query is read first so that the visit records the report it carries; it is answered
    // only after the token and the rate limit.
    const auto query = Wire::pullQueryFromItems(request.query().queryItems(QUrl::FullyDecoded));
    auto auth = authenticate(request, Needs::AnyDevice,
                             query.error ? std::nullopt : std::optional(Sighting{query.value.report}));
    if (auto *r = std::get_if<QHttpServerResponse>(&auth))
        return respond(*r);
    if (query.error)
        return respond(problemResponse(fromFieldError(*query.error)));
    // The page is read and written off the event loop when there are pull readers.
    m_pullReader.read(std::get<Device>(auth), query.value.position(), query.value.limit,
                      [respond](const std::optional<PulledPage> &page) {
                          if (!page)
                              return respond(serverFault());
                          if (page->resetRequired)
                              return respond(problemResponse(
                                  {409, u"reset-required"_s, u"Reset required"_s,
                                   u"This cursor is older than the kept history. Pull again without a cursor; "
                                   "keep the outbox."_s,
                                   u"cursor"_s, QString()}));
                          metrics().countPulledRows(page->rows);
                          respond(QHttpServerResponse("application/json"_ba, page->body, StatusCode::Ok));
                      });
}

void SyncRoutes::staffLogin(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    // Everything but the password check happens here, on the event loop with the store; the
    // check itself on a worker (PasswordChecks), and the answer goes out when it is done.
    const auto respond = laterAnswer(MetricsRoute::StaffLogin, std::move(responder));
    auto auth = authenticate(request, Needs::StaffDevice);
    if (auto *r = std::get_if<QHttpServerResponse>(&auth))
        return respond(*r);
    const Device device = std::get<Device>(auth);
    auto parsed = jsonObjectBody(request.body());
    if (auto *problem = std::get_if<Problem>(&parsed))
        return respond(problemResponse(*problem));
    const auto read = Wire::staffLoginRequestFromJson(std::get<QJsonObject>(parsed));
    if (read.error)
        return respond(problemResponse(fromFieldError(*read.error)));
    // Busy before anything is counted: a refused attempt costs neither side a guess.
    if (m_passwordChecks.inFlight() >= m_passwordChecks.capacity()) {
        const int retry = m_passwordChecks.retryAfterSeconds();
        logSecurityEvent("login-rate-limited", {{"device", device.id}, {"reason", u"busy"_s}, {"retryAfter", retry}});
        return respond(retryLater(
            {429, u"signin-busy"_s, u"Sign-in busy"_s,
             u"Too many sign-ins at once; try again in %1 seconds."_s.arg(retry), QString(), QString()},
            retry));
    }
    const QString login = read.value.login.trimmed().toLower();
    const QDateTime now = m_config.clock();
    AttemptPolicy policy = kStaffLoginPolicy;
    policy.lockSeconds = m_config.signinLockSeconds;
    const auto gate = m_store.beginLogin(login, device.id, policy, now);
    if (!gate)
        return respond(serverFault());
    switch (gate->kind) {
    case LoginGate::Wait: {
        logSecurityEvent("login-rate-limited",
                         {{"device", device.id}, {"reason", u"backoff"_s}, {"retryAfter", gate->retryAfterSeconds}});
        return respond(retryLater(
            {429, u"login-backoff"_s, u"Wait before trying again"_s,
             u"Too many wrong passwords; try again in %1 seconds."_s.arg(gate->retryAfterSeconds), QString(), QString()},
            gate->retryAfterSeconds));
    }
    case LoginGate::Locked: {
        logSecurityEvent("login-rate-limited",
                         {{"device", device.id}, {"reason", u"locked"_s}, {"retryAfter", gate->retryAfterSeconds}});
        return respond(retryLater(
            {423, u"login-locked"_s, u"Sign-in locked"_s,
             u"Too many wrong passwords. The lock ends by itself in %1 seconds; an administrator can lift it "
             "sooner (meedoen-server staff unlock LOGIN)."_s.arg(gate->retryAfterSeconds),
             QString(), QString()},
            gate->retryAfterSeconds));
    }
    case LoginGate::Allowed:
        break;
    }
    const bool queued = m_passwordChecks.submit(
        gate->known ? gate->staff.passwordHash : QByteArray(), read.value.password, &m_alive,
        [this, checked = *gate, login, device, now, respond](bool matched) {
            respond(finishStaffLogin(checked, matched, login, device, now));
        });
    if (!queued) // cannot happen: capacity was checked above on this thread
        respond(serverFault());
}

QHttpServerResponse SyncRoutes::finishStaffLogin(const LoginGate &gate, bool matched, const QString &login,
                                                 const Device &device, const QDateTime &now)
{
    if (!matched) {
        logSecurityEvent("login-failed",
                         {{"device", device.id}, {"attempts", gate.deviceFailures}, {"loginAttempts", gate.loginFailures}});
        if (gate.locksIfWrong)
            logSecurityEvent("login-locked", {{"device", device.id}, {"lockSeconds", m_config.signinLockSeconds}});
        return problemResponse({401, u"login-failed"_s, u"Sign-in failed"_s,
                                u"This login and password do not match."_s, QString(), QString()});
    }
    if (!gate.staff.sites.contains(device.site)) {
        // The password was right: the mistakes are forgiven, but no session is opened here.
        if (!m_store.finishLogin(login, gate.staff.id, device.id, {}, now, now))
            return serverFault();
        return problemResponse({403, Wire::toKey(Wire::Reason::SiteNotAllowed), u"Not your site"_s,
                                u"This staff member does not work at this tablet's site."_s, QString(), QString()});
    }
    const QByteArray token = Auth::newToken(*QRandomGenerator::system());
    const QDateTime expires = now.addSecs(kStaffSessionHours * 3600);
    if (!m_store.finishLogin(login, gate.staff.id, device.id, Auth::hashSecret(token), now, expires))
        return serverFault();
    qCInfo(lcRoutes).noquote() << "staff signed in" << gate.staff.id << "on device" << device.id;
    return jsonResponse(Wire::toJson(Wire::StaffLoginReply{gate.staff.id, gate.staff.login, gate.staff.name,
                                                           gate.staff.sites, QString::fromLatin1(token), expires,
                                                           Wire::roleKeys(gate.staff.rolesAt(device.site))}));
}

QHttpServerResponse SyncRoutes::staffResults(const QHttpServerRequest &request)
{
    auto caller = staffCaller(request, Wire::Permission::Dashboard);
    if (auto *r = std::get_if<QHttpServerResponse>(&caller))
        return std::move(*r);
    const StaffMember *staff = &std::get<StaffCaller>(caller).staff;
    const auto read = Wire::resultsFilterFromItems(request.query().queryItems(QUrl::FullyDecoded));
    if (read.error)
        return problemResponse(fromFieldError(*read.error));
    ResultsFilter filter = read.value;
    // No site: every site of the staff member whose dashboard their roles there show (what
    // their tablet shows under "Alle").
    const QStringList shown = staff->sitesAllowing(Wire::Permission::Dashboard);
    if (!filter.site.isEmpty() && !shown.contains(filter.site))
        return problemResponse({403, Wire::toKey(Wire::Reason::SiteNotAllowed), u"Not your site"_s,
                                u"This staff member does not work at this site."_s, u"site"_s, QString()});
    filter.sites = shown;
    const auto results = m_store.results(filter);
    // Goals count to the end of today where the corporation is (the server's time zone).
    const QDateTime now = m_config.clock();
    const auto goals = m_store.goals(filter, now.toLocalTime().date());
    if (!results || !goals)
        return serverFault();
    return jsonResponse(resultsJson(*results, filter, now, *goals));
}

std::variant<SyncRoutes::StaffCaller, QHttpServerResponse> SyncRoutes::staffCaller(const QHttpServerRequest &request,
                                                                                    Wire::Permission permission)
{
    auto auth = authenticate(request, Needs::StaffDevice);
    if (auto *r = std::get_if<QHttpServerResponse>(&auth))
        return std::move(*r);
    Device device = std::get<Device>(std::move(auth));
    const QByteArray session = header(request, "x-meedoen-staff-session").trimmed();
    auto staff = session.isEmpty() ? std::nullopt
                                   : m_store.staffBySession(Auth::hashSecret(session), device.id, m_config.clock());
    if (!staff)
        return unauthorized(request, u"Send X-Meedoen-Staff-Session with a live staff session token."_s);
    // The roles at the tablet's site, read with the session: a change of roles counts from
    // the next request.
    const auto role = Wire::roleAllowing(staff->rolesAt(device.site), permission);
    if (!role) {
        logSecurityEvent("role-refused", {{"device", device.id}, {"staff", staff->id},
                                          {"permission", Wire::toKey(permission)}});
        Problem p{403, Wire::toKey(Wire::Reason::RoleNotAllowed), u"Role not allowed"_s,
                  u"This staff member's roles at this site do not allow this (%1)."_s.arg(Wire::toKey(permission)),
                  QString(), Wire::toKey(Wire::Reason::RoleNotAllowed)};
        p.permission = Wire::toKey(permission);
        return problemResponse(p);
    }
    return StaffCaller{std::move(device), std::move(*staff), Wire::toKey(*role)};
}

QHttpServerResponse SyncRoutes::staffKiosks(const QHttpServerRequest &request)
{
    auto caller = staffCaller(request, Wire::Permission::Devices);
    if (auto *r = std::get_if<QHttpServerResponse>(&caller))
        return std::move(*r);
    if (!request.query().isEmpty())
        return problemResponse(invalid(request.query().queryItems().constFirst().first, u"unknown"_s,
                                       u"This request takes no parameters."_s));
    // Only the tablet's own site: a staff member sees the kiosks where they are working.
    const auto devices = m_store.deviceStatuses(std::get<StaffCaller>(caller).device.site);
    if (!devices)
        return serverFault();
    const QDateTime now = m_config.clock();
    Wire::KioskWatchReply reply{m_config.quietHours, now, {}};
    for (const DeviceStatus &d : *devices) {
        if (d.device.kind != Wire::toKey(Wire::DeviceKind::Kiosk) || d.device.isRevoked())
            continue;
        std::optional<Wire::DeviceReport> report = d.report;
        if (report)
            report->oldestQueuedSeconds = oldestQueuedSeconds(d, now);
        reply.kiosks.append({d.device.id, d.device.enrolledAt, d.device.lastSeen, d.isQuiet(now, m_config.quietHours), report});
        if (reply.kiosks.size() == Wire::kMaxWatchedKiosks)
            break;
    }
    return jsonResponse(Wire::toJson(reply));
}

QHttpServerResponse SyncRoutes::staffCodeLock(const QHttpServerRequest &request, bool unlock)
{
    auto caller = staffCaller(request, Wire::Permission::Intake);
    if (auto *r = std::get_if<QHttpServerResponse>(&caller))
        return std::move(*r);
    const auto &[device, staff, role] = std::get<StaffCaller>(caller);
    // Only persons of the sites where the roles allow intake too.
    const QStringList sites = staff.sitesAllowing(Wire::Permission::Intake);
    // The person: the body of the POST, the one query item of the GET; read by the same rule.
    QJsonObject asked;
    if (unlock) {
        auto parsed = jsonObjectBody(request.body());
        if (auto *problem = std::get_if<Problem>(&parsed))
            return problemResponse(*problem);
        asked = std::get<QJsonObject>(parsed);
    } else {
        const auto items = request.query().queryItems(QUrl::FullyDecoded);
        for (const auto &[key, value] : items) {
            if (key != "person"_L1 || asked.contains(key))
                return problemResponse(invalid(key, u"unknown"_s, u"This request takes one parameter: person."_s));
            asked.insert(key, value);
        }
    }
    const auto read = Wire::codeUnlockRequestFromJson(asked);
    if (read.error)
        return problemResponse(fromFieldError(*read.error));
    const QString &personId = read.value.personId;
    const QDateTime now = m_config.clock();
    const auto state = unlock ? m_store.unlockCodeOf(personId, sites, staff.id, device.id, role, now)
                              : m_store.codeLockOf(personId, sites, now);
    if (!state)
        return serverFault();
    // Unknown, erased or of another site: the same answer, so ids cannot be probed.
    if (!state->found)
        return problemResponse({404, Wire::toKey(Wire::Reason::PersonUnknown), u"Unknown person"_s,
                                u"No person of this staff member's sites has this id."_s, u"person"_s, QString()});
    return jsonResponse(Wire::toJson(Wire::CodeLockReply{personId, state->locked, state->lockedAt, state->unlocked}));
}

QHttpServerResponse SyncRoutes::statusLookup(const QHttpServerRequest &request)
{
    auto auth = authenticate(request); // refuses a body over the route's limit first
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
        return retryLater(
            {429, u"lookup-backoff"_s, u"Wait before trying again"_s,
             u"Too many look-ups that matched no one; try again in %1 seconds."_s.arg(answer->retryAfterSeconds),
             QString(), QString()},
            answer->retryAfterSeconds);
    }
    case StatusAnswer::NotFound:
        return problemResponse({404, Wire::toKey(Wire::Reason::CodeNotRecognised), u"Not found"_s,
                                u"No tenant has this personal code and date of birth."_s, QString(), QString()});
    case StatusAnswer::Locked:
        return problemResponse({423, Wire::toKey(Wire::Reason::CodeLocked), u"Code locked"_s,
                                u"This personal code is locked after too many wrong dates of birth; staff unlock it."_s,
                                QString(), QString()});
    case StatusAnswer::Found:
        break;
    }
    return jsonResponse(Wire::toJson(Wire::StatusReply{answer->signups}));
}

Health SyncRoutes::health()
{
    // The schema version is read from the database: a real round trip, so 0 means the
    // database did not answer (PostgreSQL is also reconnected here when it went away).
    const int version = m_store.schemaVersion();
    const bool reachable = version > 0;
    if (!reachable)
        metrics().countDatabaseError();
    const QJsonObject body{
        {u"status"_s, reachable ? u"ok"_s : u"unavailable"_s},
        {u"database"_s, reachable ? u"reachable"_s : u"unreachable"_s},
        {u"schemaVersion"_s, version},
        {u"uptimeSeconds"_s, double(m_uptime.elapsed() / 1000)},
        {u"version"_s, QCoreApplication::applicationVersion()},
    };
    return {reachable ? 200 : 503, body};
}

QHttpServerResponse SyncRoutes::metricsPage(const QHttpServerRequest &request)
{
    if (m_config.metricsTokenHash.isEmpty()) {
        // No token configured: only a scraper on this host (loopback) reads the figures.
        if (!request.remoteAddress().isLoopback()) {
            securityEvents().record("metrics-refused", "peer", request.remoteAddress().toString());
            return problemResponse({403, u"metrics-forbidden"_s, u"Forbidden"_s,
                                    u"Metrics are read from this host only, or with --metrics-token-file."_s,
                                    QString(), QString()});
        }
    } else {
        const QByteArray auth = header(request, "authorization");
        const QByteArray token = auth.startsWith("Bearer ") ? auth.mid(7).trimmed() : QByteArray();
        if (token.isEmpty() || Auth::hashSecret(token) != m_config.metricsTokenHash) {
            securityEvents().record("metrics-refused", "peer", request.remoteAddress().toString());
            QHttpServerResponse r = problemResponse({401, u"unauthorized"_s, u"Unauthorized"_s,
                                                     u"Send Authorization: Bearer <metrics token>."_s, QString(),
                                                     QString()});
            r.setHeader("WWW-Authenticate"_ba, "Bearer realm=\"meedoen-metrics\""_ba);
            return r;
        }
    }
    Metrics::Gauges gauges;
    gauges.schemaVersion = m_store.schemaVersion();
    gauges.uptimeSeconds = double(m_uptime.elapsed()) / 1000;
    // Per site, kind and state: read at scrape time, nothing kept between scrapes.
    QMap<std::tuple<QString, QString, bool>, int> devices;
    for (const Device &d : m_store.devices()) {
        ++devices[{d.site, d.kind, d.isRevoked()}];
        if (!d.isRevoked() && d.kind != Wire::toKey(Wire::DeviceKind::Phone))
            gauges.seen.append({d.id, d.site, d.kind,
                                (d.lastSeen.isValid() ? d.lastSeen : d.enrolledAt).toSecsSinceEpoch()});
    }
    for (auto it = devices.cbegin(); it != devices.cend(); ++it)
        gauges.devices.append({std::get<0>(it.key()), std::get<1>(it.key()), std::get<2>(it.key()), it.value()});
    QHttpServerResponse r("text/plain; version=0.0.4; charset=utf-8"_ba, metrics().exposition(gauges), StatusCode::Ok);
    r.setHeader("Cache-Control"_ba, "no-store"_ba);
    return r;
}

} // namespace Server
