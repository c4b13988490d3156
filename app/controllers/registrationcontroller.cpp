// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "controllers/registrationcontroller.h"
#include "core/personalcode.h"
#include "core/signupstatustext.h"
#include "core/trajectory.h"
#include "core/validation.h"
#include "protocol/outcome.h"

#include <QUuid>

using namespace Meedoen;
using namespace Qt::StringLiterals;

namespace {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

const QStringList kPersonFields = {PersonField::givenName.toString(), PersonField::familyName.toString(), PersonField::phone.toString(), PersonField::email.toString(), PersonField::postcode.toString(),
                                   PersonField::houseNumber.toString(), PersonField::houseAddition.toString(), PersonField::dateOfBirth.toString(),
                                   PersonField::tenantNumber.toString()};
const QStringList kIdentifyFields = {PersonField::personalCode.toString(), PersonField::dateOfBirth.toString()};
const QStringList kTrainingFields = {u"motivation"_s, u"preferredStart"_s};

// validatePerson's field names are the form's (PersonField), but for "contact" (neither phone
// nor e-mail), which the form shows under the phone number.
QString formField(const QString &personField)
{
    if (personField == PersonField::contact)
        return PersonField::phone.toString();
    return personField;
}

} // namespace

RegistrationController::RegistrationController(RegistrationRepository *registrations, CatalogueRepository *catalogue,
                                               QObject *parent)
    : QObject(parent)
    , m_registrations(registrations)
    , m_catalogue(catalogue)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
    , m_rng(QRandomGenerator::system())
{
}

void RegistrationController::setRemembersTenant(bool remembers)
{
    m_remembersTenant = remembers;
    loadTenant();
}

void RegistrationController::loadTenant()
{
    std::optional<Person> tenant;
    if (m_remembersTenant) {
        const QList<Person> persons = m_registrations->persons();
        if (!persons.isEmpty())
            tenant = persons.constFirst();
    }
    const std::optional<PhoneLink> link = m_registrations->latestLink();
    const bool linkNews = link.has_value() != m_link.has_value()
                          || (link && (link->id != m_link->id || link->state != m_link->state));
    m_link = link;
    if (linkNews)
        Q_EMIT linkChanged();
    if (tenant == m_tenant)
        return;
    m_tenant = tenant;
    Q_EMIT tenantChanged();
}

void RegistrationController::refreshTenant()
{
    loadTenant();
}

bool RegistrationController::requestLink()
{
    // Linking is what a returning tenant does: no minimum age applies to the date of birth.
    setReturning(true);
    if (!validateFields(kIdentifyFields))
        return false;
    const auto id = m_registrations->requestLink(*normalisePersonalCode(field(PersonField::personalCode.toString())),
                                                 typedDateOfBirth(), m_clock());
    if (!id) {
        m_submitError = m_registrations->storageFull()
                            ? tr("Het opslaan is niet gelukt: je telefoon is vol. Maak ruimte vrij en probeer het nog eens.")
                            : tr("Het opslaan is niet gelukt. Probeer het nog een keer.");
        Q_EMIT receiptChanged();
        return false;
    }
    m_submitError.clear();
    Q_EMIT receiptChanged();
    loadTenant();
    Q_EMIT linkRequested();
    return true;
}

std::optional<std::pair<QString, QDate>> RegistrationController::identification()
{
    setReturning(true);
    if (!validateFields(kIdentifyFields))
        return std::nullopt;
    return std::pair{*normalisePersonalCode(field(PersonField::personalCode.toString())), typedDateOfBirth()};
}

QString RegistrationController::linkState() const
{
    if (!m_link)
        return {};
    switch (m_link->state) {
    case PhoneLink::State::Queued:
        return u"queued"_s;
    case PhoneLink::State::Linked:
        return Wire::toKey(Wire::OutcomeStatus::Linked);
    case PhoneLink::State::Refused:
        return Wire::toKey(Wire::OutcomeStatus::Refused);
    }
    return {};
}

QString RegistrationController::linkMessage() const
{
    if (!m_link)
        return {};
    switch (m_link->state) {
    case PhoneLink::State::Queued:
        return tr("We zoeken je aanmeldingen op zodra je telefoon verbinding heeft.");
    case PhoneLink::State::Linked:
        return m_tenant ? tr("Gelukt: je aanmeldingen staan nu op deze telefoon.")
                        : tr("Gelukt. Je aanmeldingen komen zo binnen.");
    case PhoneLink::State::Refused:
        return refusedLinkMessage(*m_link);
    }
    return {};
}

