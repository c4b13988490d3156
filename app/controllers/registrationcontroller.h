// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/cataloguerepository.h"
#include "storage/registrationrepository.h"

#include <QObject>
#include <QQmlEngine>
#include <QRandomGenerator>
#include <QVariantMap>
#include <functional>

// One tenant signing up for one opportunity: as a returning tenant (personal code + date of
// birth, never a name search) or as a new one (a short registration with consents). Holds
// what was typed until reset(), so going back a step loses nothing; validates with core's
// validators and writes through RegistrationRepository::submit (record + outbox at once).
class RegistrationController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by AppContext")
    Q_PROPERTY(QString opportunityId READ opportunityId NOTIFY opportunityChanged)
    Q_PROPERTY(QString opportunityTitle READ opportunityTitle NOTIFY opportunityChanged)
    Q_PROPERTY(bool training READ isTraining NOTIFY opportunityChanged)
    Q_PROPERTY(bool full READ isFull NOTIFY opportunityChanged)
    Q_PROPERTY(bool returning READ isReturning WRITE setReturning NOTIFY returningChanged)
    Q_PROPERTY(bool knownTenant READ isKnownTenant NOTIFY tenantChanged)
    Q_PROPERTY(QString tenantPersonalCode READ tenantPersonalCode NOTIFY tenantChanged)
    Q_PROPERTY(QString tenantId READ tenantId NOTIFY tenantChanged)
    Q_PROPERTY(QVariantMap fields READ fields NOTIFY fieldsChanged)
    Q_PROPERTY(QVariantMap errors READ errors NOTIFY errorsChanged)
    Q_PROPERTY(QStringList interests READ interests WRITE setInterests NOTIFY interestsChanged)
    Q_PROPERTY(QStringList interestChoices READ interestChoices CONSTANT)
    Q_PROPERTY(int availability READ availability WRITE setAvailability NOTIFY availabilityChanged)
    // The languages the tenant speaks (codes from AppContext.languages); optional, staff see them.
    Q_PROPERTY(QStringList spokenLanguages READ spokenLanguages WRITE setSpokenLanguages NOTIFY spokenLanguagesChanged)
    Q_PROPERTY(QVariantList consents READ consents NOTIFY consentsChanged)
    Q_PROPERTY(QString consentTextVersion READ consentTextVersion CONSTANT)
    Q_PROPERTY(bool submitted READ isSubmitted NOTIFY receiptChanged)
    // The sign-up's own code: kept in the data and shown to staff, never to the tenant.
    Q_PROPERTY(QString referenceCode READ referenceCode NOTIFY receiptChanged)
    // The one code on the tenant's receipt: their personal code (new, typed, or this phone's
    // tenant's); receiptCodeIsNew when this submission gave it to them.
    Q_PROPERTY(QString receiptCode READ receiptCode NOTIFY receiptChanged)
    Q_PROPERTY(bool receiptCodeIsNew READ isReceiptCodeNew NOTIFY receiptChanged)
    Q_PROPERTY(QString newPersonalCode READ newPersonalCode NOTIFY receiptChanged)
    // The server refused the sign-up on the receipt (e.g. the code is locked): no code to keep.
    Q_PROPERTY(bool receiptRefused READ isReceiptRefused NOTIFY receiptChanged)
    Q_PROPERTY(bool waitlisted READ isWaitlisted NOTIFY receiptChanged)
    // What happens next, truthfully: the server's word once it arrived (a sentence of
    // SignupStatusText), before that what this opportunity does with a sign-up (staff review,
    // a place right away, or the waitlist).
    Q_PROPERTY(QString receiptStatus READ receiptStatus NOTIFY receiptChanged)
    Q_PROPERTY(QString submitError READ submitError NOTIFY receiptChanged)
    // Phone: following a tenant who registered at a kiosk or with staff. "" (never asked),
    // "queued" (waiting for the server), or the server's outcome: "linked" or "refused"; linkMessage says it plainly.
    Q_PROPERTY(QString linkState READ linkState NOTIFY linkChanged)
    Q_PROPERTY(QString linkMessage READ linkMessage NOTIFY linkChanged)
    // Staff tablet: a staff member registers the tenant present (StaffIntake); the steps end
    // in the staff receipt instead of the tenant's.
    Q_PROPERTY(bool intake READ isIntake NOTIFY tenantChanged)

