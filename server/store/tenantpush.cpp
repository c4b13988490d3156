// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// A tenant's mutations and the server's capacity decision (TenantPush, tenantpush.h).

#include "server/store/tenantpush.h"
#include "server/store/changelog.h"
#include "server/store/deferredrows.h"
#include "server/store/storehelpers.h"
#include "server/store/waitlist.h"

#include "core/personalcode.h"
#include "core/validation.h"

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
    };
    QHash<QString, QDate> personById;       // the persons these mutations name, and this batch's
    QHash<QString, Person> personByCode;    // by personal code
    QSet<QString> signupIds;                // sign-ups that exist already
    QSet<QString> referenceCodes;           // reference codes taken
    QSet<QString> holds;                    // person + '|' + opportunity, confirmed or waitlisted
    QHash<QString, Opportunity> opportunities;
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

TenantPush::TenantPush(Session &session, ChangeLog &changes, DeferredRows &rows, Waitlist &waitlist)
    : StorePart(session), m_changes(changes), m_rows(rows), m_waitlist(waitlist)
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
        if (m.kind == "registration"_L1) {
            if (m.person) {
                personIds.insert(m.person->id);
                if (!m.person->personalCode.isEmpty())
                    codes.insert(m.person->personalCode);
            }
        } else if (m.kind == "signup"_L1) {
            if (m.signup) {
                signupIds.insert(m.signup->id);
                if (!m.signup->referenceCode.isEmpty())
                    references.insert(m.signup->referenceCode);
                opportunityIds.insert(m.signup->opportunityId);
                if (!m.identify)
                    personIds.insert(m.signup->personId);
            }
            if (m.identify && m.identifyCode)
                codes.insert(*m.identifyCode);
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
                     "FROM signup WHERE signup.opportunity_id = opportunity.id AND signup.state = 'waitlisted') "
                     "FROM opportunity WHERE id IN (%1)"_s,
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
                  "AND state IN ('confirmed', 'waitlisted')"_s,
                  {holders.values()}, [&view](const QSqlQuery &q) { view->holds.insert(q.value(0).toString()); }))
        return false;
    m_view = std::move(view);
    return true;
}

