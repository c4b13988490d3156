// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/partner.h"
#include "core/socialreturn.h"
#include "core/candidatematch.h"
#include "core/goals.h"
#include "core/resultfigures.h"
#include "protocol/changes.h"
#include "protocol/mutation.h"
#include "protocol/outcome.h"
#include "protocol/staffroles.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariantList>

#include <optional>

// What a staff tablet keeps (schema v4): the staff members who signed in here, the pulled
// records of its site (persons with consent history, sign-ups with versions, hours,
// balances, decisions, audit) and the staff mutations queued on this tablet with the
// server's outcome. Pulled records are written by PullApplier inside its page transaction;
// queueing a staff mutation writes the outbox row and the action row in one transaction.
//
// One class, implemented over files named by what they do (helpers in staffrepository_p.h):
//   staffrepository_accounts.cpp  staff members on this tablet, PIN attempts
//   staffrepository_pull.cpp      what a pulled change writes, tombstones, erasure here
//   staffrepository_queue.cpp     staff mutations into the outbox, their outcomes, the device audit
//   staffrepository_lists.cpp     the lists the screens show (the models of app/models read them)
//   staffrepository_person.cpp    one person's detail, one sign-up, the counts decisions need
//   staffrepository_results.cpp   the facts of the results dashboard and the decisions export
class StaffRepository
{
public:
    struct Account
    {
        QString staffId;
        QString login;
        QString name;
        QStringList sites;
        QString pinHash;            // crypto_pwhash_str, empty until a PIN was chosen
        int pinFailures = 0;        // consecutive wrong PINs
        QDateTime pinLastFailure;   // invalid when none
        QDateTime signedInAt;
        // Role keys at this tablet's site (protocol/staffroles.h), as the server said at the
        // last sign-in; what the server's migration gives staff from before roles by default.
        QStringList roles = Wire::roleKeys(Wire::defaultStaffRoles());
    };

    // Dashboard figures: the same definitions and computation as the server's
    // (Meedoen::computeResults, docs/sync-protocol.md "Results"), over this tablet's copy.
    using MonthFigures = Meedoen::MonthFigures;
    using OpportunityFigures = Meedoen::OpportunityFigures;
    using DashboardFilter = Meedoen::ResultsFilter;
    using Dashboard = Meedoen::Results;

    explicit StaffRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    // ---- staff members on this tablet (staffrepository_accounts.cpp)
    bool upsertAccount(const Account &a);       // keeps an existing PIN hash and counters
    bool setPinHash(const QString &staffId, const QString &hash);
    std::optional<Account> account(const QString &staffId) const;
    QList<Account> accounts() const;            // by name
    // Records one PIN attempt at `now`: a failure raises the consecutive count, a success
    // resets it. Attempts older than an hour are forgotten.
    bool recordPinAttempt(const QString &staffId, const QDateTime &now, bool success);
    int pinAttemptsSince(const QString &staffId, const QDateTime &since) const;

    // ---- pulled records (inside the caller's transaction; staffrepository_pull.cpp)
    bool applyPulled(const Wire::PersonChange &c);
    bool applyPulled(const Wire::SignupChange &c);
    bool applyPulled(const Wire::HoursChange &c);
    bool applyPulled(const Wire::BalanceChange &c);
    bool applyPulled(const Wire::DecisionChange &c);
    bool applyPulled(const Wire::AuditChange &c);
    bool applyPulled(const Wire::PlacementChange &c);
    bool applyPulled(const Wire::EraseRequestChange &c);
    bool applyPulled(const Meedoen::Goal &g);
    // A tombstone.
    bool removePulled(Wire::Entity entity, const QString &id);
    bool clearPulled();
    static bool isStaffEntity(Wire::Entity entity);
    // Erasure on this tablet at once, before the server's tombstones arrive.
    bool anonymiseLocally(const QString &personId);

    // ---- staff mutations (outbox row + action row + device audit in one transaction;
    //      staffrepository_queue.cpp)
    // Returns the outbox seq, 0 on failure. The payload names the staff member.
    qint64 queue(const Wire::Payload &payload, const QString &entityId, const QDateTime &now,
                 const QString &mutationId);
    // The server's result for a queued staff mutation (inside the caller's transaction).
    bool recordOutcome(qint64 seq, const Wire::Outcome &outcome);
    // Something done on this tablet that the server does not record (unlock, export,
    // identity check): the tablet's own audit trail.
    bool auditOnDevice(const QString &staffId, const QString &action, const QString &entity, const QString &entityId,
                       const QDateTime &now);

