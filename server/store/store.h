// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What meedoen-server keeps, behind one interface so the HTTP routes and the admin commands
// do not care whether SQLite or PostgreSQL sits underneath. All state lives in the database:
// several server processes may share one.

#include "core/attemptpolicy.h"
#include "core/domain.h"
#include "core/limits.h"
#include "core/partner.h"
#include "core/postcodeareas.h"
#include "core/goals.h"
#include "core/resultfigures.h"
#include "core/socialreturn.h"
#include "core/signup.h"
#include "protocol/devicereport.h"
#include "core/tenancy.h"
#include "core/trajectory.h"
#include "protocol/mutation.h"
#include "protocol/staffroles.h"
#include "protocol/wire.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <functional>
#include <memory>
#include <optional>

namespace Server {

struct Device
{
    QString id;
    QString kind;       // "kiosk" | "phone" | "staff"
    QString site;
    QDateTime enrolledAt;
    QDateTime revokedAt;
    // When it last pushed or pulled (Devices::recordSeen); invalid: not since the server
    // recorded it.
    QDateTime lastSeen;
    bool isRevoked() const { return revokedAt.isValid(); }
};

// A device as IT watches it (`meedoen-server devices`, the staff dashboard's quiet kiosks):
// when it last pushed or pulled, and what it last reported about itself.
struct DeviceStatus
{
    Device device;
    std::optional<Wire::DeviceReport> report; // none from an app too old to report
    QDateTime reportedAt;
    QDateTime oldestQueuedAt;                 // server time; invalid with an empty queue
    // Conflicts kept for it that no one released yet, and their payloads' bytes: at
    // kMaxConflictsPerDevice rows or kMaxConflictBytesPerDevice bytes its pushes are refused
    // (429 conflict-limit) until `meedoen-server conflicts release` (docs/security/scope.md).
    int conflicts = 0;
    qint64 conflictBytes = 0;
    bool isHeld() const
    {
        return conflicts >= Meedoen::kMaxConflictsPerDevice || conflictBytes >= Meedoen::kMaxConflictBytesPerDevice;
    }
    // Not seen for more than `quietHours` at `now` (never seen: counted from enrolment).
    bool isQuiet(const QDateTime &now, int quietHours) const
    {
        const QDateTime since = device.lastSeen.isValid() ? device.lastSeen : device.enrolledAt;
        return !device.isRevoked() && since.secsTo(now) > qint64(quietHours) * 3600;
    }
};

// One pushed mutation as the protocol read it: its kind, its payload as a value, and the hash
// of what was sent (app/protocol/mutation.h).
using Mutation = Wire::Mutation;

struct StaffMember
{
    QString id;
    QString login;
    QString name;
    QStringList sites;
    QByteArray passwordHash;        // libsodium crypto_pwhash_str (Argon2id)
    // Their roles per site (protocol/staffroles.h); every site of `sites` has at least one.
    QHash<QString, QList<Wire::StaffRole>> roles = {};
    QList<Wire::StaffRole> rolesAt(const QString &site) const { return roles.value(site); }
    // The sites where their roles hold this permission.
    QStringList sitesAllowing(Wire::Permission permission) const
    {
        QStringList allowed;
        for (const QString &site : sites) {
            if (Wire::allows(rolesAt(site), permission))
                allowed.append(site);
        }
        return allowed;
    }
};

// What `meedoen-server staff roles` did.
enum class RolesChange { Set, UnknownLogin, Fault };

// What the store says about a sign-in attempt before the password is checked
// (docs/security/signin.md). Known and unknown logins alike are counted, per login (a keyed
// hash of it) and per tablet, as a failure first (so parallel guesses cannot slip past the
// back-off) and forgiven by finishLogin when the password was right.
struct LoginGate
{
    enum Kind { Allowed, Wait, Locked };
    Kind kind = Allowed;
    int retryAfterSeconds = 0;      // Wait: until the next attempt; Locked: until the lock ends
    bool known = false;             // a staff member has this login (then `staff` is filled)
    StaffMember staff;
    int deviceFailures = 0;         // Allowed: this tablet's mistakes in a row, this one included
    int loginFailures = 0;          // Allowed: this login's, this one included
    bool locksIfWrong = false;      // Allowed: a wrong password now locks the login
};

// A tenant's personal code as staff of their site see it on the tablet (GET /v1/staff/code-lock,
// POST /v1/staff/code-unlock). `found` is false for a person the server does not know, who was
// erased, or who is not of the staff member's sites: to them those are all the same.
struct CodeLockState
{
    bool found = false;
    bool locked = false;
    QDateTime lockedAt;     // invalid when not locked
    bool unlocked = false;  // this request lifted the lock
};

// A kiosk's status look-up (POST /v1/status): the tenant's sign-ups when code and date of
// birth matched, none when they did not, or how long this device or code must wait first.
struct StatusAnswer
{
    // Locked: the personal code is locked after too many wrong dates (staff unlock it).
    enum Kind { Found, NotFound, Wait, Locked };
    Kind kind = NotFound;
    int retryAfterSeconds = 0;
    QList<Meedoen::Signup> signups;     // newest first; no person
};

// Results (resultaatmeting): the figures and their definitions are shared with the staff
// tablet (app/core/resultfigures.h); the store gathers the facts.
using Meedoen::MonthFigures;
using Meedoen::OpportunityFigures;
using Meedoen::Results;
using Meedoen::ResultsFilter;

struct DecisionRecord
{
    QString id;
    QDateTime decidedAt;            // server time
    QDateTime deviceTime;
    QString staffLogin;
    QString staffName;
    QString deviceId;
    QString referenceCode;
    QString opportunityId;
    QString opportunityTitle;
    QString decision;
    QString status;                 // "decided" | "unchanged" | "conflict" | "refused"
    QString refusal;
    QString reason;
    QString messageToTenant;
};

struct PushResult
{
    QJsonArray results;
    qint64 lastSeq = 0;
    // The device's conflicts reached their limit: nothing of the batch was applied or stored,
    // the device is told to stop pushing (429 conflict-limit, docs/security/scope.md).
    bool conflictLimit = false;
};

// One device's push as the store applies it (Store::pushGroup).
struct PushRequest
{
    Device device;
    QList<Mutation> mutations;
    QDateTime now;
    // What the device reported with the push (protocol/devicereport.h). The push records the
    // device as seen at `now`, with this report when there is one, in its own transaction.
    std::optional<Wire::DeviceReport> report;
};

struct Change
{
    qint64 seq = 0;
    QString entity;
    QString id;
    QString op;         // "upsert" | "delete"
    QJsonObject data;
    // data as the compact JSON text the change log holds, when it goes out unchanged: then
    // it is sent as is (data stays empty), not parsed and written again.
    QByteArray dataJson;
};

struct PullPage
{
    QList<Change> changes;
    qint64 cursor = 0;
    bool more = false;
    bool resetRequired = false;
};

// What an areas import changed (meedoen-server import-areas).
struct AreaImportSummary
{
    int postcodes = 0;              // in the table
    int changed = 0;                // new or different: published to devices
    int removed = 0;                // no longer in the table: deleted on devices
    int neighbourhoodsAdded = 0;    // named by the table, created with their code as name
};

// What `meedoen-server import-tenancies` did (Tenancies): the tenancies now held, the persons
// checked again (those no staff member checked yet) and how many of their verdicts changed.
struct TenancyImport
{
    int tenancies = 0;
    int personsChecked = 0;
    int verdictsChanged = 0;
};

struct RateDecision
{
    bool allowed = true;
    int retryAfterSeconds = 0;
};

// A device's request as Store::visit counted it.
struct DeviceVisit
{
    Device device; // without id: no device holds the token
    RateDecision rate;
};

// A request that records its device as seen (Store::visit), with the report it carries: a
// pull; a push is recorded with its batch (PushRequest::report).
struct Sighting
{
    std::optional<Wire::DeviceReport> report;
};

class Store
{
public:
    virtual ~Store() = default;

