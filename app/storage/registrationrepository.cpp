// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/registrationrepository.h"
#include "core/isotime.h"
#include "storage/database.h"
#include "storage/outbox.h"
#include "storage/transaction.h"
#include "storage/sqlvalues_p.h"
#include "protocol/outcome.h"
#include "protocol/wire.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

using namespace Qt::StringLiterals;
using StorageSql::nonNull;
using namespace Meedoen;

Q_DECLARE_LOGGING_CATEGORY(lcStorage)

namespace {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}


constexpr QStringView kPersonColumns =
    u"id, personal_code, given_name, family_name, phone, email, postcode, house_number, house_addition, "
    u"date_of_birth, languages, interests, availability, neighbourhoods, tenant_number, ui_language";

constexpr QStringView kSignupColumns =
    u"id, reference_code, coalesce(person_id, ''), opportunity_id, state, waitlist_position, decline_reason, "
    u"motivation, preferred_start, created_at, server_version, message_to_tenant, state_at, placement, placement_date";

// The columns of kSignupColumns a new sign-up has, as an INSERT names them (the server's word
// on it, from message_to_tenant on, comes later).
constexpr QStringView kSignupInsertColumns =
    u"id, reference_code, person_id, opportunity_id, state, waitlist_position, decline_reason, "
    u"motivation, preferred_start, created_at, server_version";

QStringList splitList(const QString &s)
{
    return s.isEmpty() ? QStringList() : s.split(u' ');
}

Person readPerson(const QSqlQuery &q)
{
    Person p;
    int i = 0;
    p.id = q.value(i++).toString();
    p.personalCode = q.value(i++).toString();
    p.givenName = q.value(i++).toString();
    p.familyName = q.value(i++).toString();
    p.phone = q.value(i++).toString();
    p.email = q.value(i++).toString();
    p.address.postcode = q.value(i++).toString();
    p.address.houseNumber = q.value(i++).toInt();
    p.address.addition = q.value(i++).toString();
    p.dateOfBirth = QDate::fromString(q.value(i++).toString(), Qt::ISODate);
    p.languages = splitList(q.value(i++).toString());
    p.interests = splitList(q.value(i++).toString());
    p.availability = Availability(q.value(i++).toUInt());
    p.neighbourhoods = splitList(q.value(i++).toString());
    p.tenantNumber = q.value(i++).toString();
    p.uiLanguage = q.value(i++).toString();
    return p;
}

Signup readSignup(const QSqlQuery &q)
{
    Signup s;
    int i = 0;
    s.id = q.value(i++).toString();
    s.referenceCode = q.value(i++).toString();
    s.personId = q.value(i++).toString();
    s.opportunityId = q.value(i++).toString();
    s.state = signupStateFromKey(q.value(i++).toString()).value_or(SignupState::Queued);
    s.waitlistPosition = q.value(i++).toInt();
    s.declineReason = q.value(i++).toString();
    s.motivation = q.value(i++).toString();
    s.preferredStart = QDate::fromString(q.value(i++).toString(), Qt::ISODate);
    s.createdAt = QDateTime::fromString(q.value(i++).toString(), Qt::ISODateWithMs);
    s.serverVersion = q.value(i++).toLongLong();
    s.messageToTenant = q.value(i++).toString();
    s.stateAt = QDateTime::fromString(q.value(i++).toString(), Qt::ISODateWithMs);
    s.placement = placementEventFromKey(q.value(i++).toString());
    s.placementDate = QDate::fromString(q.value(i++).toString(), Qt::ISODate);
    s.declineCause = Wire::declineCause(s.declineReason);
    return s;
}

} // namespace

RegistrationRepository::RegistrationRepository(QSqlDatabase db) : m_db(std::move(db)), m_outbox(m_db) {}

