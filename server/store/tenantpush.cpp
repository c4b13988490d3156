// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// A tenant's mutations and the server's capacity decision (TenantPush, tenantpush.h).

#include "server/store/tenantpush.h"
#include "server/store/staffpush.h"
#include "server/store/auditlog.h"
#include "server/store/changelog.h"
#include "server/store/deferredrows.h"
#include "server/store/staffaccounts.h"
#include "server/store/storehelpers.h"
#include "server/store/tenancies.h"
#include "server/store/waitlist.h"

#include "core/personalcode.h"
#include "core/validation.h"
#include "protocol/changes.h"
#include "protocol/requests.h"

#include <QHash>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace Meedoen;

namespace Server {

using namespace StoreHelpers;

// What the registrations and sign-ups of a push batch read (persons, sign-ups, reference
// codes, places), fetched for a run of them in a few statements and kept up to date as they
// apply; their person and sign-up rows are written by DeferredRows::flush().
struct TenantPush::BatchView
{
    struct Person
    {
        QString id;
        QDate dateOfBirth;
    };
    struct Opportunity
    {
        QString status;
        int capacity = 0;
        int confirmed = 0;  // as stored plus this batch's
        int waitlisted = 0; // as stored plus this batch's
        int minimumAge = 0;
        QDate endDate;
        QVariant site;
        bool needsReview = false; // a sign-up holds its place as pending until staff decide
    };
    QHash<QString, QDate> personById;       // the persons these mutations name, and this batch's
    QHash<QString, Person> personByCode;    // by personal code
    QSet<QString> signupIds;                // sign-ups that exist already
    QSet<QString> referenceCodes;           // reference codes taken
    QSet<QString> holds;                    // person + '|' + opportunity, confirmed, pending or waitlisted
    QHash<QString, Opportunity> opportunities;
    QSet<QString> registered;               // persons this device registered in this batch
    QHash<QString, bool> inScope;           // Scope::mayNamePerson() of the persons named so far
};

// What applySignup() decides on, from the batch's view.
struct TenantPush::SignupFacts
{
    bool known = false; // this sign-up exists (a resend under another seq)
    QString personId;   // empty: no such person
    QDate dateOfBirth;
    BatchView::Opportunity *opportunity = nullptr; // null: no such opportunity
    bool alreadyHolds = false;
    bool referenceTaken = false;
};

TenantPush::TenantPush(Session &session, ChangeLog &changes, DeferredRows &rows, Waitlist &waitlist,
                       StaffAccounts &accounts, AuditLog &audit, Tenancies &tenancies)
    : StorePart(session), m_changes(changes), m_rows(rows), m_waitlist(waitlist), m_accounts(accounts), m_audit(audit),
      m_tenancies(tenancies),
      m_identifyAttempts(session), m_scope(session)
{
    session.track(this);
}

TenantPush::~TenantPush() = default;

void TenantPush::forgetTransaction()
{
    m_nextArrival = 0;
    m_view.reset();
}

void TenantPush::dropView()
{
    m_view.reset();
}

bool TenantPush::readView(const QList<Mutation> &mutations, qsizetype from)
{
    QSet<QString> personIds, codes, signupIds, references, opportunityIds;
    for (qsizetype i = from; i < mutations.size(); ++i) {
        const Mutation &m = mutations.at(i);
        if (m.kind == Wire::MutationKind::Registration) {
            const Person &p = m.as<Wire::RegistrationPayload>().person;
            personIds.insert(p.id);
            if (!p.personalCode.isEmpty())
                codes.insert(p.personalCode);
        } else if (m.kind == Wire::MutationKind::Signup) {
            const auto &payload = m.as<Wire::SignupPayload>();
            signupIds.insert(payload.signup.id);
            if (!payload.signup.referenceCode.isEmpty())
                references.insert(payload.signup.referenceCode);
            opportunityIds.insert(payload.signup.opportunityId);
            if (!payload.identify)
                personIds.insert(payload.signup.personId);
            else if (payload.identify->personalCodeWellFormed)
                codes.insert(payload.identify->personalCode);
        } else {
            break;
        }
    }
    auto view = std::make_unique<BatchView>();
    auto person = [&view](const QSqlQuery &q) {
        const QString id = q.value(0).toString();
        const QDate dateOfBirth = QDate::fromString(q.value(2).toString(), Qt::ISODate);
        view->personById.insert(id, dateOfBirth);
        if (!q.value(1).isNull())
            view->personByCode.insert(q.value(1).toString(), {id, dateOfBirth});
    };
    // A row found through either list fills both maps: only the batch's own ids and codes
    // are ever looked up, and a row holding one of them was found through that list anyway.
    if (!selectIn(u"SELECT id, personal_code, date_of_birth FROM person WHERE id IN (%1) OR personal_code IN (%2)"_s,
                  {personIds.values(), codes.values()}, person)
        || !selectIn(u"SELECT id, reference_code FROM signup WHERE id IN (%1) OR reference_code IN (%2)"_s,
                     {signupIds.values(), references.values()},
                     [&view](const QSqlQuery &q) {
                         view->signupIds.insert(q.value(0).toString());
                         view->referenceCodes.insert(q.value(1).toString());
                     })
        || !selectIn(u"SELECT id, status, capacity, confirmed, minimum_age, end_date, site_id, (SELECT COUNT(*) "
                     "FROM signup WHERE signup.opportunity_id = opportunity.id AND signup.state = 'waitlisted'), "
                     "needs_review FROM opportunity WHERE id IN (%1)"_s,
                     {opportunityIds.values()},
                     [&view](const QSqlQuery &q) {
                         BatchView::Opportunity &o = view->opportunities[q.value(0).toString()];
                         o.status = q.value(1).toString();
                         o.capacity = q.value(2).toInt();
                         o.confirmed = q.value(3).toInt();
                         o.minimumAge = q.value(4).toInt();
                         o.endDate = QDate::fromString(q.value(5).toString(), Qt::ISODate);
                         o.site = q.value(6);
                         o.waitlisted = q.value(7).toInt();
                         o.needsReview = q.value(8).toInt() != 0;
                     })) {
        return false;
    }
    // The rows read include every place confirmed so far: a view is read at the start of a
    // batch or right after DeferredRows::flush() wrote the batch's places.
    // Whom the sign-ups name: by id, or by personal code (the view knows the persons now).
    QSet<QString> holders = personIds;
    for (const BatchView::Person &p : std::as_const(view->personByCode))
        holders.insert(p.id);
    if (!selectIn(u"SELECT person_id || '|' || opportunity_id FROM signup WHERE person_id IN (%1) "
                  "AND state IN ('confirmed', 'pending', 'waitlisted')"_s,
                  {holders.values()}, [&view](const QSqlQuery &q) { view->holds.insert(q.value(0).toString()); }))
        return false;
    m_view = std::move(view);
    return true;
}

std::optional<Wire::Outcome> TenantPush::intakeRefusal(const Device &device, const Mutation &m, bool &fault)
{
    const QString staffId = Wire::staffIdOf(m.payload);
    m_audit.setActingRole({});
    if (device.kind != Wire::toKey(Wire::DeviceKind::Staff)) {
        // A kiosk or a phone never speaks for a staff member.
        if (!staffId.isEmpty())
            return Wire::Outcome::refused(m.seq, Wire::Reason::NotAllowed);
        return std::nullopt;
    }
    if (staffId.isEmpty())
        return Wire::Outcome::refused(m.seq, Wire::Reason::StaffNotSignedIn);
    const auto staff = m_accounts.signedInMember(device, staffId);
    if (!staff) {
        fault = true;
        return std::nullopt;
    }
    if (staff->sites.isEmpty())
        return Wire::Outcome::refused(m.seq, Wire::Reason::StaffNotSignedIn);
    if (!staff->sites.contains(device.site))
        return Wire::Outcome::refused(m.seq, Wire::Reason::SiteNotAllowed);
    // Intake happens at the tablet's site: the roles there decide.
    const auto role = Wire::roleAllowing(staff->rolesAt(device.site), Wire::Permission::Intake);
    if (!role)
        return StaffPush::roleRefused(device, m, Wire::Permission::Intake);
    m_audit.setActingRole(Wire::toKey(*role));
    return std::nullopt;
}

bool TenantPush::auditIntake(const Device &device, const Mutation &m, const QDateTime &now, Wire::Entity entity,
                             const QString &entityId, const QString &state)
{
    if (Wire::staffIdOf(m.payload).isEmpty())
        return true;
    Wire::AuditDetail detail;
    if (!state.isEmpty())
        detail.status = state; // the sign-up's state as the server decided it
    return m_audit.record(device, m, now, device.site, entity, entityId, detail);
}

std::optional<Wire::Outcome> TenantPush::applyRegistration(const Device &device, const Mutation &m, const QDateTime &now)
{
    const auto &registration = m.as<Wire::RegistrationPayload>();
    bool fault = false;
    if (auto refusal = intakeRefusal(device, m, fault); refusal || fault)
        return fault ? std::nullopt : refusal;
    if (registration.tooYoung)
        return Wire::Outcome::refused(m.seq, Wire::Reason::TooYoung);
    const Person &p = registration.person;
    Wire::Outcome acceptedOutcome = Wire::Outcome::accepted(m.seq);
    acceptedOutcome.personId = p.id;
    // A known id is a resend under another seq: accepted, nothing more. A known code: refused.
    if (m_view->personById.contains(p.id))
        return acceptedOutcome;
    if (!p.personalCode.isEmpty() && m_view->personByCode.contains(p.personalCode))
        return Wire::Outcome::refused(m.seq, Wire::Reason::PersonalCodeTaken);
    // The server's tenancy verdict goes with the person (for the staff of the site).
    bool tenancyFault = false;
    const auto verdict = m_tenancies.verdict(p, tenancyFault);
    if (tenancyFault)
        return std::nullopt;
    // The person row and its change-log row: the person as pulled.
    const QString dataJson =
        compact(Wire::toJson(Wire::PersonChange{p, false, registration.consents, 0, std::nullopt, verdict}));
    m_rows.addRow(u"person"_s, {p.id, p.personalCode.isEmpty() ? QVariant() : QVariant(p.personalCode),
                                p.dateOfBirth.toString(Qt::ISODate), device.site, device.id, isoUtc(now), dataJson});
    m_view->personById.insert(p.id, p.dateOfBirth);
    m_view->registered.insert(p.id);
    if (!p.personalCode.isEmpty())
        m_view->personByCode.insert(p.personalCode, {p.id, p.dateOfBirth});
    for (const ConsentRecord &c : registration.consents) {
        m_rows.addRow(u"consent"_s, {p.id, c.purpose, c.textVersion, isoUtc(c.givenAt),
                                     c.withdrawnAt.isValid() ? QVariant(isoUtc(c.withdrawnAt)) : QVariant(),
                                     nullIfEmpty(c.language)});
    }
    if (device.kind == Wire::toKey(Wire::DeviceKind::Phone) && !bindPhone(device, p.id, false))
        return std::nullopt;
    if (!m_changes.appendJson(Wire::Entity::Person, p.id, Wire::ChangeOp::Upsert, ChangeLog::kPersonal, device.site,
                              device.id, p.id, dataJson)
        || !auditIntake(device, m, now, Wire::Entity::Person, p.id))
        return std::nullopt;
    return acceptedOutcome;
}

bool TenantPush::bindPhone(const Device &device, const QString &personId, bool resend)
{
    auto bound = run(u"INSERT INTO device_person (device_id, person_id) VALUES (?, ?) "
                     "ON CONFLICT (device_id, person_id) DO NOTHING"_s,
                     {device.id, personId});
    if (!bound)
        return false;
    if (!resend || bound->numRowsAffected() != 1)
        return true;
    // Rows this batch has not written yet come after the copies, as they are newer.
    if (!m_rows.flush())
        return false;
    // The newest row of each of the tenant's entities, in their original order. Other
    // devices in scope see an upsert they already have: the last one wins, nothing changes.
    return bool(run(u"INSERT INTO change_log (entity, entity_id, op, scope, site_id, device_id, person_id, data) "
                    "SELECT c.entity, c.entity_id, c.op, c.scope, c.site_id, c.device_id, c.person_id, c.data "
                    "FROM change_log c WHERE c.person_id = ? AND c.op = 'upsert' AND c.seq = "
                    "(SELECT MAX(n.seq) FROM change_log n WHERE n.entity = c.entity AND n.entity_id = c.entity_id) "
                    "ORDER BY c.seq"_s,
                    {personId}));
}

std::optional<QString> TenantPush::identifiedPerson(const QString &personalCode, QDate dateOfBirth)
{
    auto q = run(u"SELECT id FROM person WHERE personal_code = ? AND date_of_birth = ?"_s,
                 {personalCode, dateOfBirth.toString(Qt::ISODate)});
    if (!q)
        return std::nullopt;
    return q->next() ? q->value(0).toString() : QString();
}

std::optional<Wire::Outcome> TenantPush::applyLink(const Device &device, const Mutation &m, const QDateTime &now)
{
    // Only a tenant's own phone follows a tenant; a kiosk or tablet never binds to one.
    if (device.kind != Wire::toKey(Wire::DeviceKind::Phone))
        return Wire::Outcome::refused(m.seq, Wire::Reason::NotAllowed);
    const Wire::Identify &identify = m.as<Wire::LinkPayload>().identify;
    if (!identify.personalCodeWellFormed)
        return Wire::Outcome::refused(m.seq, Wire::Reason::CodeNotRecognised);
    // The limits first: while they refuse, the date of birth is not even compared.
    bool fault = false;
    if (auto refusal = m_identifyAttempts.refusal(device, m, identify, now, fault); refusal || fault)
        return fault ? std::nullopt : refusal;
    const auto personId = identifiedPerson(identify.personalCode, identify.dateOfBirth);
    if (!personId)
        return std::nullopt;
    if (personId->isEmpty())
        return m_identifyAttempts.failed(device, m, identify, now);
    if (!m_identifyAttempts.matched(device, identify) || !bindPhone(device, *personId, true))
        return std::nullopt;
    Wire::Outcome linked = Wire::Outcome::of(m.seq, Wire::OutcomeStatus::Linked);
    linked.personId = *personId;
    return linked;
}

// A sign-up's outcome: the status is its state (confirmed, pending, waitlisted, declined).
Wire::Outcome TenantPush::signupOutcome(qint64 seq, const QString &signupId, const QString &state, int position,
                                        const QString &referenceCode, qint64 arrival, const QString &declineReason)
{
    Wire::Outcome o = Wire::Outcome::of(seq, Wire::outcomeStatusFromKey(state).value_or(Wire::OutcomeStatus::Declined),
                                        declineReason);
    o.signupId = signupId;
    o.referenceCode = referenceCode;
    o.arrival = arrival;
    if (state == toKey(SignupState::Waitlisted))
        o.waitlistPosition = position;
    return o;
}

std::optional<Wire::Outcome> TenantPush::storedSignupOutcome(qint64 seq, const QString &signupId)
{
    auto q = run(u"SELECT reference_code, state, waitlist_position, decline_reason, arrival FROM signup WHERE id = ?"_s,
                 {signupId});
    if (!q || !q->next())
        return std::nullopt;
    return signupOutcome(seq, signupId, q->value(1).toString(), q->value(2).toInt(), q->value(0).toString(),
                         q->value(4).toLongLong(), q->value(3).toString());
}

TenantPush::SignupFacts TenantPush::signupFacts(const Mutation &m)
{
    const auto &payload = m.as<Wire::SignupPayload>();
    const Signup &s = payload.signup;
    SignupFacts f;
    f.known = m_view->signupIds.contains(s.id);
    if (const auto &identify = payload.identify) {
        const auto person = identify->personalCodeWellFormed ? m_view->personByCode.constFind(identify->personalCode)
                                                             : m_view->personByCode.cend();
        if (person != m_view->personByCode.cend() && person->dateOfBirth == identify->dateOfBirth) {
            f.personId = person->id;
            f.dateOfBirth = person->dateOfBirth;
        }
    } else if (const auto person = m_view->personById.constFind(s.personId); person != m_view->personById.cend()) {
        f.personId = s.personId;
        f.dateOfBirth = *person;
    }
    if (const auto o = m_view->opportunities.find(s.opportunityId); o != m_view->opportunities.end())
        f.opportunity = &*o;
    f.alreadyHolds = !f.personId.isEmpty() && m_view->holds.contains(f.personId + u'|' + s.opportunityId);
    f.referenceTaken = m_view->referenceCodes.contains(s.referenceCode);
    return f;
}

std::optional<Wire::Outcome> TenantPush::applySignup(const Device &device, const Mutation &m, const QDateTime &now)
{
    const auto &payload = m.as<Wire::SignupPayload>();
    const Signup &s = payload.signup;
    bool fault = false;
    if (auto refusal = intakeRefusal(device, m, fault); refusal || fault)
        return fault ? std::nullopt : refusal;
    const QDate today = now.toUTC().date();
    const SignupFacts facts = signupFacts(m);
    const QString &personId = facts.personId;
    // A person named by id: one this device registered (in this batch or before), the phone's
    // tenant or one of the tablet's site; any other is answered as an unknown one.
    bool personInScope = payload.identify.has_value() && !personId.isEmpty();
    if (!payload.identify && !personId.isEmpty()) {
        const auto cached = m_view->inScope.constFind(personId);
        if (m_view->registered.contains(personId)) {
            personInScope = true;
        } else if (cached != m_view->inScope.cend()) {
            personInScope = *cached;
        } else {
            const auto allowed = m_scope.mayNamePerson(device, personId);
            if (!allowed)
                return std::nullopt;
            personInScope = *allowed;
            m_view->inScope.insert(personId, personInScope);
        }
    }
    if (facts.known) {
        // The stored row answers; it may be among this batch's rows still to be written. Its
        // reference code, arrival and state only to a device that may name it.
        if (!m_rows.flush())
            return std::nullopt;
        const auto allowed = m_scope.mayNameSignup(device, s.id);
        if (!allowed)
            return std::nullopt;
        if (*allowed)
            return storedSignupOutcome(m.seq, s.id);
        // What the same sign-up under a new id would be told about its person.
        Scope::refused(device, m.kind);
        const Wire::Reason unknownPerson = payload.identify ? Wire::Reason::CodeNotRecognised : Wire::Reason::PersonUnknown;
        return Wire::Outcome::refused(m.seq, personInScope ? Wire::Reason::SignupUnknown : unknownPerson);
    }
    if (payload.identify) {
        if (!payload.identify->personalCodeWellFormed)
            return Wire::Outcome::refused(m.seq, Wire::Reason::CodeNotRecognised);
        // As for a link: the limits before the comparison's result is used.
        if (auto refusal = m_identifyAttempts.refusal(device, m, *payload.identify, now, fault); refusal || fault)
            return fault ? std::nullopt : refusal;
        if (personId.isEmpty())
            return m_identifyAttempts.failed(device, m, *payload.identify, now);
        if (!m_identifyAttempts.matched(device, *payload.identify))
            return std::nullopt;
        if (device.kind == Wire::toKey(Wire::DeviceKind::Phone) && !bindPhone(device, personId, true))
            return std::nullopt;
    } else if (personId.isEmpty()) {
        return Wire::Outcome::refused(m.seq, Wire::Reason::PersonUnknown);
    } else if (!personInScope) {
        Scope::refused(device, m.kind);
        return Wire::Outcome::refused(m.seq, Wire::Reason::PersonUnknown);
    }
    if (!facts.opportunity)
        return Wire::Outcome::refused(m.seq, Wire::Reason::OpportunityUnknown);
    BatchView::Opportunity &opportunity = *facts.opportunity;
    if (opportunity.status != toKey(OpportunityStatus::Open))
        return Wire::Outcome::refused(m.seq, Wire::Reason::OpportunityClosed);
    if (opportunity.minimumAge > 0 && ageOn(facts.dateOfBirth, today) < opportunity.minimumAge)
        return Wire::Outcome::refused(m.seq, Wire::Reason::TooYoung);
    if (facts.alreadyHolds)
        return Wire::Outcome::refused(m.seq, Wire::Reason::AlreadySignedUp);
    SignupState state = SignupState::Confirmed;
    int position = 0;
    QString declineReason;
    if (opportunity.endDate.isValid() && opportunity.endDate < today) {
        state = SignupState::Declined;
        declineReason = toKey(Wire::Reason::OpportunityEnded);
    } else if (opportunity.capacity == 0 || opportunity.confirmed < opportunity.capacity) {
        // A free place: taken now, or held for staff to review.
        state = opportunity.needsReview ? SignupState::Pending : SignupState::Confirmed;
    } else {
        state = SignupState::Waitlisted;
        position = opportunity.waitlisted + 1;
    }

    // The device printed a reference code on the receipt; keep it unless it is taken.
    QString reference = s.referenceCode;
    for (int attempt = 0;; ++attempt) {
        if (!reference.isEmpty()) {
            // A new code may be taken by a stored sign-up or by one of this batch.
            bool taken = attempt == 0 ? facts.referenceTaken : m_view->referenceCodes.contains(reference);
            if (attempt > 0 && !taken) {
                const auto count = scalar(u"SELECT COUNT(*) FROM signup WHERE reference_code = ?"_s, {reference});
                if (!count)
                    return std::nullopt;
                taken = count->toInt() > 0;
            }
            if (!taken)
                break;
        }
        if (attempt > 20)
            return std::nullopt;
        reference = generateReferenceCode(*QRandomGenerator::system());
    }
    // Arrival numbers are handed out under the write lock: read the highest once per
    // transaction, then count on.
    if (m_nextArrival == 0) {
        const auto arrival = scalar(u"SELECT COALESCE(MAX(arrival), 0) + 1 FROM signup"_s);
        if (!arrival)
            return std::nullopt;
        m_nextArrival = arrival->toLongLong();
    }
    const qint64 arrival = m_nextArrival;
    Signup stored = s;
    stored.personId = personId;
    stored.referenceCode = reference;
    const QJsonObject data = Wire::toJson(stored);
    m_rows.addRow(u"signup"_s, {s.id, reference, personId, s.opportunityId, opportunity.site, device.id, toKey(state),
                                position, declineReason.isEmpty() ? QVariant() : QVariant(declineReason), arrival,
                                isoUtc(s.createdAt), isoUtc(now), compact(data)});
    ++m_nextArrival;
    m_view->signupIds.insert(s.id);
    m_view->referenceCodes.insert(reference);
    if (state == SignupState::Confirmed || state == SignupState::Pending) {
        // The place is counted here and written once per opportunity before the commit
        // (DeferredRows::flush()); the CHECK on opportunity still guards it then.
        m_rows.addConfirmed(s.opportunityId);
        ++opportunity.confirmed;
    } else if (state == SignupState::Waitlisted) {
        ++opportunity.waitlisted;
    }
    if (state != SignupState::Declined) {
        m_view->holds.insert(personId + u'|' + s.opportunityId);
        // Its places or its waitlist changed.
        if (!m_changes.emitEntity(Wire::Entity::Opportunity, {s.opportunityId}))
            return std::nullopt;
    }
    // The row just written, in the columns ChangeLog::emitEntity() would read it back in (as
    // storedSignupOutcome() would): version 1, no message, no placement, the state as of now.
    const Row written{reference, personId, s.opportunityId, opportunity.site, device.id, toKey(state), position,
                      declineReason.isEmpty() ? QVariant() : QVariant(declineReason), arrival, 1, QVariant(), QVariant(),
                      compact(data), isoUtc(now), QVariant()};
    if (!m_changes.emitWritten(Wire::Entity::Signup, {s.id}, written)
        || !auditIntake(device, m, now, Wire::Entity::Signup, s.id, toKey(state)))
        return std::nullopt;
    return signupOutcome(m.seq, s.id, toKey(state), position, reference, arrival, declineReason);
}

std::optional<Wire::Outcome> TenantPush::applyWithdrawal(const Device &device, const Mutation &m, const QDateTime &now)
{
    const QString signupId = m.as<Wire::WithdrawalPayload>().signupId;
    auto q = run(u"SELECT state, device_id, person_id, COALESCE(site_id, '') FROM signup WHERE id = ?"_s, {signupId});
    if (!q)
        return std::nullopt;
    if (!q->next())
        return Wire::Outcome::refused(m.seq, Wire::Reason::SignupUnknown);
    const QString state = q->value(0).toString();
    const Scope::SignupOwner owner{q->value(1).toString(), q->value(2).toString(), q->value(3).toString()};
    q->finish();
    const auto allowed = m_scope.mayNameSignup(device, owner);
    if (!allowed)
        return std::nullopt;
    if (!*allowed) {
        Scope::refused(device, m.kind);
        return Wire::Outcome::refused(m.seq, Wire::Reason::SignupUnknown); // not told apart from unknown: no probing
    }
    Wire::Outcome withdrawn = Wire::Outcome::of(m.seq, Wire::OutcomeStatus::Withdrawn);
    withdrawn.signupId = signupId;
    if (state == toKey(SignupState::Withdrawn) || state == toKey(SignupState::Declined))
        return withdrawn;
    // The waitlist's rules decide who gets a freed place (confirmed, or pending for review).
    if (!m_waitlist.withdraw(signupId, now))
        return std::nullopt;
    return withdrawn;
}

} // namespace Server