std::optional<QJsonObject> TenantPush::applyRegistration(const Device &device, const Mutation &m, const QDateTime &now)
{
    if (!m.refusal.isEmpty())
        return refused(m.seq, m.refusal);
    const Person &p = *m.person;
    const QJsonObject acceptedOutcome = accepted(m.seq, {{u"personId"_s, p.id}});
    // A known id is a resend under another seq: accepted, nothing more. A known code: refused.
    if (m_view->personById.contains(p.id))
        return acceptedOutcome;
    if (!p.personalCode.isEmpty() && m_view->personByCode.contains(p.personalCode))
        return refused(m.seq, u"personal-code-taken"_s);
    QJsonObject data = Wire::toJson(p);
    QJsonArray consents;
    for (const ConsentRecord &c : m.consents)
        consents.append(Wire::toJson(c));
    data.insert(u"consents"_s, consents);
    const QString dataJson = compact(data); // the person row and its change-log row
    m_rows.addRow(u"person"_s, {p.id, p.personalCode.isEmpty() ? QVariant() : QVariant(p.personalCode),
                                p.dateOfBirth.toString(Qt::ISODate), device.site, device.id, isoUtc(now), dataJson});
    m_view->personById.insert(p.id, p.dateOfBirth);
    if (!p.personalCode.isEmpty())
        m_view->personByCode.insert(p.personalCode, {p.id, p.dateOfBirth});
    for (const ConsentRecord &c : m.consents) {
        m_rows.addRow(u"consent"_s, {p.id, c.purpose, c.textVersion, isoUtc(c.givenAt),
                                     c.withdrawnAt.isValid() ? QVariant(isoUtc(c.withdrawnAt)) : QVariant()});
    }
    if (device.kind == "phone"_L1 && !bindPhone(device, p.id, false))
        return std::nullopt;
    if (!m_changes.appendJson(u"person"_s, p.id, u"upsert"_s, ChangeLog::kPersonal, device.site, device.id, p.id,
                              dataJson))
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

std::optional<QJsonObject> TenantPush::applyLink(const Device &device, const Mutation &m)
{
    // Only a tenant's own phone follows a tenant; a kiosk or tablet never binds to one.
    if (device.kind != "phone"_L1)
        return refused(m.seq, u"not-allowed"_s);
    if (!m.identifyCode)
        return refused(m.seq, u"code-not-recognised"_s);
    const auto personId = identifiedPerson(*m.identifyCode, m.identifyDateOfBirth);
    if (!personId)
        return std::nullopt;
    if (personId->isEmpty())
        return refused(m.seq, u"code-not-recognised"_s);
    if (!bindPhone(device, *personId, true))
        return std::nullopt;
    return QJsonObject{{u"seq"_s, double(m.seq)}, {u"status"_s, u"linked"_s}, {u"personId"_s, *personId}};
}

std::optional<QJsonObject> TenantPush::signupOutcome(qint64 seq, const QString &signupId)
{
    auto q = run(u"SELECT reference_code, state, waitlist_position, decline_reason, arrival FROM signup WHERE id = ?"_s,
                 {signupId});
    if (!q || !q->next())
        return std::nullopt;
    QJsonObject o{{u"seq"_s, double(seq)},
                  {u"status"_s, q->value(1).toString()},
                  {u"signupId"_s, signupId},
                  {u"referenceCode"_s, q->value(0).toString()},
                  {u"arrival"_s, double(q->value(4).toLongLong())}};
    if (q->value(1).toString() == "waitlisted"_L1)
        o.insert(u"waitlistPosition"_s, q->value(2).toInt());
    if (!q->value(3).toString().isEmpty())
        o.insert(u"reason"_s, q->value(3).toString());
    return o;
}

TenantPush::SignupFacts TenantPush::signupFacts(const Mutation &m)
{
    const Signup &s = *m.signup;
    SignupFacts f;
    f.known = m_view->signupIds.contains(s.id);
    if (m.identify) {
        const auto person = m.identifyCode ? m_view->personByCode.constFind(*m.identifyCode)
                                           : m_view->personByCode.cend();
        if (person != m_view->personByCode.cend() && person->dateOfBirth == m.identifyDateOfBirth) {
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

std::optional<QJsonObject> TenantPush::applySignup(const Device &device, const Mutation &m, const QDateTime &now)
{
    if (!m.refusal.isEmpty())
        return refused(m.seq, m.refusal);
    const Signup &s = *m.signup;
    const QDate today = now.toUTC().date();
    const SignupFacts facts = signupFacts(m);
    const QString &personId = facts.personId;
    if (facts.known) {
        // The stored row answers; it may be among this batch's rows still to be written.
        if (!m_rows.flush())
            return std::nullopt;
        return signupOutcome(m.seq, s.id);
    }
    if (m.identify) {
        if (!m.identifyCode || personId.isEmpty())
            return refused(m.seq, u"code-not-recognised"_s);
        if (device.kind == "phone"_L1 && !bindPhone(device, personId, true))
            return std::nullopt;
    } else if (personId.isEmpty()) {
        return refused(m.seq, u"person-unknown"_s);
    }
    if (!facts.opportunity)
        return refused(m.seq, u"opportunity-unknown"_s);
    BatchView::Opportunity &opportunity = *facts.opportunity;
    if (opportunity.status != "open"_L1)
        return refused(m.seq, u"opportunity-closed"_s);
    if (opportunity.minimumAge > 0 && ageOn(facts.dateOfBirth, today) < opportunity.minimumAge)
        return refused(m.seq, u"too-young"_s);
    if (facts.alreadyHolds)
        return refused(m.seq, u"already-signed-up"_s);
    QString state;
    int position = 0;
    QString declineReason;
    if (opportunity.endDate.isValid() && opportunity.endDate < today) {
        state = u"declined"_s;
        declineReason = u"opportunity-ended"_s;
    } else if (opportunity.capacity == 0 || opportunity.confirmed < opportunity.capacity) {
        state = u"confirmed"_s;
    } else {
        state = u"waitlisted"_s;
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
    QJsonObject data = Wire::toJson(s);
    data.insert(u"personId"_s, personId);
    data.insert(u"referenceCode"_s, reference);
    m_rows.addRow(u"signup"_s, {s.id, reference, personId, s.opportunityId, opportunity.site, device.id, state,
                                position, declineReason.isEmpty() ? QVariant() : QVariant(declineReason), arrival,
                                isoUtc(s.createdAt), isoUtc(now), compact(data)});
    ++m_nextArrival;
    m_view->signupIds.insert(s.id);
    m_view->referenceCodes.insert(reference);
    if (state == "confirmed"_L1) {
        // The place is counted here and written once per opportunity before the commit
        // (DeferredRows::flush()); the CHECK on opportunity still guards it then.
        m_rows.addConfirmed(s.opportunityId);
        ++opportunity.confirmed;
    } else if (state == "waitlisted"_L1) {
        ++opportunity.waitlisted;
    }
    if (state != "declined"_L1) {
        m_view->holds.insert(personId + u'|' + s.opportunityId);
        // Its places or its waitlist changed.
        if (!m_changes.emitEntity(ChangeEntity::Opportunity, {s.opportunityId}))
            return std::nullopt;
    }
    // The row just written, in the columns ChangeLog::emitEntity() would read it back in (as
    // signupOutcome() would): version 1, no message, no placement.
    const Row written{reference, personId, s.opportunityId, opportunity.site, device.id, state, position,
                      declineReason.isEmpty() ? QVariant() : QVariant(declineReason), arrival, 1, QVariant(), QVariant()};
    if (!m_changes.emitWritten(ChangeEntity::Signup, {s.id}, written))
        return std::nullopt;
    QJsonObject outcome{{u"seq"_s, double(m.seq)},
                        {u"status"_s, state},
                        {u"signupId"_s, s.id},
                        {u"referenceCode"_s, reference},
                        {u"arrival"_s, double(arrival)}};
    if (state == "waitlisted"_L1)
        outcome.insert(u"waitlistPosition"_s, position);
    if (!declineReason.isEmpty())
        outcome.insert(u"reason"_s, declineReason);
    return outcome;
}

std::optional<QJsonObject> TenantPush::applyWithdrawal(const Device &device, const Mutation &m, const QDateTime &now)
{
    Q_UNUSED(now)
    auto q = run(u"SELECT state, opportunity_id, device_id, person_id, site_id FROM signup WHERE id = ?"_s, {m.signupId});
    if (!q)
        return std::nullopt;
    if (!q->next())
        return refused(m.seq, u"signup-unknown"_s);
    const QString state = q->value(0).toString();
    const QString opportunityId = q->value(1).toString();
    const QString owner = q->value(2).toString();
    const QString personId = q->value(3).toString();
    const QString site = q->value(4).toString();
    q->finish();
    bool allowed = owner == device.id || (device.kind == "staff"_L1 && site == device.site);
    if (!allowed && device.kind == "phone"_L1) {
        const auto bound = scalar(u"SELECT COUNT(*) FROM device_person WHERE device_id = ? AND person_id = ?"_s,
                                  {device.id, personId});
        if (!bound)
            return std::nullopt;
        allowed = bound->toInt() > 0;
    }
    if (!allowed)
        return refused(m.seq, u"signup-unknown"_s); // not told apart from unknown: no probing
    const QJsonObject withdrawn{{u"seq"_s, double(m.seq)}, {u"status"_s, u"withdrawn"_s}, {u"signupId"_s, m.signupId}};
    if (state == "withdrawn"_L1 || state == "declined"_L1)
        return withdrawn;
    if (!run(u"UPDATE signup SET state = 'withdrawn', waitlist_position = 0, version = version + 1 WHERE id = ?"_s,
             {m.signupId})
        || !m_changes.emitEntity(ChangeEntity::Signup, {m.signupId}))
        return std::nullopt;
    if (state == "confirmed"_L1) {
        if (!run(u"UPDATE opportunity SET confirmed = confirmed - 1 WHERE id = ?"_s, {opportunityId}))
            return std::nullopt;
        // The freed place goes to the first on the waitlist, in server arrival order.
        auto first = run(u"SELECT id FROM signup WHERE opportunity_id = ? AND state = 'waitlisted' "
                         "ORDER BY arrival LIMIT 1"_s,
                         {opportunityId});
        if (!first)
            return std::nullopt;
        if (first->next()) {
            const QString promoted = first->value(0).toString();
            first->finish();
            if (!run(u"UPDATE signup SET state = 'confirmed', waitlist_position = 0, version = version + 1 WHERE id = ?"_s,
                     {promoted})
                || !run(u"UPDATE opportunity SET confirmed = confirmed + 1 WHERE id = ?"_s, {opportunityId})
                || !m_changes.emitEntity(ChangeEntity::Signup, {promoted}))
                return std::nullopt;
        }
        if (!m_changes.emitEntity(ChangeEntity::Opportunity, {opportunityId}))
            return std::nullopt;
    }
    if (!m_waitlist.renumber(opportunityId))
        return std::nullopt;
    if (state == "waitlisted"_L1 && !m_changes.emitEntity(ChangeEntity::Opportunity, {opportunityId}))
        return std::nullopt; // the waitlist length changed
    return withdrawn;
}

} // namespace Server