    virtual QString lastError() const = 0;
    virtual bool migrate() = 0;
    virtual int schemaVersion() = 0;

    virtual bool importCatalogue(const Wire::Catalogue &catalogue, const QDateTime &now) = 0;
    // "id name" per site, ordered by id.
    virtual QList<Meedoen::Site> sites() = 0;
    virtual bool hasSite(const QString &siteId) = 0;

    virtual bool addEnrollmentCode(const QByteArray &codeHash, const QString &kind, const QString &site,
                                   const QDateTime &expiresAt) = 0;
    // Many codes at once (`enroll --count`), in one transaction: all stored or none.
    virtual bool addEnrollmentCodes(const QList<QByteArray> &codeHashes, const QString &kind, const QString &site,
                                    const QDateTime &expiresAt) = 0;
    // Uses the code (once) and creates the device; nullopt when the code is unknown, used or
    // expired.
    virtual std::optional<Device> redeemEnrollmentCode(const QByteArray &codeHash, const QString &deviceId,
                                                       const QByteArray &tokenHash, const QDateTime &now) = 0;
    virtual QList<Device> devices() = 0;
    // False when the device does not exist.
    virtual bool revoke(const QString &deviceId, const QDateTime &now) = 0;

    // A device's request (docs/sync-protocol.md, "Rate limit"): the device holding the token,
    // the request counted against its limit per minute and, with a `sighting`, the device
    // recorded as seen now with its report. One statement, whose commit does not wait for the disk: a
    // crash may forget the last hits or when a device was seen, never anything it sent. A
    // revoked device is returned as it is, nothing counted; a Device without id when no device
    // holds the token; nullopt when the database could not be asked.
    virtual std::optional<DeviceVisit> visit(const QByteArray &tokenHash, const QDateTime &now, int limitPerMinute,
                                             const std::optional<Sighting> &sighting) = 0;
    // Any other key's requests (an enrolling address): its own counter per minute.
    virtual RateDecision countRequest(const QString &key, const QDateTime &now, int limitPerMinute) = 0;
    // Last seen, and the device's report when it sent one, where no visit or push records it
    // (a push refused at its conflict limit). Does not wait for the disk; false on a fault.
    virtual bool recordSeen(const QString &deviceId, const QDateTime &now,
                            const std::optional<Wire::DeviceReport> &report) = 0;
    // Every device with what it last reported; only this site's when `site` is given.
    virtual std::optional<QList<DeviceStatus>> deviceStatuses(const QString &site = {}) = 0;
    // IT has looked at a device's conflicts (a device held at the conflict limit): marks them
    // resolved, so the device may push again. The number released; nullopt on a fault.
    virtual std::optional<int> releaseConflicts(const QString &deviceId, const QDateTime &now) = 0;