    // ---- what the screens list (rows as QVariantMap, keys in camelCase; staffrepository_lists.cpp)
    QVariantList reviewOpportunities() const;                          // those with sign-ups, by title
    QVariantList signupsFor(const QString &opportunityId) const;       // confirmed, then waitlist order, then the rest
    QVariantList signups() const;                                      // every opportunity's, as signupsFor, by opportunity id
    QVariantList newVolunteers() const;                                // persons not yet checked on this tablet
    QVariantList conflicts() const;                                    // the server's, newest first, then this tablet's
    // By family name; "neighbourhood" names the person's neighbourhoods. A negative limit is none.
    QVariantList persons(const QString &search, int limit = 200) const;
    QVariantList hours(bool unverifiedOnly) const;
    QVariantList audit(int limit) const;                               // newest first
    // Tenants' erasure requests: open ones first (oldest first), then done ones (newest first).
    QVariantList eraseRequests() const;

    // ---- one person or sign-up as this tablet knows it now (staffrepository_person.cpp)
    QVariantMap person(const QString &personId) const;                  // with consents, sign-ups, hours, balances
    // A pulled sign-up with its state, version and opportunity as this tablet knows them now.
    std::optional<Wire::SignupChange> signup(const QString &signupId) const;
    int confirmedCount(const QString &opportunityId) const;

    // ---- what the consents decide about an opportunity (staffrepository_match.cpp)
    // Every person this tablet holds, with their consents and whether they have a standing
    // sign-up for the opportunity; Meedoen::matchCandidates keeps those with `matching` consent.
    QList<Meedoen::Candidate> candidatesFor(const QString &opportunityId) const;
    // Its confirmed participants, by arrival, as the organiser gets them: name, phone and
    // e-mail only with the tenant's `share-partner` consent ("shared"), else empty.
    QVariantList participantsFor(const QString &opportunityId) const;

    // ---- the results dashboard's facts and the decisions export (staffrepository_results.cpp)
    Dashboard dashboard(const DashboardFilter &filter) const;
    // What a partner put in and what came of it (core/partner.h), over the same facts as the
    // dashboard with the pulled partner register: the figures `meedoen-server export partner`
    // gives for this tablet's site.
    Meedoen::PartnerFigures partnerFigures(const QString &partnerId, const DashboardFilter &filter) const;
    // The decisions this tablet knows, oldest first, for the CSV export.
    QList<QStringList> decisionRows() const;
    // The facts behind the dashboard and the goals of the filter's months (hours summed per
    // person, opportunity and month, dated the month's first day); the agreements only when asked.
    Meedoen::GoalFacts dashboardFacts(const DashboardFilter &filter, bool withAgreements = false) const;
    // The facts of social return and the SROI sheet (core/socialreturn.h), as the server reads
    // them: the dashboard's, with the partner register, the contributions and the ladder moves.
    Meedoen::SocialReturnFacts socialReturnFacts(const DashboardFilter &filter) const;

    // ---- the site's goals (staffrepository_goals.cpp)
    QList<Meedoen::Goal> goals() const;                                // by id
    std::optional<Meedoen::Goal> goal(const QString &goalId) const;
    // Their progress on `today` for the goals the filter shows (as the server's).
    QList<Meedoen::GoalProgress> goalProgress(const DashboardFilter &filter, QDate today) const;
    // The dashboard and its goals' progress from one read of the facts (the months of both):
    // what the results page shows, equal to dashboard() and goalProgress() each on its own.
    struct DashboardWithGoals
    {
        Dashboard figures;
        QList<Meedoen::GoalProgress> goals;
    };
    DashboardWithGoals dashboardWithGoals(const DashboardFilter &filter, QDate today) const;

private:
    // A goal set or removed on this tablet shows at once (inside queue()'s transaction).
    bool keepQueuedGoal(const Wire::GoalUpsertPayload &p, const QDateTime &now);
    QVariantList signupRows(const QString &opportunityId, bool all) const;
    bool eraseHourNotes(const QString &personId);
    qint64 recordQueued(qint64 seq, const QString &kind, const QString &staffId, const QString &entityId,
                        const QString &decision, qint64 seenVersion, const QDateTime &now);

    QSqlDatabase m_db;
};