QSqlQuery &RegistrationRepository::prepared(QSqlQuery &query, QStringView sql) const
{
    if (query.lastQuery().isEmpty()) {
        query = QSqlQuery(m_db);
        query.setForwardOnly(true);
        if (!query.prepare(sql.toString())) {
            qCWarning(lcStorage) << "prepare failed:" << query.lastError().nativeErrorCode();
            query = QSqlQuery(m_db); // prepared afresh next time; exec() on this one fails
        }
    }
    return query;
}

bool RegistrationRepository::storageFull() const
{
    return Database::isStorageFull(m_db);
}

bool RegistrationRepository::submit(const Submission &submission, const QDateTime &now)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return false;
    Outbox &outbox = m_outbox;

    if (submission.newPerson) {
        const Person &p = *submission.newPerson;
        if (!insertPerson(p, now))
            return false;
        for (const ConsentRecord &c : submission.consents) {
            if (!insertConsent(c))
                return false;
        }
        Wire::RegistrationPayload payload{p, submission.consents, false};
        payload.staffId = submission.staffId;
        if (!outbox.enqueue(payload, p.id, now, newId()))
            return false;
    }

    if (submission.signup) {
        Signup s = *submission.signup;
        s.state = SignupState::Queued;
        if (!s.createdAt.isValid())
            s.createdAt = now;
        if (!insertSignup(s))
            return false;
        Wire::SignupPayload payload{s, std::nullopt, submission.waitlistRequested};
        payload.staffId = submission.staffId;
        if (!submission.newPerson && !submission.personalCode.isEmpty())
            payload.identify = Wire::Identify{submission.personalCode, submission.dateOfBirth};
        if (!outbox.enqueue(payload, s.id, now, newId()))
            return false;
    }
    return tx.commit();
}

bool RegistrationRepository::withdraw(const QString &signupId, const QDateTime &now)
{
    Transaction tx(m_db);
    std::optional<Signup> s = signup(signupId);
    if (!tx.isActive() || !s || !s->transitionTo(SignupState::Withdrawn))
        return false;
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE signup SET state = ? WHERE id = ?"_s);
    q.addBindValue(toKey(SignupState::Withdrawn));
    q.addBindValue(signupId);
    if (!q.exec())
        return false;
    Outbox outbox(m_db);
    if (!outbox.enqueue(Wire::WithdrawalPayload{signupId}, signupId, now, newId()))
        return false;
    return tx.commit();
}

bool RegistrationRepository::withdrawConsent(const QString &personId, const QString &purpose, const QDateTime &now)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return false;
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE consent SET withdrawn_at = ? WHERE person_id = ? AND purpose = ? AND withdrawn_at IS NULL"_s);
    q.addBindValue(isoUtc(now));
    q.addBindValue(personId);
    q.addBindValue(purpose);
    if (!q.exec() || q.numRowsAffected() < 1)
        return false;
    Wire::ConsentWithdrawPayload payload;
    payload.personId = personId;
    payload.purpose = purpose;
    if (!m_outbox.enqueue(payload, personId, now, newId()))
        return false;
    return tx.commit();
}

bool RegistrationRepository::giveConsent(const QString &personId, const ConsentRecord &consent)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return false;
    QSqlQuery q(m_db);
    q.prepare(u"SELECT COUNT(*) FROM consent WHERE person_id = ? AND purpose = ? AND withdrawn_at IS NULL"_s);
    q.addBindValue(personId);
    q.addBindValue(consent.purpose);
    if (!q.exec() || !q.next())
        return false;
    if (q.value(0).toInt() > 0)
        return true;
    ConsentRecord c = consent;
    c.personId = personId;
    c.withdrawnAt = {};
    if (!insertConsent(c))
        return false;
    Wire::ConsentGivePayload payload;
    payload.personId = personId;
    payload.purpose = c.purpose;
    payload.textVersion = c.textVersion;
    payload.language = c.language;
    if (!m_outbox.enqueue(payload, personId, c.givenAt, newId()))
        return false;
    return tx.commit();
}

