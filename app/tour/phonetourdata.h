// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QQmlEngine>

class AppContext;
class Database;

// The demo records of the phone's scripted tour for "Mijn uren" (qml/Tour.qml): the tour's
// tenant gets a confirmed place in the Wielewaal's vegetable garden, hours in every state
// staff can leave them in (verified, corrected, rejected, not yet looked at) and an agreement
// of eight hours a month — written as if pulled, with staff's word on them in the inbox. Only on a phone that syncs with no server.
// QML singleton PhoneTourData.
class PhoneTourData : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    PhoneTourData(Database *database, AppContext *context, QObject *parent = nullptr);
    ~PhoneTourData() override;
    static PhoneTourData *create(QQmlEngine *, QJSEngine *);

    // False when this phone syncs, has no tenant yet, or a record could not be written.
    Q_INVOKABLE bool load();
    // The server's refusal of the phone's newest link request (a Wire::Reason key, with the
    // attempts left or the seconds to wait), written as a sync would, so the tour shows how the
    // link screen explains it. False when this phone syncs or has asked for no link.
    Q_INVOKABLE bool refuseLink(const QString &reason, int attemptsLeft, int retryAfterSeconds);
    // The same for the sign-up on the receipt (a kiosk's returning tenant): refused with `reason`.
    Q_INVOKABLE bool refuseReceiptSignup(const QString &reason);

private:
    static PhoneTourData *s_instance;
    Database *m_database;
    AppContext *m_context;
};
