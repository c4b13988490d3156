// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/cataloguerepository.h"
#include "storage/phonehoursrepository.h"
#include "storage/registrationrepository.h"
#include "storage/trajectoryrepository.h"

#include <QDateTime>
#include <QLocale>
#include <QObject>
#include <QQmlEngine>
#include <QVariantList>
#include <QVariantMap>

#include <functional>

// "Mijn gegevens" on a tenant's phone (issue 13, GDPR Art. 7, 15 and 20): what the phone
// holds of its tenant (person, consents with their text version and date, sign-ups, hours),
// withdrawing a consent (stored here and queued as `consent-withdraw` in one transaction),
// a copy of it all as a JSON file and a readable HTML file in the documents folder, and a
// request to erase it all (GDPR Art. 17, queued as `erase-request`; staff carry it out).
class MyData : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by AppContext")
    Q_PROPERTY(bool hasPerson READ hasPerson NOTIFY changed)
    // [{label, value}] in the app's language, for the page.
    Q_PROPERTY(QVariantList personFields READ personFields NOTIFY changed)
    // [{purpose, title, textVersion, language, givenText, givenAt, withdrawnAt, active}]
    Q_PROPERTY(QVariantList consents READ consents NOTIFY changed)
    // [{title, status, createdAt}]
    Q_PROPERTY(QVariantList signups READ signups NOTIFY changed)
    // [{title, date, duration}]
    Q_PROPERTY(QVariantList hours READ hours NOTIFY changed)
    // The tenant's route up the ladder in plain words, only while the `trajectory` consent
    // stands: [{route, rung, top, title, plain, date, goal, goalReview,
    //          history: [{date, rung, plain}] newest first}] per route measured.
    Q_PROPERTY(QVariantList trajectory READ trajectory NOTIFY changed)
    Q_PROPERTY(bool trajectoryConsent READ trajectoryConsent NOTIFY changed)
    // When the tenant asked for erasure; invalid until they do (and after their data is gone).
    Q_PROPERTY(QDateTime erasureRequestedAt READ erasureRequestedAt NOTIFY changed)
    // The folder the last download went to; empty before the first.
    Q_PROPERTY(QString downloadFolder READ downloadFolder NOTIFY downloaded)

public:
    MyData(RegistrationRepository *registrations, const CatalogueRepository *catalogue, QSqlDatabase db,
           QObject *parent = nullptr);

    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    void setPersonId(const QString &personId);
    QString personId() const { return m_personId; }
    // Where downloads go; by default the documents folder (else the app's data folder).
    void setDownloadFolder(const QString &folder) { m_folder = folder; }
    // Dates on the page and in the readable file follow the app's language.
    void setLanguage(const QString &language);

    bool hasPerson() const { return m_person.has_value(); }
    QVariantList personFields() const;
    QVariantList consents() const;
    QVariantList signups() const;
    QVariantList hours() const;
    QVariantList trajectory() const;
    bool trajectoryConsent() const;
    QString downloadFolder() const { return m_lastFolder; }
    QDateTime erasureRequestedAt() const { return m_erasureRequestedAt; }

    // One tap and a confirmation on the page: the consent stops here and on the server.
    Q_INVOKABLE bool withdrawConsent(const QString &purpose);
    // What the page shows before the tenant gives a consent later: {purpose, title, text} in
    // the app's language, the words of the registration's text version; empty for an unknown one.
    Q_INVOKABLE QVariantMap consentOffer(const QString &purpose) const;
    // The tenant gives it (after reading that text): kept here with its text version and the
    // app's language, and queued as `consent-give`; false when there is no tenant.
    Q_INVOKABLE bool giveConsent(const QString &purpose);
    // The tenant asks staff to erase their data (after a confirmation on the page); false when
    // there is no tenant or they asked already.
    Q_INVOKABLE bool requestErasure();
    // Writes mijn-gegevens.json and mijn-gegevens.html; false when they could not be written.
    Q_INVOKABLE bool download();
    // Everything this phone holds of its tenant, as the JSON file has it.
    QJsonObject exportJson() const;
    // The same as a readable page, headings in the app's language.
    QString exportHtml() const;
    Q_INVOKABLE void refresh();

Q_SIGNALS:
    void changed();
    // Something waits in the outbox.
    void saved();
    void downloaded();

private:
    static QString consentTitle(const QString &purpose);
    QString opportunityTitle(const QString &id) const;

    RegistrationRepository *m_registrations;
    const CatalogueRepository *m_catalogue;
    PhoneHoursRepository m_hours;
    std::function<QDateTime()> m_clock;
    QString m_personId;
    QString m_folder;
    QString m_lastFolder;
    QLocale m_locale;
    std::optional<Meedoen::Person> m_person;
    QDateTime m_erasureRequestedAt;
    QList<Meedoen::ConsentRecord> m_consents;
    QList<Meedoen::Signup> m_signups;
    QList<PhoneHoursRepository::Entry> m_entries;
    TrajectoryRepository m_trajectories;
    QList<Wire::TrajectoryStepChange> m_steps;
    QList<Meedoen::Ladder> m_ladders;
};
