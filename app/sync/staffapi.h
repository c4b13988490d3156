// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/resultfigures.h"
#include "protocol/codelock.h"
#include "protocol/kioskwatch.h"
#include "protocol/requests.h"
#include "protocol/resultswire.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class SyncClient;

// The staff tablet's online calls outside the sync rounds: the password sign-in
// (POST /v1/staff/login), the server's results (GET /v1/staff/results) and the site's kiosks
// as the server last saw them (GET /v1/staff/kiosks), and a tenant's code lock
// (GET /v1/staff/code-lock, POST /v1/staff/code-unlock). It speaks through
// the injected SyncClient (its server, the device's token and the staff session); without one,
// or on a device not enrolled as a staff tablet, there is no server to ask. The methods are
// virtual so tests can answer in its place.
class StaffApi : public QObject
{
    Q_OBJECT

public:
    // What the server said to a sign-in: status 0 when it could not be reached.
    struct LoginAnswer
    {
        int status = 0;
        int retryAfterSeconds = 0;                  // from Retry-After (429, 423)
        std::optional<Wire::StaffLoginReply> reply; // a well-formed answer to 200
        QString problem;                            // the problem type of a refusal, e.g. "signin-busy"
    };
    using LoginDone = std::function<void(const LoginAnswer &)>;
    // nullopt when offline or when the server would not say.
    using ResultsDone = std::function<void(const std::optional<Wire::ResultsReply> &)>;
    using KiosksDone = std::function<void(const std::optional<Wire::KioskWatchReply> &)>;
    // Status 0 when the server could not be reached; a reply with 200 only.
    struct CodeLockAnswer
    {
        int status = 0;
        std::optional<Wire::CodeLockReply> reply;
    };
    using CodeLockDone = std::function<void(const CodeLockAnswer &)>;

    explicit StaffApi(SyncClient *sync = nullptr, QObject *parent = nullptr);

    // The tablet's sync client; set later when the tablet is enrolled from its screen.
    void setSync(SyncClient *sync);
    SyncClient *sync() const;

    // Enrolled as a staff tablet: the only kind of device with a staff sign-in.
    virtual bool isStaffTablet() const;
    // The signed-in staff member's session token, sent with every later request; empty: none.
    virtual void setSession(const QString &token);
    // `done` runs once, and never after `context` is gone.
    virtual void login(const Wire::StaffLoginRequest &request, QObject *context, LoginDone done);
    virtual void results(const Meedoen::ResultsFilter &filter, QObject *context, ResultsDone done);
    // GET /v1/staff/kiosks: this tablet's site's kiosks as the server last saw them.
    virtual void kiosks(QObject *context, KiosksDone done);
    // Whether a person's personal code is locked after wrong dates of birth; with `unlock`,
    // lifting it (POST /v1/staff/code-unlock).
    virtual void codeLock(const QString &personId, bool unlock, QObject *context, CodeLockDone done);

private:
    QPointer<SyncClient> m_sync;
};