// Why the server did not link, in words a tenant can act on (docs/security/guess.md).
QString RegistrationController::refusedLinkMessage(const PhoneLink &link)
{
    switch (Wire::reasonFromKey(link.reason).value_or(Wire::Reason::CodeNotRecognised)) {
    case Wire::Reason::IdentifyWait: {
        const int minutes = qMax(1, (link.retryAfterSeconds + 59) / 60);
        return tr("Er is te vaak een verkeerde code of geboortedatum ingevuld. Wacht %n minuten en probeer het dan opnieuw.",
                  nullptr, minutes);
    }
    case Wire::Reason::CodeLocked:
        return tr("Je code is op slot gezet, omdat er te vaak een verkeerde geboortedatum bij is ingevuld. Ga naar je wijkconsulent. Die kan je code weer openzetten.");
    case Wire::Reason::IdentifyFailed:
        if (link.attemptsLeft > 0)
            return tr("Deze code en deze geboortedatum passen niet bij elkaar. Kijk ze nog eens goed na. Je kunt het nog %n keer proberen.",
                      nullptr, link.attemptsLeft);
        break;
    default:
        break;
    }
    return tr("We kennen deze code niet met deze geboortedatum. Kijk je code en geboortedatum nog eens na.");
}

void RegistrationController::beginIntake(const QString &staffId)
{
    endIntake();
    m_staffId = staffId;
    Q_EMIT tenantChanged();
}

void RegistrationController::endIntake()
{
    reset();
    if (m_staffId.isEmpty() && !m_intakeTenant)
        return;
    m_staffId.clear();
    m_intakeTenant.reset();
    Q_EMIT tenantChanged();
}

bool RegistrationController::begin(const QString &opportunityId)
{
    const auto o = m_catalogue->opportunity(opportunityId);
    m_opportunity = o.value_or(Opportunity{});
    clearSubmission();
    clearErrors();
    Q_EMIT opportunityChanged();
    Q_EMIT receiptChanged();
    return o.has_value();
}

void RegistrationController::clearErrors()
{
    if (m_errors.isEmpty())
        return;
    m_errors.clear();
    Q_EMIT errorsChanged();
}

void RegistrationController::setReturning(bool returning)
{
    if (m_returning == returning)
        return;
    m_returning = returning;
    Q_EMIT returningChanged();
}

void RegistrationController::setField(const QString &name, const QString &value)
{
    if (m_fields.value(name).toString() == value)
        return;
    m_fields.insert(name, value);
    Q_EMIT fieldsChanged();
}

QDate RegistrationController::typedDateOfBirth() const
{
    bool okDay = false, okMonth = false, okYear = false;
    const int day = field(u"birthDay"_s).trimmed().toInt(&okDay);
    const int month = field(u"birthMonth"_s).trimmed().toInt(&okMonth);
    const int year = field(u"birthYear"_s).trimmed().toInt(&okYear);
    if (!okDay || !okMonth || !okYear || year < 1000)
        return {};
    return QDate(year, month, day);
}

