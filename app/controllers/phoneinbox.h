// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "controllers/desktopnotifier.h"
#include "models/inboxmodel.h"
#include "storage/inboxrepository.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>

// A phone tenant's "Berichten" (issue 13): the inbox the pull path fills, its unread count
// for the home screen, reading ("alles gelezen"), and — once per item — a desktop
// notification with the item's sentence where a notification service runs.
class PhoneInbox : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by AppContext")
    Q_PROPERTY(InboxModel *items READ items CONSTANT)
    Q_PROPERTY(int unreadCount READ unreadCount NOTIFY unreadCountChanged)

public:
    explicit PhoneInbox(QSqlDatabase db, QObject *parent = nullptr);

    InboxModel *items() { return &m_model; }
    int unreadCount() const { return m_model.unreadCount(); }
    void setPersonId(const QString &personId);
    // Where new items are also shown as desktop notifications; none: the inbox only.
    void setNotifier(DesktopNotifier *notifier) { m_notifier = notifier; }

    // Reads the inbox again (after a pull) and hands the items not yet announced to the
    // desktop notifier, each once.
    Q_INVOKABLE void refresh();
    Q_INVOKABLE bool markRead(const QString &itemId);
    Q_INVOKABLE bool markAllRead();
    void retranslate() { m_model.retranslate(); }

Q_SIGNALS:
    void unreadCountChanged();

private:
    void announce();

    InboxRepository m_repository;
    InboxModel m_model;
    QPointer<DesktopNotifier> m_notifier;
};
