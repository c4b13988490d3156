// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Partner organisations (issue 18, "Partners"): the corporation's register of the
// organisations it works with, each one's role on an opportunity (werkgever, financier,
// opdrachtgever, partner, huisvester) and what it put in per month (money, staff hours,
// places, premises), and what came of it. One definition for meedoen-server and the staff
// tablet, so a partner's page shows the same figures online and offline.
//
// The contact is a contact person's name, phone and e-mail: personal data of someone who is
// not a tenant (docs/privacy.md, "Partners"): staff tablets only, never a log line.

#include "core/resultfigures.h"
#include "core/validation.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace Meedoen {

// What kind of organisation a partner is.
enum class PartnerKind {
    Woningcorporatie,
    Gemeente,
    Welzijn,            // welzijn, buurtwerk, begeleiding
    Onderwijs,          // ROC, opleider
    Werkgever,
    Bewonersgroep,
    Overig,
};
QString toKey(PartnerKind kind);
std::optional<PartnerKind> partnerKindFromKey(QStringView key);
QList<PartnerKind> allPartnerKinds();

// A partner's role on one opportunity.
enum class PartnerRole {
    Werkgever,          // employer: the place is theirs
    Financier,          // funder
    Opdrachtgever,      // commissioner
    Partner,            // works alongside (begeleiding, organising)
    Huisvester,         // provides the premises
};
QString toKey(PartnerRole role);
std::optional<PartnerRole> partnerRoleFromKey(QStringView key);
QList<PartnerRole> allPartnerRoles();

inline constexpr int kMaxPartnerNameLength = 120;
inline constexpr qint64 kMaxContributionCents = 100'000'000'00;     // € 100 million in one month
inline constexpr int kMaxContributionMinutes = 31 * 24 * 60 * 100; // 100 people full time, a month
inline constexpr int kMaxContributionPlaces = kMaxCapacity;

struct Partner
{
    QString id;                 // UUID
    QString name;
    PartnerKind kind = PartnerKind::Overig;
    QString contactName;        // a person: staff tablets only
    QString contactPhone;
    QString contactEmail;
    friend bool operator==(const Partner &, const Partner &) = default;
};

// A partner's role on an opportunity in one month and what it put in then. A row with
// nothing put in records the role only.
struct PartnerContribution
{
    QString id;                 // UUID
    QString partnerId;
    QString opportunityId;
    PartnerRole role = PartnerRole::Partner;
    QString month;              // "YYYY-MM"
    qint64 moneyCents = 0;
    int staffMinutes = 0;       // the partner's own staff
    int places = 0;             // places it offers (training, work)
    int premisesMinutes = 0;    // use of its premises
    friend bool operator==(const PartnerContribution &, const PartnerContribution &) = default;
};

// Checked as a staff member types (and by the server): name 1–120 characters of one line,
// contact name a person's name, phone and e-mail as for a tenant, all optional but the name.
// Errors carry translatable messages (context "Validation"); fields: name, contactName,
// contactPhone, contactEmail. Returns the partner as it is kept (trimmed, normalised).
Validated<Partner> validatePartner(const Partner &partner, FieldErrors *all = nullptr);
// Month "YYYY-MM"; amounts 0…their maximum. Fields: month, moneyCents, staffMinutes, places,
// premisesMinutes.
FieldErrors validateContribution(const PartnerContribution &c);

// The partner an opportunity's old free-text organiser becomes: one id per name (a name-based
// UUID, the same on the server and every device, so both migrate to the same partner without
// talking), and the kind its old "organiserRole" suggests.
QString partnerIdForOrganiser(const QString &organiser);
PartnerKind partnerKindForOrganiserRole(QStringView organiserRole);

// ---- what a partner put in and what came of it

// The opportunities a partner takes part in: those naming it as their partner, and those it
// has a contribution on.
QStringList partnerOpportunities(const QString &partnerId, const QList<ResultsOpportunity> &opportunities,
                                 const QStringList &organisedBy, const QList<PartnerContribution> &contributions);

struct PartnerMonth
{
    QString month;              // "YYYY-MM"
    qint64 moneyCents = 0;
    int staffMinutes = 0;
    int places = 0;
    int premisesMinutes = 0;
    // What came of it on the partner's opportunities that month (computeResults' facts).
    int activeVolunteers = 0;
    int volunteerMinutes = 0;
    int trainingStarted = 0;
    int trainingCompleted = 0;
    friend bool operator==(const PartnerMonth &, const PartnerMonth &) = default;
};

struct PartnerFigures
{
    QList<PartnerMonth> months;     // every month with something put in or come of it, sorted
    PartnerMonth total;             // month empty; volunteers distinct over the whole period
    int opportunities = 0;          // how many it takes part in (within the filter)
    int placesFilled = 0;           // confirmed places on them now
    QList<PartnerRole> roles;       // the roles it holds (any month), in the enum's order
};

// `organisedBy[i]` is the partner id opportunities[i] names (empty: none). Contributions and
// outcomes count within the filter's months and sites, as computeResults counts them.
PartnerFigures computePartnerFigures(const QString &partnerId, const QList<ResultsOpportunity> &opportunities,
                                     const QStringList &organisedBy, const QList<PartnerContribution> &contributions,
                                     const QList<ResultsHours> &hours, const QList<ResultsPlacement> &placements,
                                     const ResultsFilter &filter);

// The CSV both `meedoen-server export partner` and the tablet write (RFC 4180, Meedoen::Csv):
// a row per month, then the total (with the opportunities, places filled and roles); euros
// and hours with two decimals.
QString formatPartnerFiguresCsv(const PartnerFigures &figures);

} // namespace Meedoen