std::optional<QString> RegistrationController::checkField(const QString &name) const
{
    const QString value = field(name);
    const auto message = [](const auto &validated) -> std::optional<QString> {
        if (validated.error)
            return validated.error->message;
        return std::nullopt;
    };
    if (name == PersonField::givenName || name == PersonField::familyName)
        return message(validateName(value, name));
    if (name == PersonField::phone) {
        if (value.trimmed().isEmpty()) {
            if (field(PersonField::email.toString()).trimmed().isEmpty())
                return tr("Vul je telefoonnummer of je e-mailadres in. Dan kunnen we je bereiken.");
            return std::nullopt;
        }
        return message(validatePhone(value, name));
    }
    if (name == PersonField::email)
        return value.trimmed().isEmpty() ? std::nullopt : message(validateEmail(value, name));
    if (name == PersonField::postcode)
        return message(validatePostcode(value, name));
    if (name == PersonField::houseNumber || name == PersonField::houseAddition) {
        const auto v = validateHouseNumber(field(PersonField::houseNumber.toString()), field(PersonField::houseAddition.toString()),
                                           PersonField::houseNumber.toString(), PersonField::houseAddition.toString());
        if (v.error && v.error->field == name)
            return v.error->message;
        return std::nullopt;
    }
    if (name == PersonField::dateOfBirth) {
        if (field(u"birthDay"_s).trimmed().isEmpty() && field(u"birthMonth"_s).trimmed().isEmpty()
            && field(u"birthYear"_s).trimmed().isEmpty())
            return tr("Vul je geboortedatum in: dag, maand en jaar.");
        const QDate dob = typedDateOfBirth();
        if (!dob.isValid())
            return tr("Deze datum bestaat niet. Kijk dag, maand en jaar nog eens na.");
        const int minimumAge = m_returning ? 0 : kMinimumVolunteerAge;
        return message(validateDateOfBirth(dob, today(), minimumAge, name));
    }
    if (name == PersonField::tenantNumber) // optional: empty is fine
        return message(validateTenantNumber(value, name));
    if (name == PersonField::personalCode) {
        if (value.trimmed().isEmpty())
            return tr("Vul je persoonlijke code in. Je vindt hem op je bon.");
        if (!normalisePersonalCode(value))
            return tr("Deze code klopt niet. Kijk nog eens op je bon: 12 tekens, zoals ABCD-EFGH-JKMN.");
        return std::nullopt;
    }
    if (name == "motivation"_L1) {
        if (value.trimmed().isEmpty())
            return tr("Schrijf in een paar woorden waarom je dit wilt.");
        return message(validateFreeText(value, name, kMaxFreeTextLength, true, true));
    }
    if (name == "preferredStart"_L1) {
        if (!QDate::fromString(value, Qt::ISODate).isValid())
            return tr("Kies wanneer je wilt beginnen.");
        return std::nullopt;
    }
    return std::nullopt;
}

void RegistrationController::setError(const QString &name, const std::optional<QString> &message)
{
    if (message) {
        if (m_errors.value(name).toString() == *message)
            return;
        m_errors.insert(name, *message);
    } else {
        if (!m_errors.contains(name))
            return;
        m_errors.remove(name);
    }
    Q_EMIT errorsChanged();
}

bool RegistrationController::validateField(const QString &name)
{
    if (name.startsWith("birth"_L1)) {
        // Only judge the date once all three parts are there: leaving "dag" is not an error.
        const bool complete = !field(u"birthDay"_s).trimmed().isEmpty() && !field(u"birthMonth"_s).trimmed().isEmpty()
                              && !field(u"birthYear"_s).trimmed().isEmpty();
        if (!complete)
            return true;
        return validateField(PersonField::dateOfBirth.toString());
    }
    const auto error = checkField(name);
    setError(name, error);
    // Phone and e-mail answer "how do we reach you" together.
    if (name == PersonField::email && !m_errors.contains(PersonField::email.toString()))
        setError(PersonField::phone.toString(), checkField(PersonField::phone.toString()));
    if (name == PersonField::houseNumber || name == PersonField::houseAddition) {
        const QString other = name == PersonField::houseNumber ? PersonField::houseAddition.toString() : PersonField::houseNumber.toString();
        if (m_errors.contains(other))
            setError(other, checkField(other));
    }
    return !error;
}

bool RegistrationController::validateFields(const QStringList &names)
{
    bool ok = true;
    for (const QString &name : names) {
        const auto error = checkField(name);
        setError(name, error);
        ok = ok && !error;
    }
    return ok;
}

void RegistrationController::retranslateErrors()
{
    Q_EMIT linkChanged(); // its message is read in the language now installed
    const QStringList shown = m_errors.keys();
    for (const QString &name : shown)
        setError(name, checkField(name));
}

QStringList RegistrationController::interestChoices()
{
    return {u"taal"_s,   u"kinderen"_s, u"ouderen"_s,  u"klussen"_s, u"tuin"_s,      u"koken"_s,
            u"sport"_s,  u"muziek"_s,   u"computer"_s, u"techniek"_s, u"administratie"_s, u"winkel"_s,
            u"schoonmaak"_s, u"veiligheid"_s, u"zorg"_s};
}

void RegistrationController::setInterests(const QStringList &interests)
{
    if (m_interests == interests)
        return;
    m_interests = interests;
    Q_EMIT interestsChanged();
}

void RegistrationController::toggleInterest(const QString &key)
{
    QStringList next = m_interests;
    if (!next.removeOne(key))
        next.append(key);
    setInterests(next);
}

void RegistrationController::setSpokenLanguages(const QStringList &codes)
{
    if (m_spokenLanguages == codes)
        return;
    m_spokenLanguages = codes;
    Q_EMIT spokenLanguagesChanged();
}

