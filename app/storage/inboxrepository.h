// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/inboxnotice.h"
#include "core/signup.h"

#include "protocol/changes.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <optional>

// A phone's inbox (issue 13): the news a pull brought for its tenant — staff's word on a
// sign-up (a decision, a placement, a message) or on their hours. Written by the pull path in
// the same transaction as the change itself, once per change (the item's id names it, so a
// repeated pull adds nothing); kept as facts, the sentence made when shown. Goes with the
// tenant (erasure cascades).
class InboxRepository
{
public:
    struct Item
    {
        QString id;
        QString opportunityId;
        QString opportunityTitle;   // "" when the catalogue no longer has it
        std::optional<Meedoen::Signup> signup;      // a sign-up's news: the server's word as it arrived
        std::optional<Meedoen::HoursNotice> hours;  // staff's word on hours
        QDateTime arrivedAt;
        bool read = false;
    };

    explicit InboxRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    // Pull path; the caller holds the transaction. `before` is the phone's copy of the sign-up
    // before the pulled one replaced it (none: seen for the first time, not news).
    bool notePulledSignup(const std::optional<Meedoen::Signup> &before, const Meedoen::Signup &after,
                          const QDateTime &now);
    // Called before the change is kept: verified (was not), or a correction (0 minutes: a
    // rejection) of an entry of the tenant's that the phone holds.
    bool notePulledHours(const Wire::HoursChange &change, const QDateTime &now);

    // Newest first.
    QList<Item> items(const QString &personId) const;
    int unreadCount(const QString &personId) const;
    bool markRead(const QString &itemId);
    bool markAllRead(const QString &personId);
    // Items not yet handed to the desktop's notification service, oldest first.
    QList<Item> unnotified(const QString &personId) const;
    bool markNotified(const QStringList &itemIds);

private:
    QList<Item> select(QStringView where, const QVariantList &values, QStringView order) const;

    QSqlDatabase m_db;
};