    // Applies a batch in one transaction; nullopt on a server fault (nothing applied).
    virtual std::optional<PushResult> push(const Device &device, const QList<Mutation> &mutations,
                                           const QDateTime &now) = 0;
    // Group commit (docs/sync-protocol.md, "Group commit"): the pushes of several devices in
    // one transaction and one wait for the disk, each answered its own result, the same as
    // if they had been applied alone one after another in this order. A batch whose result
    // is nullopt met a server fault: nothing of it was applied.
    virtual QList<std::optional<PushResult>> pushGroup(const QList<PushRequest> &pushes) = 0;
    // A revoked device's one report push: its mutations kept in the conflict table with reason
    // device-revoked, never applied (PushBatch::keepRevokedReport). True when kept.
    virtual std::optional<bool> keepRevokedReport(const Device &device, const QList<Mutation> &mutations,
                                                  const QDateTime &now) = 0;
    virtual std::optional<PullPage> pull(const Device &device, std::optional<qint64> cursor, int limit) = 0;
    // Forgets change-log rows before `beforeSeq` that are tombstones or superseded; cursors
    // older than that get "reset required".
    virtual bool compactChanges(qint64 beforeSeq) = 0;

    // Staff (docs/sync-protocol.md, "Staff").
    // nullopt when the login is taken or the database failed (lastError says which).
    // Every site gets the same roles.
    virtual std::optional<QString> addStaff(const QString &login, const QString &name, const QStringList &sites,
                                            const QList<Wire::StaffRole> &roles, const QByteArray &passwordHash,
                                            const QDateTime &now) = 0;
    // Replaces a staff member's roles at one site (adding the site when they did not work
    // there yet). Sessions open now act with the new roles from their next request.
    virtual RolesChange setStaffRoles(const QString &login, const QString &site, const QList<Wire::StaffRole> &roles) = 0;
    // Forgets failed attempts (lifts a lock). False when the login is unknown.
    virtual bool unlockStaff(const QString &login) = 0;
    // Lifts the lock of a personal code after too many wrong dates of birth (audited as done
    // by `actor`). False when the code was not locked; nullopt on a database fault.
    virtual std::optional<bool> unlockPersonalCode(const QString &personalCode, const QString &actor,
                                                   const QDateTime &now) = 0;
    // The lock on the personal code of a person of `sites` (the tablet's person page).
    virtual std::optional<CodeLockState> codeLockOf(const QString &personId, const QStringList &sites,
                                                    const QDateTime &now) = 0;
    // Staff on a tablet lift it: the code's failures are forgotten, audited with the staff
    // member and the tablet. nullopt on a database fault.
    // `role`: the role the staff member acted in (the audit keeps it).
    virtual std::optional<CodeLockState> unlockCodeOf(const QString &personId, const QStringList &sites,
                                                      const QString &staffId, const QString &deviceId,
                                                      const QString &role, const QDateTime &now) = 0;
    virtual QList<StaffMember> staffMembers() = 0;
    // Checks and counts a sign-in attempt of `login` (as typed, normalised) from a tablet
    // under `policy` (a login's lock lasts policy.lockSeconds); nullopt on a database fault.
    virtual std::optional<LoginGate> beginLogin(const QString &login, const QString &deviceId,
                                                const Meedoen::AttemptPolicy &policy, const QDateTime &now) = 0;
    // The password was right: forgets the login's and the tablet's mistakes and, with a
    // session hash, opens the session.
    virtual bool finishLogin(const QString &login, const QString &staffId, const QString &deviceId,
                             const QByteArray &sessionHash, const QDateTime &now, const QDateTime &expiresAt) = 0;
    // The staff member of a live session opened on this device.
    virtual std::optional<StaffMember> staffBySession(const QByteArray &sessionHash, const QString &deviceId,
                                                      const QDateTime &now) = 0;