void RegistrationController::toggleSpokenLanguage(const QString &code)
{
    QStringList next = m_spokenLanguages;
    if (!next.removeOne(code))
        next.append(code);
    setSpokenLanguages(next);
}

bool RegistrationController::hasSlot(int weekday, int partOfDay) const
{
    if (weekday < 0 || weekday > 6 || partOfDay < 0 || partOfDay > 2)
        return false;
    return m_availability.contains(weekday, PartOfDay(partOfDay));
}

void RegistrationController::toggleSlot(int weekday, int partOfDay)
{
    if (weekday < 0 || weekday > 6 || partOfDay < 0 || partOfDay > 2)
        return;
    m_availability.set(weekday, PartOfDay(partOfDay), !hasSlot(weekday, partOfDay));
    Q_EMIT availabilityChanged();
}

void RegistrationController::setAvailability(int bits)
{
    if (int(m_availability.bits()) == bits)
        return;
    m_availability = Availability(quint32(bits));
    Q_EMIT availabilityChanged();
}

QString RegistrationController::consentTextVersion()
{
    return u"toestemming-2026-11"_s;
}

QString RegistrationController::consentTextVersionOf(const QString &purpose)
{
    // The trajectory consent has its own text, added later, with its own version.
    return purpose == Meedoen::kTrajectoryConsent ? u"traject-2026-12"_s : consentTextVersion();
}

QVariantList RegistrationController::consentTexts()
{
    // B1 Dutch source text; the version above names exactly this wording.
    const auto row = [](const QString &purpose, const QString &title, const QString &text) {
        return QVariantMap{{u"purpose"_s, purpose}, {u"title"_s, title}, {u"text"_s, text}};
    };
    return {
        row(u"contact"_s, tr("Nieuws uit je buurt"),
            tr("We mogen je bellen, appen of mailen over nieuwe activiteiten in je buurt.")),
        row(u"matching"_s, tr("Tips die bij je passen"),
            tr("We mogen je interesses en je vrije tijd gebruiken om activiteiten voor je te zoeken.")),
        row(u"share-partner"_s, tr("Gegevens delen met de organisatie"),
            tr("We mogen je naam en telefoonnummer geven aan de organisatie van de activiteit. "
               "Zij nemen dan zelf contact met je op.")),
        row(Meedoen::kTrajectoryConsent.toString(), tr("Je weg naar werk of school bijhouden"),
            tr("Een medewerker mag bijhouden hoe het met je gaat: bijvoorbeeld of je meedoet in de buurt, "
               "vrijwilligerswerk doet of werk hebt. Je ziet dit zelf in de app. Je kunt dit altijd weer "
               "uitzetten. Dan halen we het weg.")),
    };
}

QVariantList RegistrationController::consents() const
{
    QVariantList rows = consentTexts();
    for (QVariant &row : rows) {
        QVariantMap m = row.toMap();
        m.insert(u"given"_s, m_consentsGiven.contains(m.value(u"purpose"_s).toString()));
        row = m;
    }
    return rows;
}

void RegistrationController::setConsent(const QString &purpose, bool given)
{
    if (!Meedoen::consentPurposes().contains(purpose) || m_consentsGiven.contains(purpose) == given)
        return;
    if (given)
        m_consentsGiven.append(purpose);
    else
        m_consentsGiven.removeAll(purpose);
    Q_EMIT consentsChanged();
}

