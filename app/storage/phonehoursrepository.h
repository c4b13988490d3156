// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain.h"

#include "protocol/changes.h"
#include "protocol/mutation.h"
#include "protocol/outcome.h"
#include "storage/outbox.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>

// The hours a tenant logs on their phone (issue 13) and the month's tegenprestatie. Each
// entry, its edit and its withdrawal is written with its outbox row in one transaction (like
// RegistrationRepository's sign-ups); the server's word arrives as a push outcome or a pull.
class PhoneHoursRepository
{
public:
    // What the tenant sees of an entry.
    enum class State { Queued, Sent, Verified, Corrected, Rejected };

    struct Entry
    {
        QString id;
        QString opportunityId;
        QString opportunityTitle;
        QDate date;
        int minutes = 0;
        QString note;
        State state = State::Queued;
        int correctedMinutes = 0;   // Corrected: the value staff put in its place
        QString reason;             // Corrected or rejected by staff: their note
        std::optional<Wire::Reason> refusal; // Rejected by the server: why
        bool settled = false;       // verified or corrected by staff
        // Neither verified nor corrected: the tenant may still change or withdraw it.
        bool changeable() const { return !settled; }
    };

    struct Balance
    {
        QString month;              // "2026-12"
        int agreedMinutes = 0;
        int loggedMinutes = 0;
        int verifiedMinutes = 0;
        int leftMinutes() const { return std::max(0, agreedMinutes - verifiedMinutes); }
    };

    // An opportunity the tenant may log hours for: a confirmed volunteer or zelfbeheer place.
    struct Choice
    {
        QString opportunityId;
        QString title;
    };

    explicit PhoneHoursRepository(QSqlDatabase db) : m_db(db), m_outbox(std::move(db)) {}

    // A new entry, or an edit of one (same id) while it is not verified: the record and its
    // `hours` mutation at once. False (nothing written) on failure or when it is settled.
    bool log(const Meedoen::HoursEntry &entry, const QDateTime &now, const QString &mutationId);
    // Takes an entry back while it is not verified: an `hours-withdraw` mutation, or — when
    // the server never accepted it — simply gone.
    bool withdraw(const QString &entryId, const QDateTime &now, const QString &mutationId);

    // The server's answer to an hours or hours-withdraw mutation; the caller holds the transaction.
    bool applyOutcome(Wire::MutationKind kind, const QString &entryId, const Wire::Outcome &outcome);
    // Pulled: the tenant's entries (also those staff logged or corrected) and balances; the
    // caller holds the transaction. An entry with an edit still queued keeps what was typed.
    bool keepPulled(const Wire::HoursChange &change);
    bool removePulled(const QString &entryId);
    bool keepPulledBalance(const Wire::BalanceChange &change);

    // Newest first; corrections show on the entry they replace.
    QList<Entry> entries(const QString &personId) const;
    std::optional<Entry> entry(const QString &entryId) const;
    Balance balance(const QString &personId, const QString &month) const;
    QList<Choice> choices(const QString &personId) const;
    // Minutes already logged on that day for that opportunity, but for `exceptEntryId`.
    int minutesOn(const QString &personId, const QString &opportunityId, QDate date, const QString &exceptEntryId) const;

    // After a write failed: whether the phone had no room for it (Database::isStorageFull).
    bool storageFull() const;

private:
    QSqlDatabase m_db;
    Outbox m_outbox;
    QSqlQuery m_upsert; // prepared on first use
};
