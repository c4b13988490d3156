// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/cataloguerepository.h"
#include "storage/registrationrepository.h"

#include <QAbstractListModel>
#include <QQmlEngine>
#include <functional>

// "Mijn aanmeldingen": one tenant's sign-ups on this phone, newest first, with the state
// the device knows (waiting to send, sent, or the server's word).
class SignupListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by AppContext")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        ReferenceCodeRole,
        OpportunityIdRole,
        OpportunityTitleRole,
        StateRole,
        WaitlistPositionRole,
        DeclineReasonRole,
        CreatedAtRole,
        CanWithdrawRole,
        StatusTextRole,         // the sentence a tenant reads, with its date (SignupStatusText)
        MessageRole,            // "Bericht van de medewerker: …", or ""
    };
    Q_ENUM(Role)

    SignupListModel(RegistrationRepository *registrations, CatalogueRepository *catalogue,
                    QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Whose sign-ups to show; empty shows none.
    void setPersonId(const QString &personId);
    QString personId() const { return m_personId; }
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    Q_INVOKABLE void refresh();
    // The tenant withdraws; true when it was recorded (and queued for the server).
    Q_INVOKABLE bool withdraw(const QString &signupId);
    // Forget everything shown (kiosk session end).
    Q_INVOKABLE void clear();
    // The app's language changed: the sentences are read again.
    void retranslate();

Q_SIGNALS:
    void countChanged();

private:
    struct Row
    {
        Meedoen::Signup signup;
        QString title;
    };
    RegistrationRepository *m_registrations;
    CatalogueRepository *m_catalogue;
    std::function<QDateTime()> m_clock;
    QString m_personId;
    QList<Row> m_rows;
};
