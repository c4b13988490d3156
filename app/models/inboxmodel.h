// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/inboxrepository.h"

#include <QAbstractListModel>
#include <QQmlEngine>

// "Berichten": a phone tenant's inbox, newest first — staff's word on their sign-ups and
// hours, each as the sentence they read in the app's language (made here from the facts the
// inbox keeps, so no key reaches the screen), the staff member's words, and whether it was
// read.
class InboxModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by PhoneInbox")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(int unreadCount READ unreadCount NOTIFY unreadCountChanged)

public:
    enum Role {
        ItemIdRole = Qt::UserRole + 1,
        TitleRole,          // the opportunity's title ("" when no longer in the catalogue)
        SentenceRole,       // what happened, with its date
        MessageRole,        // "Bericht van de medewerker: …", or ""
        ArrivedAtRole,
        ReadRole,
    };
    Q_ENUM(Role)

    explicit InboxModel(InboxRepository *repository, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int unreadCount() const;
    void setPersonId(const QString &personId);
    QString personId() const { return m_personId; }
    void refresh();
    // The tenant opened one item, or tapped "alles gelezen".
    bool markRead(const QString &itemId);
    bool markAllRead();
    // The app's language changed: the sentences are made again.
    void retranslate();

    // An item as the tenant reads it, in the app's language.
    static QString sentence(const InboxRepository::Item &item);
    static QString message(const InboxRepository::Item &item);

Q_SIGNALS:
    void countChanged();
    void unreadCountChanged();

private:
    InboxRepository *m_repository;
    QString m_personId;
    QList<InboxRepository::Item> m_rows;
};
