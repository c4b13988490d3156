// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain.h"
#include "core/signup.h"

#include "storage/outbox.h"

#include "protocol/outcome.h"

#include <QSqlDatabase>
#include <QSqlQuery>

// What a tenant hands in at once: perhaps a new registration with its consents, perhaps a
// sign-up, perhaps both. A returning tenant (no newPerson) identifies with their personal
// code and date of birth; the server matches them.
struct Submission
{
    std::optional<Meedoen::Person> newPerson;
    QList<Meedoen::ConsentRecord> consents;
    std::optional<Meedoen::Signup> signup;
    QString personalCode;       // returning tenant
    QDate dateOfBirth;          // returning tenant
    bool waitlistRequested = false; // the opportunity was full when the tenant signed up
    QString staffId;            // a staff tablet's intake: the staff member who did it
};

// A phone's request to follow a tenant registered elsewhere (see RegistrationRepository::requestLink).
struct PhoneLink
{
    enum class State { Queued, Linked, Refused };
    QString id;
    State state = State::Queued;
    QString personId;   // when linked
    QString reason;     // when refused: the server's reason key
    int attemptsLeft = -1;      // identify-failed: mistakes left before the code locks (-1: not said)
    int retryAfterSeconds = 0;  // identify-wait: how long the server asked this phone to wait
    QDateTime requestedAt;
};

// Tenants, their consents and sign-ups on this device. Every write also writes the
// outbox rows that carry it to the server, in the same transaction.
class RegistrationRepository
{
public:
    explicit RegistrationRepository(QSqlDatabase db);

    // Writes everything in `submission` and its outbox rows atomically; the sign-up is
    // stored as queued. False (and nothing written) on any failure.
    bool submit(const Submission &submission, const QDateTime &now);

    // The tenant withdraws; queued only locally until the server hears of it.
    bool withdraw(const QString &signupId, const QDateTime &now);

    // The tenant withdraws a consent on their phone (GPDR Art. 7(3)): marked withdrawn here and
    // queued as `consent-withdraw`, at once. False (nothing written) when no such consent stands.
    bool withdrawConsent(const QString &personId, const QString &purpose, const QDateTime &now);
    // The tenant gives a consent later on their phone: kept here and queued as `consent-give`
    // in one transaction. True and nothing queued when it stands already.
    bool giveConsent(const QString &personId, const Meedoen::ConsentRecord &consent);

    // The tenant asks on their phone for the erasure of their data (GDPR Art. 17): recorded
    // here and queued as `erase-request`, at once. False (nothing written) for a person this
    // device does not hold, or when a request is already there (one request is enough).
    bool requestErasure(const QString &personId, const QDateTime &now);
    // When the tenant asked; invalid when they did not (or their data is gone since).
    QDateTime erasureRequestedAt(const QString &personId) const;

    // The server's word on a sign-up (from a push outcome or a pull).
    bool applyOutcome(const QString &signupId, Meedoen::SignupState state, int waitlistPosition,
                      const QString &declineReason, qint64 serverVersion);
    // The same from a pull, with the staff member's message, the date and the placement.
    bool applyPulled(const Meedoen::Signup &serverWord);

    // A phone asks to follow the tenant with this personal code and date of birth (who
    // registered at a kiosk or with staff): a phone_link row and its outbox row, at once.
    // The id of the request, or nullopt (nothing written) on failure.
    std::optional<QString> requestLink(const QString &personalCode, QDate dateOfBirth, const QDateTime &now);
    // The server's answer to a link request: linked (with personId) or refused (with a reason).
    bool applyLinkOutcome(const QString &linkId, const Wire::Outcome &outcome);
    // The newest link request, if any.
    std::optional<PhoneLink> latestLink() const;

    // Phone: the tenant's own records as the server has them (pulled after a link or an
    // identified sign-up, also those made on a kiosk). A newer server version replaces an
    // older one; nothing is queued. The caller holds the transaction.
    bool keepPulledPerson(const Meedoen::Person &p);
    bool keepPulledSignup(const Meedoen::Signup &s);
    // The tenant's consents as the server has them (given here, on a kiosk or withdrawn by
    // staff) replace the phone's, unless a withdrawal from this phone still waits to be sent.
    bool keepPulledConsents(const QString &personId, const QList<Meedoen::ConsentRecord> &consents);

    // The server issued another reference code (the device's was taken).
    bool setReferenceCode(const QString &signupId, const QString &referenceCode);
    // Erases the person without a transaction of its own (the caller holds one).
    bool erasePersonInTransaction(const QString &personId);
    // Empties what the tenant typed into a sign-up (motivation, preferred start) once the
    // server has it; the reference code and the state stay for the receipt and the look-up.
    bool forgetTypedSignupFields(const QString &signupId);

    std::optional<Meedoen::Person> person(const QString &id) const;
    std::optional<Meedoen::Person> personByCode(const QString &personalCode) const;
    QList<Meedoen::ConsentRecord> consents(const QString &personId) const;
    std::optional<Meedoen::Signup> signup(const QString &id) const;
    QList<Meedoen::Signup> signups(const QString &personId) const;
    int personCount() const;
    // Every tenant kept on this device (a phone keeps one: its owner), oldest first.
    QList<Meedoen::Person> persons() const;

    // Removes a tenant's personal data from this device (kiosk, once the server has it):
    // the person, their consents, and the person link of their sign-ups. Reference codes
    // and statuses stay.
    bool erasePerson(const QString &personId);

    // After a write failed: whether the device had no room for it (Database::isStorageFull).
    bool storageFull() const;

private:
    bool insertPerson(const Meedoen::Person &p, const QDateTime &now);
    static void bindPerson(QSqlQuery &q, const Meedoen::Person &p, const QDateTime &now);
    // message_to_tenant, state_at, placement, placement_date, in that order.
    static void bindServerWord(QSqlQuery &q, const Meedoen::Signup &s);
    bool insertConsent(const Meedoen::ConsentRecord &c);
    bool insertSignup(const Meedoen::Signup &s);
    // `query`, prepared with `sql` on first use and reused after (a repository lives as
    // long as a screen or a sync round; preparing per row was a third of a save).
    QSqlQuery &prepared(QSqlQuery &query, QStringView sql) const;

    QSqlDatabase m_db;
    Outbox m_outbox;
    mutable QSqlQuery m_insertPerson;
    mutable QSqlQuery m_insertConsent;
    mutable QSqlQuery m_insertSignup;
    mutable QSqlQuery m_applyOutcome;
    mutable QSqlQuery m_setReference;
    mutable QSqlQuery m_erasePerson;
    mutable QSqlQuery m_forgetTyped;
    mutable QSqlQuery m_signupById;
};