bool RegistrationRepository::requestErasure(const QString &personId, const QDateTime &now)
{
    if (!person(personId) || erasureRequestedAt(personId).isValid())
        return false;
    Transaction tx(m_db);
    if (!tx.isActive())
        return false;
    const QString id = newId();
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO erase_request (id, person_id, requested_at) VALUES (?, ?, ?)"_s);
    q.addBindValue(id);
    q.addBindValue(personId);
    q.addBindValue(isoUtc(now));
    if (!q.exec())
        return false;
    Wire::EraseRequestPayload payload;
    payload.personId = personId;
    if (!m_outbox.enqueue(payload, personId, now, id))
        return false;
    return tx.commit();
}

QDateTime RegistrationRepository::erasureRequestedAt(const QString &personId) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT requested_at FROM erase_request WHERE person_id = ? ORDER BY requested_at LIMIT 1"_s);
    q.addBindValue(personId);
    if (!q.exec() || !q.next())
        return {};
    return QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs);
}

bool RegistrationRepository::keepPulledConsents(const QString &personId, const QList<ConsentRecord> &consents)
{
    // A withdrawal or a consent the server has not heard of yet stays as the tenant made it.
    if (m_outbox.hasPending(Wire::MutationKind::ConsentWithdraw, personId)
        || m_outbox.hasPending(Wire::MutationKind::ConsentGive, personId))
        return true;
    QSqlQuery q(m_db);
    q.prepare(u"DELETE FROM consent WHERE person_id = ?"_s);
    q.addBindValue(personId);
    if (!q.exec())
        return false;
    for (ConsentRecord c : consents) {
        c.personId = personId;
        if (!insertConsent(c))
            return false;
    }
    return true;
}

bool RegistrationRepository::keepPulledPerson(const Person &p)
{
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO person ("_s + kPersonColumns
              + u", created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                u"ON CONFLICT (id) DO UPDATE SET personal_code = excluded.personal_code, given_name = excluded.given_name, "
                u"family_name = excluded.family_name, phone = excluded.phone, email = excluded.email, "
                u"postcode = excluded.postcode, house_number = excluded.house_number, "
                u"house_addition = excluded.house_addition, date_of_birth = excluded.date_of_birth, "
                u"languages = excluded.languages, interests = excluded.interests, availability = excluded.availability, "
                u"neighbourhoods = excluded.neighbourhoods, tenant_number = excluded.tenant_number, "
                u"ui_language = excluded.ui_language"_s);
    bindPerson(q, p, QDateTime::currentDateTimeUtc());
    return q.exec();
}

bool RegistrationRepository::keepPulledSignup(const Signup &s)
{
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO signup (id, reference_code, person_id, opportunity_id, state, waitlist_position, "
              u"decline_reason, created_at, server_version, message_to_tenant, state_at, placement, placement_date) "
              u"VALUES (?, ?, (SELECT id FROM person WHERE id = ?), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
              u"ON CONFLICT (id) DO UPDATE SET reference_code = excluded.reference_code, state = excluded.state, "
              u"waitlist_position = excluded.waitlist_position, decline_reason = excluded.decline_reason, "
              u"server_version = excluded.server_version, message_to_tenant = excluded.message_to_tenant, "
              u"state_at = excluded.state_at, placement = excluded.placement, placement_date = excluded.placement_date "
              u"WHERE signup.server_version <= excluded.server_version"_s);
    q.addBindValue(s.id);
    q.addBindValue(s.referenceCode);
    q.addBindValue(s.personId);
    q.addBindValue(s.opportunityId);
    q.addBindValue(toKey(s.state));
    q.addBindValue(s.waitlistPosition);
    q.addBindValue(nonNull(s.declineReason));
    q.addBindValue(isoUtc(QDateTime::currentDateTimeUtc()));
    q.addBindValue(s.serverVersion);
    bindServerWord(q, s);
    return q.exec();
}

