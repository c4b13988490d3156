// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Protocol v1 over HTTP (docs/sync-protocol.md): /v1/enroll, /v1/push, /v1/pull,
// /v1/staff/login, /v1/staff/results; and for IT (docs/operations.md) /healthz and /metrics.
// Routes check size, token, rate and shape; the Store applies. Nothing is kept in memory
// between requests, so any number of server processes can share one database.

#include "server/groupcommit.h"
#include "server/passwordchecks.h"
#include "server/pullreader.h"
#include "server/store/store.h"

#include "protocol/requests.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QObject>
#include <functional>
#include <optional>
#include <variant>

class QHttpServer;
class QHttpServerRequest;

namespace Server {

inline constexpr qsizetype kMaxBodyBytes = 1024 * 1024;
// A status look-up carries a personal code and a date of birth: a few hundred bytes.
inline constexpr qsizetype kMaxStatusBodyBytes = 1024;
inline constexpr int kStaffSessionHours = 12;

// An RFC 9457 problem (its JSON: app/protocol/requests.h).
using Problem = Wire::Problem;

// A request body as a JSON object: strict UTF-8 first, then JSON; or the problem to answer.
// Every route with a JSON body reads it here (and the fuzz harnesses of tests/fuzz).
std::variant<QJsonObject, Problem> jsonObjectBody(const QByteArray &body);

// The body of POST /v1/push, validated with the app's own validators. `today` decides ages.
// The device's report in the body, if any, goes into `report`.
std::variant<QList<Mutation>, Problem> parsePush(const QByteArray &body, QDate today,
                                                 std::optional<Wire::DeviceReport> *report = nullptr);

// The largest body a path takes (the connection guard refuses a larger declared one before
// reading it; server/listener.h).
qsizetype maxBodyBytes(QByteArrayView path);

struct ServerConfig
{
    int rateLimitPerMinute = 600;
    // Enrolment attempts per minute from one peer address (a code has 29^12 values, but
    // guessing must not be free either).
    int enrollLimitPerMinute = 10;
    // Staff sign-in (docs/security/signin.md): Argon2id workers (0: by the number of cores),
    // checks that may wait for one, and how long ten wrong passwords lock a login.
    int signinWorkers = 0;
    int signinQueue = 8;
    int signinLockSeconds = Meedoen::kStaffLoginPolicy.lockSeconds;
    std::function<QDateTime()> clock = [] { return QDateTime::currentDateTimeUtc(); };
    // A kiosk not seen for more than this many hours is quiet (GET /v1/staff/kiosks).
    int quietHours = 24;
    // GET /metrics: empty, only peers on loopback may read it (a Prometheus on the same
    // host); else the hash (Auth::hashSecret) of the bearer token every scraper must send.
    QByteArray metricsTokenHash;
    // Group commit (server/groupcommit.h): at most this many pushes in one transaction; 1
    // applies each push alone.
    int groupCommitPushes = GroupCommit::kDefaultMaxPushes;
    // Pull pages (server/pullreader.h): read by this many worker threads, each with its own
    // connection to `database` (the store's spec); 0: on the event loop, from the store.
    int pullThreads = 0;
    QString database;
};

// What GET /healthz answers: 200 with the database reachable, 503 without.
struct Health
{
    int status = 200;
    QJsonObject body;
};

class SyncRoutes
{
public:
    SyncRoutes(Store &store, ServerConfig config);
    void install(QHttpServer &http);
    // Before listening: what the first requests would otherwise wait for is ready.
    void waitUntilWarm() const { m_passwordChecks.waitUntilWarm(); }
    // Opens the pull readers' connections; false (with the reason) when one cannot be opened.
    bool startPullReaders(QString *error);

    QHttpServerResponse enroll(const QHttpServerRequest &request);
    // POST /v1/push: answered once the group its batch joined is committed (GroupCommit).
    void push(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    void pull(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    // POST /v1/staff/login: answered later, when a worker has checked the password.
    void staffLogin(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    QHttpServerResponse staffResults(const QHttpServerRequest &request);
    // GET /v1/staff/kiosks: the tablet's site's kiosks, which of them went quiet.
    QHttpServerResponse staffKiosks(const QHttpServerRequest &request);
    // GET /v1/staff/code-lock?person=ID and POST /v1/staff/code-unlock: whether a tenant's
    // personal code is locked after wrong dates of birth, and lifting it (staff of their site).
    QHttpServerResponse staffCodeLock(const QHttpServerRequest &request, bool unlock);
    // POST /v1/status: a kiosk looks up a tenant's sign-ups by personal code and date of birth.
    QHttpServerResponse statusLookup(const QHttpServerRequest &request);
    // GET /healthz: no token, and nothing in it about anybody (docs/operations.md).
    Health health();
    // GET /metrics: the Prometheus text format, for loopback or the metrics token.
    QHttpServerResponse metricsPage(const QHttpServerRequest &request);

private:
    enum class Needs { AnyDevice, StaffDevice };
    // The device behind the bearer token, or the answer to give instead: 413 for a body over
    // the limit (before any work), 401, 429, or 403 when a staff route is called by a kiosk
    // or a phone. With a `sighting` the device is recorded as seen (Store::visit).
    std::variant<Device, QHttpServerResponse> authenticate(const QHttpServerRequest &request,
                                                           Needs needs = Needs::AnyDevice,
                                                           const std::optional<Sighting> &sighting = std::nullopt);

    // 401 device-revoked for a revoked device's request; a push's mutations are first kept in
    // the conflict table as the device's report of what it could not send (once per device).
    QHttpServerResponse revoked(const QHttpServerRequest &request, const Device &device);
    // A staff request: a staff tablet's token (authenticate()) and the staff member signed in
    // on it (X-Meedoen-Staff-Session); otherwise the 401, 403 or 429 to give.
    // Their roles at the tablet's site must hold `permission` (403 role-not-allowed); `role`
    // is the one that does (for the audit).
    struct StaffCaller
    {
        Device device;
        StaffMember staff;
        QString role;
    };
    std::variant<StaffCaller, QHttpServerResponse> staffCaller(const QHttpServerRequest &request,
                                                               Wire::Permission permission);

    // The answer to a sign-in whose password was checked (on the event loop, with the store).
    QHttpServerResponse finishStaffLogin(const LoginGate &gate, bool matched, const QString &login,
                                         const Device &device, const QDateTime &now);

    Store &m_store;
    ServerConfig m_config;
    QObject m_alive;            // finished password checks report here; gone with the routes
    QElapsedTimer m_uptime;
    PasswordChecks m_passwordChecks;
    GroupCommit m_groupCommit;
    PullReader m_pullReader;
};

} // namespace Server
