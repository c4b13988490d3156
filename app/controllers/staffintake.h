// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QStringList>

#include <memory>

class QPrinter;
class QTextDocument;
class RegistrationController;
class StaffSession;

// A wijkconsulent registers the tenant in front of them on the staff tablet ("Nieuwe bewoner
// inschrijven"): the kiosk's registration steps and consent page through the one
// RegistrationController, every record naming the signed-in staff member, then a receipt
// with the tenant's personal code and its QR code that staff print (or write to a PDF), then
// sign-ups for opportunities. finish() — and a lock or sign-out of the tablet — forgets the
// tenant: nothing of them stays on screen (as a kiosk's session end).
class StaffIntake : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by AppContext")
    Q_PROPERTY(bool active READ isActive NOTIFY changed)
    // Set once the tenant is registered: what the receipt shows.
    Q_PROPERTY(bool registered READ isRegistered NOTIFY changed)
    Q_PROPERTY(QString tenantName READ tenantName NOTIFY changed)
    Q_PROPERTY(QString personalCode READ personalCode NOTIFY changed)
    // The opportunities this tenant was signed up for during the intake (titles).
    Q_PROPERTY(QStringList signups READ signups NOTIFY changed)
    // What the last print did, in words ("" before).
    Q_PROPERTY(QString printMessage READ printMessage NOTIFY changed)

public:
    explicit StaffIntake(RegistrationController *registration, QObject *parent = nullptr);
    ~StaffIntake() override;

    // The tablet's session: who is signed in. Without one (kiosk, phone) begin() refuses.
    void setSession(StaffSession *session);
    // The corporation's name at the top of the receipt.
    void setCorporationName(const QString &name) { m_corporationName = name; }

    // Starts an intake in the unlocked staff member's name; false when none is unlocked.
    Q_INVOKABLE bool begin();
    // Forgets the tenant (form, receipt, sign-ups); emits ended().
    Q_INVOKABLE void finish();
    // Sends the receipt to the tablet's default printer (Qt Print Support); false, with
    // printMessage saying why, when there is none or printing failed.
    Q_INVOKABLE bool print();
    // Writes the receipt as a PDF file at `path`.
    Q_INVOKABLE bool writePdf(const QString &path);
    // The app's language changed: the sign-ups' sentences follow it.
    void retranslate() { Q_EMIT changed(); }

    bool isActive() const { return m_active; }
    bool isRegistered() const { return !personalCode().isEmpty(); }
    QString tenantName() const;
    QString personalCode() const;
    QStringList signups() const;
    QString printMessage() const { return m_printMessage; }

    // The receipt as printed: corporation, name, personal code with its QR code, sign-ups,
    // what happens next and how to link a phone. Null before the tenant is registered.
    std::unique_ptr<QTextDocument> receipt() const;

Q_SIGNALS:
    void changed();
    // The registration steps may start (begin() succeeded).
    void started();
    // The intake is over: the screens go back to the workspace.
    void ended();

private:
    bool render(QPrinter &printer);
    void setPrintMessage(const QString &message);

    RegistrationController *m_registration;
    QPointer<StaffSession> m_session;
    QString m_corporationName;
    bool m_active = false;
    // What the receipt says of each sign-up, read again in the language installed when shown.
    struct Signup
    {
        QString id;
        QString title;
        QString referenceCode;
        bool needsReview = false;
        bool waitlisted = false;
    };
    QList<Signup> m_signups;
    QString m_printMessage;
};
