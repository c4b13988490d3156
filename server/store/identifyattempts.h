// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/store/session.h"
#include "server/store/store.h"

#include "protocol/mutation.h"
#include "protocol/outcome.h"

#include <optional>

namespace Server {

// How often a device may try to identify a tenant by personal code and date of birth (a
// phone's `link`, a returning tenant's sign-up; docs/security/guess.md). Failures are counted
// per device ("device:<id>") and per personal code ("code:<hash of the code>": the table
// says nothing of whose code was tried) in the push's own transaction, so parallel pushes and
// several server processes count as one (Meedoen::kIdentifyCodePolicy,
// kIdentifyDevicePolicy). The limit is asked BEFORE the date of birth is compared: while a
// device waits or a code is locked, the right date links nothing and tells nothing.
// Every failure leaves an audit row (ids and the reason; never the code or the date) and a
// security-log line.
class IdentifyAttempts final : public StorePart
{
public:
    explicit IdentifyAttempts(Session &session) : StorePart(session) {}

    // Before comparing: the refusal when this code is locked (code-locked) or this device must
    // wait (identify-wait); nullopt when the comparison may go ahead. `fault` on a database fault.
    std::optional<Wire::Outcome> refusal(const Device &device, const Wire::Mutation &m, const Wire::Identify &identify,
                                         const QDateTime &now, bool &fault);
    // The comparison failed: counted for the device and the code. The outcome is identify-failed
    // with the mistakes left, or code-locked when this one locked the code; nullopt on a fault.
    std::optional<Wire::Outcome> failed(const Device &device, const Wire::Mutation &m, const Wire::Identify &identify,
                                        const QDateTime &now);
    // The comparison matched: the device's and the code's mistakes are forgiven.
    bool matched(const Device &device, const Wire::Identify &identify);

    // The personal code alone, for a kiosk's status look-up (StatusLookup): a look-up that
    // matches no one counts against the same per-code limit, so asking for a tenant's sign-ups
    // is no way round the lock. Inside the caller's transaction; nullopt on a database fault.
    std::optional<bool> isCodeLocked(const QString &personalCode, const QDateTime &now);
    // A look-up that matched no one: counted for the code (audited as `action`, logged);
    // true when this one locked it.
    std::optional<bool> codeFailed(const QString &deviceId, const QString &action, const QString &personalCode,
                                   const QDateTime &now);
    // A look-up that matched: the code's mistakes are forgiven (not a lock).
    bool codeMatched(const QString &personalCode);

    // Staff lift a lock (`meedoen-server codes unlock CODE`): the code's failures are forgotten
    // and an audit row says who (`actor`) did it. False when the code was not locked; nullopt
    // on a database fault. Its own transaction.
    std::optional<bool> unlock(const QString &personalCode, const QString &actor, const QDateTime &now);
    // The same from a staff tablet, by the person's id and only for a person of `sites`
    // (Store::codeLockOf, Store::unlockCodeOf).
    std::optional<CodeLockState> codeLockOf(const QString &personId, const QStringList &sites, const QDateTime &now);
    std::optional<CodeLockState> unlockCodeOf(const QString &personId, const QStringList &sites,
                                              const QString &staffId, const QString &deviceId, const QString &role,
                                              const QDateTime &now);

private:
    struct Counted
    {
        int failures = 0;           // within the window
        QDateTime lastFailureAt;
        bool locked = false;
        QDateTime lockedAt;
    };
    // The personal code of a person of `sites` who was not erased; empty otherwise, nullopt on
    // a fault.
    std::optional<QString> personalCodeOf(const QString &personId, const QStringList &sites);
    // Inside the caller's transaction: a locked code's failures are forgotten and an audit row
    // names the device and staff member (empty: the CLI). False when it was not locked;
    // nullopt on a fault (rolled back).
    std::optional<bool> lift(const QString &personalCode, const QString &deviceId, const QString &staffId,
                             const QDateTime &now, const QString &role = QString());
    // The state of a code (found) as counted at `now`.
    std::optional<CodeLockState> stateOf(const QString &personalCode, const QDateTime &now);
    // Nullopt on a fault; a subject never counted is an empty Counted.
    std::optional<Counted> counted(const QString &subject, const QDateTime &now);
    // One more failure for `subject` (a window that has run out starts again); its failures now.
    std::optional<int> countFailure(const QString &subject, const QDateTime &now);
    static bool isLocked(const Counted &code, const QDateTime &now);
    static QString codeSubject(const QString &personalCode);
    static QString deviceSubject(const QString &deviceId);
    // One audit row of the server's own (not pulled by tablets): the person the code belongs to
    // when there is one, the reason as its status.
    bool audit(const QString &deviceId, const QDateTime &deviceTime, const QString &site, const QString &action,
               const QString &personalCode, const QString &status, const QDateTime &now,
               const QString &staffId = QString(), const QString &role = QString());
};

} // namespace Server
