// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Domain values of Meedoen. Plain value types, QtCore only: no database, network,
// screen or clock of their own (time is always passed in).

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QLocale>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <optional>

namespace Meedoen {
Q_NAMESPACE

// The four routes of "sociale stijging".
enum class Route { Wonen, Leren, Werken, VrijeTijd };
Q_ENUM_NS(Route)

enum class OpportunityKind { VolunteerTask, SelfManagement, TrainingPlace };
Q_ENUM_NS(OpportunityKind)

// Only meaningful for OpportunityKind::TrainingPlace.
enum class TrainingType { None, Internship, LearnWork, Reintegration };
Q_ENUM_NS(TrainingType)

// Life of a sign-up (see signup.h). Only the server decides pending | confirmed | waitlisted |
// declined; a device shows "on its way" (queued or sent) until it knows. Pending: the place is
// held while staff review the sign-up (an opportunity that needs review).
enum class SignupState { Draft, Queued, Sent, Confirmed, Waitlisted, Declined, Withdrawn, Pending };
Q_ENUM_NS(SignupState)

enum class PartOfDay { Morning, Afternoon, Evening };
Q_ENUM_NS(PartOfDay)

enum class OpportunityStatus { Open, Paused, Closed };
Q_ENUM_NS(OpportunityStatus)

// What happened to a confirmed training place; staff record it with a date.
enum class PlacementEvent { Started, Completed, DroppedOut };
Q_ENUM_NS(PlacementEvent)

// How staff checked a new volunteer's identity and tenancy against the rent administration.
enum class IdentityMethod { TenantNumber, Address };
Q_ENUM_NS(IdentityMethod)

// Stable wire/database names ("wonen", "vrije-tijd", "training" …) and back.
QString toKey(Route r);
QString toKey(OpportunityKind k);
QString toKey(TrainingType t);
QString toKey(OpportunityStatus s);
QString toKey(PlacementEvent p);
QString toKey(IdentityMethod m);
std::optional<Route> routeFromKey(QStringView key);
std::optional<OpportunityKind> kindFromKey(QStringView key);
std::optional<TrainingType> trainingTypeFromKey(QStringView key);
std::optional<OpportunityStatus> statusFromKey(QStringView key);
std::optional<PlacementEvent> placementEventFromKey(QStringView key);
std::optional<IdentityMethod> identityMethodFromKey(QStringView key);

// Availability as a weekday (Mon=0 … Sun=6) × part-of-day grid, packed into 21 bits.
class Availability
{
public:
    constexpr Availability() = default;
    constexpr explicit Availability(quint32 bits) : m_bits(bits & 0x1FFFFF) {}
    static constexpr int slot(int weekday, PartOfDay part) { return weekday * 3 + int(part); }
    bool contains(int weekday, PartOfDay part) const { return m_bits & (1u << slot(weekday, part)); }
    void set(int weekday, PartOfDay part, bool on = true)
    {
        const quint32 bit = 1u << slot(weekday, part);
        m_bits = on ? (m_bits | bit) : (m_bits & ~bit);
    }
    quint32 bits() const { return m_bits; }
    bool isEmpty() const { return m_bits == 0; }
    friend bool operator==(Availability, Availability) = default;

private:
    quint32 m_bits = 0;
};

struct Address
{
    QString postcode;      // normalised "1234 AB"
    int houseNumber = 0;   // 1 … 99999
    QString addition;      // "A", "bis", "2 hoog" …
    friend bool operator==(const Address &, const Address &) = default;
};

// A tenant's volunteer profile.
struct Person
{
    QString id;                 // client-generated UUID
    QString personalCode;       // see personalcode.h
    QString givenName;
    QString familyName;
    QString phone;              // normalised, E.164 where possible
    QString email;
    Address address;
    QDate dateOfBirth;
    QStringList languages;      // BCP 47 codes: "nl", "tr", "ar" …
    QStringList interests;      // interest/skill keys
    Availability availability;
    QStringList neighbourhoods; // neighbourhood ids
    QString tenantNumber;       // optional tenant/contract number
    QString uiLanguage = QStringLiteral("nl");
    friend bool operator==(const Person &, const Person &) = default;
};

struct Neighbourhood
{
    QString id;                 // "wielewaal"
    QString name;               // "Wielewaal"
    QString city;               // "Rotterdam"
    friend bool operator==(const Neighbourhood &, const Neighbourhood &) = default;
};

struct Site
{
    QString id;                 // "wielewaal-buurthuis"
    QString name;               // "Buurthuis De Wielewaal"
    QString neighbourhood;      // neighbourhood id
    QString address;            // street address, human readable
    double latitude = 0;
    double longitude = 0;
    friend bool operator==(const Site &, const Site &) = default;
};

// The app's language, which AppContext::setLanguage() makes QLocale's default: "nl", "ar" …
inline QString appLanguage()
{
    return QLocale().name().section(u'_', 0, 0);
}

// How the app writes dates, times and numbers in one of its languages. Arabic uses Western
// digits (0-9), as the letters, buses, phones and codes that Arabic-speaking tenants in the
// Netherlands see do; staff read codes and times aloud in those digits too
// (docs/architecture.md, "Numerals in Arabic"). Libyan Arabic is CLDR's Arabic with Western
// digits and the usual month names (يناير، فبراير …).
inline QLocale uiLocale(const QString &language)
{
    if (language == QLatin1String("ar"))
        return QLocale(QLocale::Arabic, QLocale::Libya);
    return QLocale(language);
}

// The languages besides Dutch that the app speaks and a catalogue may translate into.
inline bool isTranslationLanguage(QStringView language)
{
    return language == u"en" || language == u"tr" || language == u"ar" || language == u"pl";
}

// An opportunity's title and summary in a language other than Dutch (the catalogue's
// "translations"); an empty one falls back to the Dutch text.
struct LocalText
{
    QString title;
    QString summary;
    friend bool operator==(const LocalText &, const LocalText &) = default;
};

struct Opportunity
{
    QString id;
    OpportunityKind kind = OpportunityKind::VolunteerTask;
    TrainingType trainingType = TrainingType::None;
    Route route = Route::VrijeTijd;
    OpportunityStatus status = OpportunityStatus::Open;
    QString title;              // Dutch, as every text of the catalogue
    QString summary;
    // Title and summary in the other languages of the app ("en", "tr", "ar", "pl"), where the
    // corporation wrote them; titleIn()/summaryIn() fall back to Dutch.
    QMap<QString, LocalText> translations;
    QString description;
    QString neighbourhood;      // neighbourhood id
    QString neighbourhoodName;
    Site site;
    QString organiser;          // the partner's name (kept by the server from partnerId; older devices show it)
    QString organiserRole;      // "begeleiding", "opleider", "werkgever" … (older catalogues; shown nowhere new)
    QString partnerId;          // the partner organisation it names (core/partner.h), or empty
    QString schedule;           // human readable: "Elke dinsdag 9:00–12:00"
    QDate startDate;
    QDate endDate;
    int capacity = 0;           // 0 = unlimited
    int placesTaken = 0;        // as of the last sync
    int waitlistLength = 0;     // as of the last sync (the server sends it; staff screens show it)
    int minimumAge = 0;
    QString languageLevel;      // CEFR: "A2", "B1" … or empty
    bool certificate = false;
    QString allowance;          // "€ 50 per maand vrijwilligersvergoeding", or empty
    QString contactName;
    QString contactPhone;
    QString contactEmail;
    QStringList tags;           // interest/skill keys this opportunity matches
    qint64 version = 0;         // server version; staff decisions carry the version seen
    // Staff review each sign-up before it is confirmed (the server answers pending and holds
    // the place); without review the server confirms while places are free.
    bool needsReview = false;
    // What an opportunity of this kind does when the catalogue says nothing: training places
    // are reviewed, volunteer tasks and zelfbeheer are not.
    static bool reviewsByDefault(OpportunityKind k) { return k == OpportunityKind::TrainingPlace; }
    QString titleIn(const QString &language) const
    {
        const QString t = translations.value(language).title;
        return t.isEmpty() ? title : t;
    }
    QString summaryIn(const QString &language) const
    {
        const QString s = translations.value(language).summary;
        return s.isEmpty() ? summary : s;
    }
    int placesLeft() const { return capacity <= 0 ? -1 : qMax(0, capacity - placesTaken); }
    bool isFull() const { return capacity > 0 && placesTaken >= capacity; }
    friend bool operator==(const Opportunity &, const Opportunity &) = default;
};

struct ConsentRecord
{
    QString personId;
    QString purpose;            // "contact", "matching", "share-partner" …
    QString textVersion;        // version of the consent text that was shown
    QDateTime givenAt;
    QDateTime withdrawnAt;      // invalid while the consent stands
    QString language;           // the app's language the text was shown in ("tr"); empty: not recorded
    bool isActive() const { return givenAt.isValid() && !withdrawnAt.isValid(); }
    friend bool operator==(const ConsentRecord &, const ConsentRecord &) = default;
};

// The purposes a tenant can give consent for (docs/privacy.md, "Consents"): contact,
// matching, share-partner and trajectory. A consent given later on the phone (consent-give)
// must name one of them.
const QStringList &consentPurposes();

struct HoursEntry
{
    QString id;
    QString personId;
    QString opportunityId;
    QDate date;
    int minutes = 0;
    QString note;
    QString correctsEntryId;    // a correction is a new entry pointing at the one it corrects
    bool verified = false;
    friend bool operator==(const HoursEntry &, const HoursEntry &) = default;
};

enum class DecisionKind { Confirm, Waitlist, Decline };
Q_ENUM_NS(DecisionKind)

struct StaffDecision
{
    QString id;
    QString signupId;
    QString staffId;
    QString deviceId;
    DecisionKind kind = DecisionKind::Confirm;
    QString reason;
    QString messageToTenant;
    qint64 seenVersion = 0;     // version of the sign-up the staff member decided on
    QDateTime decidedAt;        // device time, audit only
    friend bool operator==(const StaffDecision &, const StaffDecision &) = default;
};

} // namespace Meedoen
