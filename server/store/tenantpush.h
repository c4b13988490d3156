// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/store/identifyattempts.h"
#include "server/store/scope.h"
#include "server/store/session.h"
#include "server/store/store.h"

#include "protocol/changes.h"
#include "protocol/outcome.h"

#include <QJsonObject>

#include <memory>
#include <optional>

namespace Server {

class AuditLog;
class ChangeLog;
class DeferredRows;
class StaffAccounts;
class Tenancies;
class Waitlist;

// A tenant's mutations from kiosks, phones and a staff tablet's intake (the tenant present,
// a signed-in staff member named in the payload and in the audit): registration, sign-up with the server's
// capacity decision, withdrawal, and linking a phone. Only the server decides about places,
// under the write lock of the push (docs/sync-protocol.md, "Capacity and waitlist"). A run of
// registrations and sign-ups is decided on a view read for the whole run in a few statements
// and kept up to date as each applies, so the decisions are those of one request at a time.
class TenantPush final : public StorePart, public TransactionState
{
public:
    TenantPush(Session &session, ChangeLog &changes, DeferredRows &rows, Waitlist &waitlist, StaffAccounts &accounts,
               AuditLog &audit, Tenancies &tenancies);
    ~TenantPush() override;

    // The view of what the registrations and sign-ups of a push read (persons, sign-ups,
    // reference codes, places), for mutations[from…] up to the first mutation of another
    // kind. Dropped before any other kind applies: that one may read or change any row.
    bool hasView() const { return m_view != nullptr; }
    bool readView(const QList<Mutation> &mutations, qsizetype from);
    void dropView();

    // These two need the view.
    std::optional<Wire::Outcome> applyRegistration(const Device &device, const Mutation &m, const QDateTime &now);
    std::optional<Wire::Outcome> applySignup(const Device &device, const Mutation &m, const QDateTime &now);
    std::optional<Wire::Outcome> applyWithdrawal(const Device &device, const Mutation &m, const QDateTime &now);
    std::optional<Wire::Outcome> applyLink(const Device &device, const Mutation &m, const QDateTime &now);

    void forgetTransaction() override;

private:
    struct BatchView;
    struct SignupFacts;

    SignupFacts signupFacts(const Mutation &m);
    // Who may send a registration or sign-up: a kiosk or phone naming no staff member, a staff
    // tablet naming one signed in on it (intake). The refusal, if any; `fault` on a database fault.
    std::optional<Wire::Outcome> intakeRefusal(const Device &device, const Mutation &m, bool &fault);
    // The audit entry of a staff intake (none for a kiosk's or phone's own mutation).
    bool auditIntake(const Device &device, const Mutation &m, const QDateTime &now, Wire::Entity entity,
                     const QString &entityId, const QString &state = {});
    static Wire::Outcome signupOutcome(qint64 seq, const QString &signupId, const QString &state, int position,
                                       const QString &referenceCode, qint64 arrival, const QString &declineReason);
    std::optional<Wire::Outcome> storedSignupOutcome(qint64 seq, const QString &signupId);
    // Binds a phone to a tenant. When the binding is new and `resend` is set, the tenant's
    // records written before it (person, sign-ups, hours, balance) enter the change log
    // again, so the phone's next pull brings them although its cursor is past them.
    bool bindPhone(const Device &device, const QString &personId, bool resend);
    // The person with this personal code and date of birth: an empty string when none,
    // nullopt on a database fault.
    std::optional<QString> identifiedPerson(const QString &personalCode, QDate dateOfBirth);

    ChangeLog &m_changes;
    DeferredRows &m_rows;
    Waitlist &m_waitlist;
    StaffAccounts &m_accounts;
    AuditLog &m_audit;
    Tenancies &m_tenancies;
    // Identifying a returning tenant is limited per device and per personal code.
    IdentifyAttempts m_identifyAttempts;
    Scope m_scope; // which persons and sign-ups this device may name
    std::unique_ptr<BatchView> m_view;
    // The next sign-up arrival number inside the open write transaction (0: not read yet).
    qint64 m_nextArrival = 0;
};

} // namespace Server