bool RegistrationController::submit()
{
    m_submitError.clear();
    QStringList needed;
    if (!isKnownTenant())
        needed = m_returning ? kIdentifyFields : kPersonFields;
    if (isTraining())
        needed += kTrainingFields;
    // Staff intake registers the tenant first, without an opportunity.
    const bool registrationOnly = isIntake() && !isKnownTenant() && !m_returning;
    if ((m_opportunity.id.isEmpty() && !registrationOnly) || !validateFields(needed)) {
        m_submitError = tr("Er klopt nog iets niet. Kijk naar de rode meldingen.");
        Q_EMIT receiptChanged();
        return false;
    }

    const QDateTime now = m_clock();
    Submission submission;
    Signup signup;
    signup.id = newId();
    signup.referenceCode = generateReferenceCode(*m_rng);
    signup.opportunityId = m_opportunity.id;
    if (isTraining()) {
        signup.motivation = validateFreeText(field(u"motivation"_s), u"motivation"_s, kMaxFreeTextLength, true, true).value;
        signup.preferredStart = QDate::fromString(field(u"preferredStart"_s), Qt::ISODate);
    }
    signup.createdAt = now;

    std::optional<Person> newTenant;
    QString tenantCode;   // the personal code this sign-up belongs to, for the receipt
    if (m_tenant) {
        signup.personId = m_tenant->id;
        tenantCode = m_tenant->personalCode;
    } else if (m_intakeTenant) {
        submission.personalCode = m_intakeTenant->personalCode;
        submission.dateOfBirth = m_intakeTenant->dateOfBirth;
    } else if (m_returning) {
        submission.personalCode = *normalisePersonalCode(field(PersonField::personalCode.toString()));
        submission.dateOfBirth = typedDateOfBirth();
        // A phone links to a registration it already knows; a kiosk never looks people up.
        if (m_remembersTenant) {
            const auto known = m_registrations->personByCode(submission.personalCode);
            if (known && known->dateOfBirth == submission.dateOfBirth)
                signup.personId = known->id;
        }
    } else {
        Person p;
        p.id = newId();
        p.personalCode = generatePersonalCode(*m_rng);
        tenantCode = p.personalCode;
        p.givenName = validateName(field(PersonField::givenName.toString())).value;
        p.familyName = validateName(field(PersonField::familyName.toString())).value;
        if (!field(PersonField::phone.toString()).trimmed().isEmpty())
            p.phone = validatePhone(field(PersonField::phone.toString())).value;
        if (!field(PersonField::email.toString()).trimmed().isEmpty())
            p.email = validateEmail(field(PersonField::email.toString())).value;
        p.address.postcode = validatePostcode(field(PersonField::postcode.toString())).value;
        const auto house = validateHouseNumber(field(PersonField::houseNumber.toString()), field(PersonField::houseAddition.toString())).value;
        p.address.houseNumber = house.number;
        p.address.addition = house.addition;
        p.dateOfBirth = typedDateOfBirth();
        p.interests = m_interests;
        p.languages = m_spokenLanguages;
        p.tenantNumber = validateTenantNumber(field(PersonField::tenantNumber.toString())).value;
        p.availability = m_availability;
        // Their own neighbourhood from the corporation's areas (postcode and house number),
        // then the activity's, when it lies elsewhere.
        if (const QString home = m_catalogue->neighbourhoodAt(p.address.postcode, p.address.houseNumber);
            !home.isEmpty())
            p.neighbourhoods = {home};
        if (!m_opportunity.neighbourhood.isEmpty() && !p.neighbourhoods.contains(m_opportunity.neighbourhood))
            p.neighbourhoods.append(m_opportunity.neighbourhood);
        p.uiLanguage = m_language;
        const FieldErrors problems = validatePerson(p, today());
        if (!problems.isEmpty()) {
            for (const FieldError &e : problems)
                setError(formField(e.field), e.message);
            m_submitError = tr("Er klopt nog iets niet. Kijk naar de rode meldingen.");
            Q_EMIT receiptChanged();
            return false;
        }
        for (const QString &purpose : std::as_const(m_consentsGiven))
            // The language the tenant read the consent text in.
            submission.consents.append({p.id, purpose, consentTextVersionOf(purpose), now, {}, m_language});
        signup.personId = p.id;
        newTenant = p;
        submission.newPerson = p;
    }
    if (tenantCode.isEmpty())
        tenantCode = submission.personalCode;
    submission.staffId = m_staffId;
    if (!registrationOnly) {
        submission.waitlistRequested = isFull();
        submission.signup = signup;
    }

    if (!m_registrations->submit(submission, now)) {
        // Nothing was saved and the form keeps what was typed. A full disk is said as such:
        // trying again at once would not help.
        m_submitError = m_registrations->storageFull()
                            ? tr("Opslaan lukte niet: het geheugen van dit apparaat is vol. Wat je invulde, staat er "
                                 "nog. Probeer het later nog een keer, of vraag hulp bij de balie.")
                            : tr("Opslaan lukte niet. Probeer het nog een keer, of vraag hulp bij de balie.");
        Q_EMIT receiptChanged();
        return false;
    }

    if (!registrationOnly) {
        m_referenceCode = signup.referenceCode;
        m_signupId = signup.id;
    }
    m_newPersonalCode = newTenant ? newTenant->personalCode : QString();
    m_receiptCode = tenantCode;
    m_submittedAt = now;
    m_waitlisted = submission.waitlistRequested;
    // What was typed is saved; the form keeps no copy of it.
    clearForm();
    if (registrationOnly && newTenant) {
        m_intakeTenant = IntakeTenant{newTenant->personalCode, newTenant->dateOfBirth,
                                      newTenant->givenName + u' ' + newTenant->familyName};
        Q_EMIT tenantChanged();
    }
    Q_EMIT receiptChanged();
    if (m_remembersTenant)
        loadTenant();
    if (m_remembersTenant && !m_tenant && !signup.personId.isEmpty())
        loadTenant();
    Q_EMIT submittedSignup();
    return true;
}