public:
    RegistrationController(RegistrationRepository *registrations, CatalogueRepository *catalogue,
                           QObject *parent = nullptr);

    // Tests pin the clock and the random source (codes on the receipt).
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    void setRandom(QRandomGenerator *rng) { m_rng = rng; }
    // A phone remembers its tenant: sign-ups go to them without asking again.
    void setRemembersTenant(bool remembers);
    // The UI language, stored with a new registration.
    void setLanguage(const QString &language) { m_language = language; }

    // Starts a sign-up for this opportunity; keeps what was already typed, but not the
    // problems another form showed (they were about that form).
    Q_INVOKABLE bool begin(const QString &opportunityId);
    // A form opens: the problems on show belong to the one before it.
    Q_INVOKABLE void clearErrors();
    Q_INVOKABLE void setField(const QString &name, const QString &value);
    Q_INVOKABLE QString field(const QString &name) const { return m_fields.value(name).toString(); }
    // Checks one field (as the tenant leaves it); true when fine. The message, if any, is
    // in errors[name].
    Q_INVOKABLE bool validateField(const QString &name);
    // Checks a step's fields at once; true when all are fine.
    Q_INVOKABLE bool validateFields(const QStringList &names);
    // The messages on show, again, in the language now installed.
    void retranslateErrors();
    Q_INVOKABLE void toggleInterest(const QString &key);
    Q_INVOKABLE static QString interestLabel(const QString &key);
    Q_INVOKABLE void toggleSpokenLanguage(const QString &code);
    Q_INVOKABLE bool hasSlot(int weekday, int partOfDay) const;
    Q_INVOKABLE void toggleSlot(int weekday, int partOfDay);
    Q_INVOKABLE void setConsent(const QString &purpose, bool given);
    // Validates everything and saves. True on success; the receipt properties are set.
    Q_INVOKABLE bool submit();
    // Forgets everything: fields, errors, choices, receipt (kiosk session end).
    Q_INVOKABLE void reset();
    // Phone: asks the server to let this phone follow the tenant whose personal code and
    // date of birth are in the fields. False, with the messages in errors, when a field is
    // wrong; what was typed stays.
    Q_INVOKABLE bool requestLink();
    // The personal code (normalised) and date of birth in the fields, checked as a returning
    // tenant's (a kiosk's status look-up); nullopt, with the messages in errors, when wrong.
    std::optional<std::pair<QString, QDate>> identification();
    // Re-reads the tenant and the link request (after a sync round brought news).
    Q_INVOKABLE void refreshTenant();

    // Staff intake on a tablet (StaffIntake): forgets everything, then the next submit()
    // registers a new tenant without a sign-up, every payload naming `staffId`. After it the
    // tenant counts as known (by personal code and date of birth), so begin() + submit() sign
    // them up. endIntake() forgets the tenant and the staff member.
    void beginIntake(const QString &staffId);
    void endIntake();
    bool isIntake() const { return !m_staffId.isEmpty(); }
    // The tenant registered in this intake: the name for the receipt ("" before).
    QString intakeTenantName() const { return m_intakeTenant ? m_intakeTenant->name : QString(); }

    QString opportunityId() const { return m_opportunity.id; }
    QString opportunityTitle() const { return m_opportunity.title; }
    bool isTraining() const { return m_opportunity.kind == Meedoen::OpportunityKind::TrainingPlace; }
    bool isFull() const { return m_opportunity.isFull(); }
    bool isReturning() const { return m_returning; }
    void setReturning(bool returning);
    bool isKnownTenant() const { return m_tenant.has_value() || m_intakeTenant.has_value(); }
    QString tenantPersonalCode() const
    {
        return m_tenant ? m_tenant->personalCode : m_intakeTenant ? m_intakeTenant->personalCode : QString();
    }
    QString tenantId() const { return m_tenant ? m_tenant->id : QString(); }
    QVariantMap fields() const { return m_fields; }
    QVariantMap errors() const { return m_errors; }
    QStringList interests() const { return m_interests; }
    void setInterests(const QStringList &interests);
    static QStringList interestChoices();
    QStringList spokenLanguages() const { return m_spokenLanguages; }
    void setSpokenLanguages(const QStringList &codes);
    int availability() const { return int(m_availability.bits()); }
    void setAvailability(int bits);
    QVariantList consents() const;
    static QString consentTextVersion();
    // The version of one purpose's text (`trajectory` has its own).
    static QString consentTextVersionOf(const QString &purpose);
    // Each purpose's title and text as the tenant reads them ({purpose, title, text}), the
    // wording the text versions name; the phone offers a consent later with the same words.
    static QVariantList consentTexts();
    bool isSubmitted() const { return !m_referenceCode.isEmpty(); }
    QString referenceCode() const { return m_referenceCode; }
    QString newPersonalCode() const { return m_newPersonalCode; }
    QString receiptCode() const { return m_receiptCode; }
    bool isReceiptCodeNew() const { return !m_newPersonalCode.isEmpty(); }
    bool isReceiptRefused() const;
    // When the sign-up on the receipt was made (invalid before one).
    QDateTime submittedAt() const { return m_submittedAt; }
    bool isWaitlisted() const { return m_waitlisted; }
    QString receiptStatus() const;
    // The same for a sign-up submitted earlier (a staff intake's receipt lists several), in the
    // language installed now.
    QString receiptStatusOf(const QString &signupId, bool needsReview, bool waitlisted) const;
    bool needsReview() const { return m_opportunity.needsReview; }
    QString signupId() const { return m_signupId; }
    // The server answered a pushed sign-up; the receipt says so when it is this one.
    void signupOutcomeArrived(const QString &signupId);
    QString submitError() const { return m_submitError; }
    QString linkState() const;
    QString linkMessage() const;
    static QString refusedLinkMessage(const PhoneLink &link);