void RegistrationRepository::bindServerWord(QSqlQuery &q, const Signup &s)
{
    q.addBindValue(nonNull(s.messageToTenant));
    q.addBindValue(s.stateAt.isValid() ? isoUtc(s.stateAt) : u""_s);
    q.addBindValue(s.placement ? toKey(*s.placement) : u""_s);
    q.addBindValue(s.placementDate.isValid() ? s.placementDate.toString(Qt::ISODate) : u""_s);
}

bool RegistrationRepository::applyPulled(const Signup &s)
{
    // Older news never overwrites newer: the server's version only grows.
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE signup SET state = ?, waitlist_position = ?, decline_reason = ?, server_version = ?, "
              u"message_to_tenant = ?, state_at = ?, placement = ?, placement_date = ? "
              u"WHERE id = ? AND server_version <= ?"_s);
    q.addBindValue(toKey(s.state));
    q.addBindValue(s.waitlistPosition);
    q.addBindValue(nonNull(s.declineReason));
    q.addBindValue(s.serverVersion);
    bindServerWord(q, s);
    q.addBindValue(s.id);
    q.addBindValue(s.serverVersion);
    return q.exec();
}

std::optional<QString> RegistrationRepository::requestLink(const QString &personalCode, QDate dateOfBirth,
                                                          const QDateTime &now)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return std::nullopt;
    const QString id = newId();
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO phone_link (id, requested_at) VALUES (?, ?)"_s);
    q.addBindValue(id);
    q.addBindValue(isoUtc(now));
    Outbox outbox(m_db);
    if (!q.exec() || !outbox.enqueue(Wire::LinkPayload{Wire::Identify{personalCode, dateOfBirth}}, id, now, newId())
        || !tx.commit())
        return std::nullopt;
    return id;
}

bool RegistrationRepository::applyLinkOutcome(const QString &linkId, const Wire::Outcome &outcome)
{
    // The column holds the server's status: linked, or refused with the reason.
    const bool linked = outcome.status == Wire::OutcomeStatus::Linked;
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE phone_link SET state = ?, person_id = ?, reason = ? WHERE id = ?"_s);
    q.addBindValue(Wire::toKey(linked ? Wire::OutcomeStatus::Linked : Wire::OutcomeStatus::Refused));
    q.addBindValue(nonNull(outcome.personId.value_or(QString())));
    q.addBindValue(nonNull(outcome.reason));
    q.addBindValue(linkId);
    if (!q.exec())
        return false;
    if (!outcome.attemptsLeft && !outcome.retryAfterSeconds)
        return true;
    QSqlQuery facts(m_db);
    facts.prepare(u"INSERT INTO phone_link_refusal (link_id, attempts_left, retry_after_seconds) VALUES (?, ?, ?) "
                  "ON CONFLICT (link_id) DO UPDATE SET attempts_left = excluded.attempts_left, "
                  "retry_after_seconds = excluded.retry_after_seconds"_s);
    facts.addBindValue(linkId);
    facts.addBindValue(outcome.attemptsLeft.value_or(-1));
    facts.addBindValue(outcome.retryAfterSeconds.value_or(0));
    return facts.exec();
}

std::optional<PhoneLink> RegistrationRepository::latestLink() const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT l.id, l.state, l.person_id, l.reason, l.requested_at, COALESCE(r.attempts_left, -1), "
              "COALESCE(r.retry_after_seconds, 0) FROM phone_link l LEFT JOIN phone_link_refusal r ON r.link_id = l.id "
              "ORDER BY l.requested_at DESC, l.rowid DESC LIMIT 1"_s);
    if (!q.exec() || !q.next())
        return std::nullopt;
    PhoneLink link;
    link.id = q.value(0).toString();
    const auto status = Wire::outcomeStatusFromKey(q.value(1).toString());
    link.state = status == Wire::OutcomeStatus::Linked    ? PhoneLink::State::Linked
                 : status == Wire::OutcomeStatus::Refused ? PhoneLink::State::Refused
                                                          : PhoneLink::State::Queued;
    link.personId = q.value(2).toString();
    link.reason = q.value(3).toString();
    link.requestedAt = QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs);
    link.attemptsLeft = q.value(5).toInt();
    link.retryAfterSeconds = q.value(6).toInt();
    return link;
}