    // A kiosk's status look-up, counted per device and per personal code (its hash); nullopt
    // on a database fault.
    virtual std::optional<StatusAnswer> lookUpStatus(const QString &deviceId, const QByteArray &codeHash,
                                                     const QString &personalCode, QDate dateOfBirth,
                                                     const QDateTime &now) = 0;

    // Replaces the tenancies with these (one transaction) and checks the persons no staff
    // member checked yet again; nullopt on a database fault (nothing changed).
    virtual std::optional<TenancyImport> importTenancies(const QList<Meedoen::Tenancy> &tenancies,
                                                         const QDateTime &now) = 0;

    virtual std::optional<Results> results(const ResultsFilter &filter) = 0;
    // The progress on `today` of the goals the filter shows (core/goals.h); nullopt on a fault.
    virtual std::optional<QList<Meedoen::GoalProgress>> goals(const ResultsFilter &filter, QDate today) = 0;
    virtual std::optional<QList<DecisionRecord>> decisions(const QString &site) = 0;
    // What a partner put in and what came of it (core/partner.h), over the same facts as
    // results(); nullopt on a database fault.
    virtual std::optional<Meedoen::PartnerFigures> partnerFigures(const QString &partnerId,
                                                                  const ResultsFilter &filter) = 0;
    // Social return (core/socialreturn.h) on `asOf`: the obligations at `site` (empty: all) and
    // their fulfilment; the SROI input sheet of the filter (months needed); the configuration
    // in force and replacing it (the problem in words, or empty; nullopt on a fault).
    virtual std::optional<QList<Meedoen::ObligationFulfilment>> socialReturn(const QString &site, QDate asOf) = 0;
    virtual std::optional<Meedoen::SroiSheet> sroiSheet(const ResultsFilter &filter, QDate asOf) = 0;
    virtual std::optional<Meedoen::SocialReturnConfig> socialReturnConfig() = 0;
    virtual std::optional<QString> importSocialReturn(const Meedoen::SocialReturnConfig &config) = 0;

    // The corporation's areas (server/store/areas.h): the whole table replaced in one
    // transaction, only the difference published; neighbourhoods by id; a site's coordinates.
    virtual std::optional<AreaImportSummary> importAreas(const Meedoen::AreaTable &table) = 0;
    virtual QList<Meedoen::Neighbourhood> neighbourhoods() = 0;
    virtual bool renameNeighbourhood(const Meedoen::Neighbourhood &neighbourhood) = 0;
    virtual bool setSiteLocation(const QString &siteId, double latitude, double longitude) = 0;

    // Trajectories (server/store/trajectories.h): the ladders in force (configured routes over
    // the Participatieladder); replacing the configuration (the problem in words, or empty;
    // nullopt on a database fault); every step of these sites (empty: all) for the figures.
    virtual std::optional<QList<Meedoen::Ladder>> ladders() = 0;
    virtual std::optional<QString> importLadders(const QList<Meedoen::Ladder> &ladders) = 0;
    virtual std::optional<QList<Meedoen::TrajectoryStep>> trajectorySteps(const QStringList &sites) = 0;

    // Test-only fault injection: called inside the push transaction after each applied
    // mutation with the number applied so far.
    std::function<void(int)> afterApply;
};

// "sqlite:PATH" or "postgresql://user:pass@host:port/dbname" (empty parts come from libpq's
// PG* environment). nullptr with `error` set when the database cannot be opened.
std::unique_ptr<Store> openStore(const QString &spec, QString *error);

} // namespace Server