Q_SIGNALS:
    void opportunityChanged();
    void returningChanged();
    void tenantChanged();
    void fieldsChanged();
    void errorsChanged();
    void interestsChanged();
    void availabilityChanged();
    void spokenLanguagesChanged();
    void consentsChanged();
    void receiptChanged();
    void submittedSignup();
    void linkChanged();
    // A link request was saved and waits in the outbox.
    void linkRequested();

private:
    QDate today() const { return m_clock().toLocalTime().date(); }
    std::optional<QString> checkField(const QString &name) const;
    QDate typedDateOfBirth() const;
    void setError(const QString &name, const std::optional<QString> &message);
    void loadTenant();
    void clearSubmission();             // the last receipt and submit error
    // Forgets what was typed and chosen (fields, messages, interests, availability, consents).
    void clearForm();

    RegistrationRepository *m_registrations;
    CatalogueRepository *m_catalogue;
    std::function<QDateTime()> m_clock;
    QRandomGenerator *m_rng;
    bool m_remembersTenant = false;
    QString m_language = QStringLiteral("nl");
    std::optional<Meedoen::Person> m_tenant;
    std::optional<PhoneLink> m_link;
    // Staff intake: who does it, and the tenant once registered (kept in memory only; a sign-up
    // names them by personal code and date of birth, as a returning tenant at a kiosk).
    struct IntakeTenant
    {
        QString personalCode;
        QDate dateOfBirth;
        QString name;
    };
    QString m_staffId;
    std::optional<IntakeTenant> m_intakeTenant;

    Meedoen::Opportunity m_opportunity;
    QString m_signupId;         // the sign-up on the receipt
    bool m_returning = false;
    QVariantMap m_fields;
    QVariantMap m_errors;
    QStringList m_interests;
    Meedoen::Availability m_availability;
    QStringList m_spokenLanguages;
    QStringList m_consentsGiven;
    QString m_referenceCode;
    QString m_newPersonalCode;
    QString m_receiptCode;
    QDateTime m_submittedAt;
    bool m_waitlisted = false;
    QString m_submitError;
};
