// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QVariantMap>

class SyncClient;

// Enrolling this device from a screen (a staff member at a new kiosk or tablet, with a code
// from `meedoen-server enroll`), the same exchange as `meedoen --enroll CODE --server URL`.
// Only a device that is not enrolled yet can: a second identity would renumber what waits
// in the outbox.
class DeviceEnrollment : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by AppContext")
    // A client exists and the device has no identity yet.
    Q_PROPERTY(bool available READ isAvailable NOTIFY changed)
    Q_PROPERTY(bool enrolled READ isEnrolled NOTIFY changed)
    Q_PROPERTY(bool busy READ isBusy NOTIFY changed)
    // Messages beside the fields ("server", "code") and for the whole attempt.
    Q_PROPERTY(QVariantMap errors READ errors NOTIFY changed)
    Q_PROPERTY(QString message READ message NOTIFY changed)

public:
    explicit DeviceEnrollment(QObject *parent = nullptr);

    // The client that enrols; null on a device that syncs with nothing (the tour).
    void setClient(SyncClient *client);

    bool isAvailable() const;
    bool isEnrolled() const;
    bool isBusy() const { return m_busy; }
    QVariantMap errors() const { return m_errors; }
    QString message() const { return m_message; }

    // Checks both fields and, when they are fine, asks the server. False (with the
    // messages in errors) when a field is wrong or enrolment is not possible now.
    Q_INVOKABLE bool enroll(const QString &serverUrl, const QString &code);
    // The messages again, in the language now installed.
    void retranslate();

Q_SIGNALS:
    void changed();

private:
    void onFinished(bool ok, const QString &message);

    QPointer<SyncClient> m_client;
    bool m_busy = false;
    QVariantMap m_errors;
    QString m_message;
    QString m_serverText; // what was typed, to recheck after a language change
    QString m_codeText;
    bool m_checked = false;
};
