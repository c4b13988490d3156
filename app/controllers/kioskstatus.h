// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/signup.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QVariantList>

class CatalogueRepository;
class QNetworkReply;
class RegistrationController;
class SyncClient;

// "Hoe staat mijn aanmelding ervoor?" at a kiosk (issue 13): the tenant types their personal
// code and date of birth (the identify step of RegistrationController's fields), the kiosk
// asks the server online (POST /v1/status) and shows each sign-up as the sentence a phone
// shows, with the staff member's message and the date. Nothing is stored: the answer lives in
// this object until clear() (session end, idle). Offline it says the look-up needs a connection.
class KioskStatus : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by AppContext")
    Q_PROPERTY(State state READ state NOTIFY changed)
    // What the screen says when there is no list: offline, no match, wait, a fault; "" otherwise.
    Q_PROPERTY(QString message READ message NOTIFY changed)
    // [{referenceCode, title, sentence, message}], newest first, in the app's language.
    Q_PROPERTY(QVariantList signups READ signups NOTIFY changed)

public:
    enum class State { Idle, Asking, Found, NotFound, Wait, Offline, Failed, Locked, UpdateApp };
    Q_ENUM(State)

    KioskStatus(RegistrationController *form, CatalogueRepository *catalogue, QObject *parent = nullptr);
    ~KioskStatus() override;

    // The server to ask; none (or not enrolled): the look-up says it needs a connection.
    void setSync(SyncClient *sync) { m_sync = sync; }

    State state() const { return m_state; }
    QString message() const;
    QVariantList signups() const;

    // Asks the server for the tenant in the form's identify fields. False (nothing asked) when
    // a field is wrong — the messages are in the form's errors — or there is no connection.
    Q_INVOKABLE bool lookUp();
    // Forgets the question and the answer (the tenant's turn is over).
    Q_INVOKABLE void clear();
    // The app's language changed: the sentences are made again.
    void retranslate() { Q_EMIT changed(); }

Q_SIGNALS:
    void changed();

private:
    void finished(QNetworkReply *reply);
    void setState(State state);

    RegistrationController *m_form;
    CatalogueRepository *m_catalogue;
    QPointer<SyncClient> m_sync;
    QPointer<QNetworkReply> m_reply;
    State m_state = State::Idle;
    int m_retryAfterSeconds = 0;
    QList<Meedoen::Signup> m_signups;
};
