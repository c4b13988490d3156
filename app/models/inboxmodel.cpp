// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/inboxmodel.h"

#include "core/signupstatustext.h"

#include <algorithm>

using namespace Meedoen;

InboxModel::InboxModel(InboxRepository *repository, QObject *parent)
    : QAbstractListModel(parent)
    , m_repository(repository)
{
}

int InboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QString InboxModel::sentence(const InboxRepository::Item &item)
{
    // QLocale() follows the app's language (AppContext::setLanguage()).
    if (item.signup)
        return signupStatusSentence(*item.signup, QLocale());
    if (item.hours)
        return hoursNoticeSentence(*item.hours, QLocale());
    return {};
}

QString InboxModel::message(const InboxRepository::Item &item)
{
    if (item.signup)
        return signupMessageText(*item.signup);
    if (item.hours)
        return hoursNoticeMessage(*item.hours);
    return {};
}

QVariant InboxModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, QAbstractItemModel::CheckIndexOption::IndexIsValid));
    const InboxRepository::Item &item = m_rows.at(index.row());
    switch (role) {
    case ItemIdRole:
        return item.id;
    case TitleRole:
        return item.opportunityTitle;
    case Qt::DisplayRole:
    case SentenceRole:
        return sentence(item);
    case MessageRole:
        return message(item);
    case ArrivedAtRole:
        return item.arrivedAt;
    case ReadRole:
        return item.read;
    }
    return {};
}

QHash<int, QByteArray> InboxModel::roleNames() const
{
    return {
        {ItemIdRole, "itemId"},
        {TitleRole, "title"},
        {SentenceRole, "sentence"},
        {MessageRole, "message"},
        {ArrivedAtRole, "arrivedAt"},
        {ReadRole, "read"},
    };
}

int InboxModel::unreadCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const auto &item) { return !item.read; }));
}

void InboxModel::setPersonId(const QString &personId)
{
    if (m_personId == personId)
        return;
    m_personId = personId;
    refresh();
}

void InboxModel::refresh()
{
    const int oldCount = rowCount();
    const int oldUnread = unreadCount();
    beginResetModel();
    m_rows = m_personId.isEmpty() ? QList<InboxRepository::Item>() : m_repository->items(m_personId);
    endResetModel();
    if (oldCount != rowCount())
        Q_EMIT countChanged();
    if (oldUnread != unreadCount())
        Q_EMIT unreadCountChanged();
}

bool InboxModel::markRead(const QString &itemId)
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id != itemId || m_rows.at(i).read)
            continue;
        if (!m_repository->markRead(itemId))
            return false;
        m_rows[i].read = true;
        Q_EMIT dataChanged(index(i), index(i), {ReadRole});
        Q_EMIT unreadCountChanged();
        return true;
    }
    return false;
}

bool InboxModel::markAllRead()
{
    if (unreadCount() == 0)
        return true;
    if (!m_repository->markAllRead(m_personId))
        return false;
    for (auto &item : m_rows)
        item.read = true;
    Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1), {ReadRole});
    Q_EMIT unreadCountChanged();
    return true;
}

void InboxModel::retranslate()
{
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1), {SentenceRole, MessageRole, Qt::DisplayRole});
}