bool RegistrationRepository::applyOutcome(const QString &signupId, SignupState state, int waitlistPosition,
                                          const QString &declineReason, qint64 serverVersion)
{
    // Older news never overwrites newer: the server's version only grows.
    QSqlQuery &q = prepared(m_applyOutcome, u"UPDATE signup SET state = ?, waitlist_position = ?, decline_reason = ?, "
                                            u"server_version = ? WHERE id = ? AND server_version <= ?");
    q.addBindValue(toKey(state));
    q.addBindValue(waitlistPosition);
    q.addBindValue(nonNull(declineReason));
    q.addBindValue(serverVersion);
    q.addBindValue(signupId);
    q.addBindValue(serverVersion);
    return q.exec();
}

bool RegistrationRepository::insertPerson(const Person &p, const QDateTime &now)
{
    QSqlQuery &q = prepared(m_insertPerson, QString(u"INSERT INTO person ("_s + kPersonColumns
                                                    + u", created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s));
    bindPerson(q, p, now);
    if (!q.exec()) {
        qCWarning(lcStorage) << "person insert failed:" << q.lastError().nativeErrorCode();
        return false;
    }
    return true;
}

// The values of kPersonColumns and created_at, in that order.
void RegistrationRepository::bindPerson(QSqlQuery &q, const Person &p, const QDateTime &now)
{
    q.addBindValue(p.id);
    q.addBindValue(p.personalCode.isEmpty() ? QVariant() : QVariant(p.personalCode));
    q.addBindValue(p.givenName);
    q.addBindValue(p.familyName);
    q.addBindValue(nonNull(p.phone));
    q.addBindValue(nonNull(p.email));
    q.addBindValue(nonNull(p.address.postcode));
    q.addBindValue(p.address.houseNumber);
    q.addBindValue(nonNull(p.address.addition));
    q.addBindValue(p.dateOfBirth.toString(Qt::ISODate));
    q.addBindValue(nonNull(p.languages.join(u' ')));
    q.addBindValue(nonNull(p.interests.join(u' ')));
    q.addBindValue(p.availability.bits());
    q.addBindValue(nonNull(p.neighbourhoods.join(u' ')));
    q.addBindValue(nonNull(p.tenantNumber));
    q.addBindValue(nonNull(p.uiLanguage));
    q.addBindValue(isoUtc(now));
}

bool RegistrationRepository::insertConsent(const ConsentRecord &c)
{
    QSqlQuery &q = prepared(m_insertConsent, u"INSERT INTO consent (person_id, purpose, text_version, given_at, "
                                             u"withdrawn_at, language) VALUES (?, ?, ?, ?, ?, ?)");
    q.addBindValue(c.personId);
    q.addBindValue(c.purpose);
    q.addBindValue(c.textVersion);
    q.addBindValue(isoUtc(c.givenAt));
    q.addBindValue(c.withdrawnAt.isValid() ? QVariant(isoUtc(c.withdrawnAt)) : QVariant());
    q.addBindValue(nonNull(c.language));
    return q.exec();
}

bool RegistrationRepository::insertSignup(const Signup &s)
{
    QSqlQuery &q = prepared(m_insertSignup, QString(u"INSERT INTO signup ("_s + kSignupInsertColumns
                                                    + u") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s));
    q.addBindValue(s.id);
    q.addBindValue(s.referenceCode);
    q.addBindValue(s.personId.isEmpty() ? QVariant() : QVariant(s.personId));
    q.addBindValue(s.opportunityId);
    q.addBindValue(toKey(s.state));
    q.addBindValue(s.waitlistPosition);
    q.addBindValue(nonNull(s.declineReason));
    q.addBindValue(nonNull(s.motivation));
    q.addBindValue(s.preferredStart.isValid() ? s.preferredStart.toString(Qt::ISODate) : u""_s);
    q.addBindValue(isoUtc(s.createdAt));
    q.addBindValue(s.serverVersion);
    if (!q.exec()) {
        qCWarning(lcStorage) << "signup insert failed:" << q.lastError().nativeErrorCode();
        return false;
    }
    return true;
}

std::optional<Person> RegistrationRepository::person(const QString &id) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT "_s + kPersonColumns + u" FROM person WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readPerson(q);
}

std::optional<Person> RegistrationRepository::personByCode(const QString &personalCode) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT "_s + kPersonColumns + u" FROM person WHERE personal_code = ?"_s);
    q.addBindValue(personalCode);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readPerson(q);
}

QList<ConsentRecord> RegistrationRepository::consents(const QString &personId) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT person_id, purpose, text_version, given_at, withdrawn_at, language FROM consent "
              "WHERE person_id = ? ORDER BY id"_s);
    q.addBindValue(personId);
    QList<ConsentRecord> result;
    if (!q.exec())
        return result;
    while (q.next()) {
        result.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                       QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs),
                       QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs), q.value(5).toString()});
    }
    return result;
}