QString RegistrationController::receiptStatus() const
{
    if (m_referenceCode.isEmpty())
        return {};
    return receiptStatusOf(m_signupId, m_opportunity.needsReview, m_waitlisted);
}

QString RegistrationController::receiptStatusOf(const QString &signupId, bool needsReview, bool waitlisted) const
{
    if (const auto s = m_registrations->signup(signupId); s && !s->isPending())
        return signupStatusSentence(*s, QLocale());
    if (waitlisted)
        return needsReview
            ? tr("Er is nu geen plek vrij: je komt op de wachtlijst. Komt er een plek vrij, dan bekijkt een medewerker je aanmelding.")
            : tr("Er is nu geen plek vrij: je komt op de wachtlijst. Komt er een plek vrij, dan krijg je die op volgorde van aanmelding.");
    return needsReview
        ? tr("Een medewerker van de corporatie bekijkt je aanmelding en laat het je weten. Zolang houden we een plek voor je vast.")
        : tr("Is er nog plek, dan heb je die meteen zodra je aanmelding bij de corporatie is. Je hoeft niet op een medewerker te wachten.");
}

bool RegistrationController::isReceiptRefused() const
{
    const auto s = m_signupId.isEmpty() ? std::nullopt : m_registrations->signup(m_signupId);
    return s && s->state == SignupState::Declined;
}

void RegistrationController::signupOutcomeArrived(const QString &signupId)
{
    if (!m_signupId.isEmpty() && signupId == m_signupId)
        Q_EMIT receiptChanged();
}

void RegistrationController::reset()
{
    m_opportunity = {};
    m_returning = false;
    clearSubmission();
    Q_EMIT opportunityChanged();
    Q_EMIT returningChanged();
    clearForm();
    Q_EMIT receiptChanged();
}

// What the last submission left: its receipt and its error.
void RegistrationController::clearSubmission()
{
    m_referenceCode.clear();
    m_signupId.clear();
    m_newPersonalCode.clear();
    m_receiptCode.clear();
    m_submittedAt = {};
    m_waitlisted = false;
    m_submitError.clear();
}

void RegistrationController::clearForm()
{
    m_fields.clear();
    m_errors.clear();
    m_interests.clear();
    m_spokenLanguages.clear();
    m_availability = {};
    m_consentsGiven.clear();
    Q_EMIT fieldsChanged();
    Q_EMIT errorsChanged();
    Q_EMIT interestsChanged();
    Q_EMIT spokenLanguagesChanged();
    Q_EMIT availabilityChanged();
    Q_EMIT consentsChanged();
}

QString RegistrationController::interestLabel(const QString &key)
{
    static const QHash<QString, const char *> labels = {
        {u"taal"_s, QT_TR_NOOP("Taal en lezen")},     {u"kinderen"_s, QT_TR_NOOP("Kinderen")},
        {u"ouderen"_s, QT_TR_NOOP("Ouderen")},        {u"klussen"_s, QT_TR_NOOP("Klussen")},
        {u"tuin"_s, QT_TR_NOOP("Tuin en groen")},     {u"koken"_s, QT_TR_NOOP("Koken")},
        {u"sport"_s, QT_TR_NOOP("Sport")},            {u"muziek"_s, QT_TR_NOOP("Muziek")},
        {u"computer"_s, QT_TR_NOOP("Computer")},      {u"techniek"_s, QT_TR_NOOP("Techniek")},
        {u"administratie"_s, QT_TR_NOOP("Administratie")}, {u"winkel"_s, QT_TR_NOOP("Winkel")},
        {u"schoonmaak"_s, QT_TR_NOOP("Schoonmaken")}, {u"veiligheid"_s, QT_TR_NOOP("Veiligheid")},
        {u"zorg"_s, QT_TR_NOOP("Zorg")},
    };
    const char *label = labels.value(key);
    return label ? tr(label) : key;
}
