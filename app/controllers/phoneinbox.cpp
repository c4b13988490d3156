// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "controllers/phoneinbox.h"

PhoneInbox::PhoneInbox(QSqlDatabase db, QObject *parent)
    : QObject(parent)
    , m_repository(std::move(db))
    , m_model(&m_repository)
{
    connect(&m_model, &InboxModel::unreadCountChanged, this, &PhoneInbox::unreadCountChanged);
}

void PhoneInbox::setPersonId(const QString &personId)
{
    m_model.setPersonId(personId);
    announce();
}

void PhoneInbox::refresh()
{
    m_model.refresh();
    announce();
}

bool PhoneInbox::markRead(const QString &itemId)
{
    return m_model.markRead(itemId);
}

bool PhoneInbox::markAllRead()
{
    return m_model.markAllRead();
}

void PhoneInbox::announce()
{
    if (m_model.personId().isEmpty())
        return;
    const QList<InboxRepository::Item> fresh = m_repository.unnotified(m_model.personId());
    QStringList ids;
    for (const InboxRepository::Item &item : fresh) {
        // The sentence only: no name, no staff member's words on a lock screen.
        if (m_notifier)
            m_notifier->notify(tr("Nieuw bericht in Meedoen"), InboxModel::sentence(item));
        ids.append(item.id);
    }
    // Announced, or there was nowhere to announce it: either way once.
    m_repository.markNotified(ids);
}