std::optional<Signup> RegistrationRepository::signup(const QString &id) const
{
    QSqlQuery &q = prepared(m_signupById, QString(u"SELECT "_s + kSignupColumns + u" FROM signup WHERE id = ?"_s));
    q.addBindValue(id);
    if (!q.exec() || !q.next()) {
        q.finish();
        return std::nullopt;
    }
    Signup s = readSignup(q);
    q.finish(); // a live read statement would pin the snapshot
    return s;
}

QList<Signup> RegistrationRepository::signups(const QString &personId) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT "_s + kSignupColumns + u" FROM signup WHERE person_id = ? ORDER BY created_at DESC"_s);
    q.addBindValue(personId);
    QList<Signup> result;
    if (!q.exec())
        return result;
    while (q.next())
        result.append(readSignup(q));
    return result;
}

int RegistrationRepository::personCount() const
{
    QSqlQuery q(m_db);
    if (!q.exec(u"SELECT count(*) FROM person"_s) || !q.next())
        return 0;
    return q.value(0).toInt();
}

QList<Person> RegistrationRepository::persons() const
{
    QSqlQuery q(m_db);
    QList<Person> result;
    if (!q.exec(u"SELECT "_s + kPersonColumns + u" FROM person ORDER BY created_at, id"_s))
        return result;
    while (q.next())
        result.append(readPerson(q));
    return result;
}

bool RegistrationRepository::erasePerson(const QString &personId)
{
    Transaction tx(m_db);
    if (!tx.isActive() || !erasePersonInTransaction(personId))
        return false;
    return tx.commit();
}

bool RegistrationRepository::erasePersonInTransaction(const QString &personId)
{
    // consents cascade, sign-ups keep their code
    QSqlQuery &q = prepared(m_erasePerson, u"DELETE FROM person WHERE id = ?");
    q.addBindValue(personId);
    return q.exec();
}

bool RegistrationRepository::forgetTypedSignupFields(const QString &signupId)
{
    QSqlQuery &q = prepared(m_forgetTyped, u"UPDATE signup SET motivation = '', preferred_start = '' WHERE id = ?");
    q.addBindValue(signupId);
    return q.exec();
}

bool RegistrationRepository::setReferenceCode(const QString &signupId, const QString &referenceCode)
{
    QSqlQuery &q = prepared(m_setReference, u"UPDATE signup SET reference_code = ? WHERE id = ? AND reference_code <> ?");
    q.addBindValue(referenceCode);
    q.addBindValue(signupId);
    q.addBindValue(referenceCode);
    return q.exec();
}
