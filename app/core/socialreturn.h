// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Social return and the SROI inputs (issue 18, item 4). Suppliers with a social-return
// obligation (social return on investment in procurement: a share of a contract's value,
// typically 5 % of the contract sum or 7 % of the wage sum on contracts over € 250,000, with
// the supplier's PSO level) fulfil it with the training places and re-integration placements
// on their opportunities, each valued per placement type and duration from a euro table in the
// manner of the municipalities' bouwblokkenmethode. The SROI input sheet puts, per period and
// neighbourhood, what went in (partners' contributions, the corporation's staff hours) beside
// what came of it (volunteer hours at a proxy per hour, placements, moves up the ladder), with
// every proxy and its source: the figures a corporation's accountant needs.
//
// The table, the proxies and the obligations are the corporation's, configured on the server
// (`meedoen-server social-return import`) and pulled by every staff tablet; meedoen-server and
// the tablet hand the same facts to these functions, so the figures agree online and offline.

#include "core/domain.h"
#include "core/partner.h"
#include "core/resultfigures.h"
#include "core/validation.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace Meedoen {

// What the obligation is a share of.
enum class SocialReturnBasis { ContractSum, WageSum };
QString toKey(SocialReturnBasis basis);
std::optional<SocialReturnBasis> socialReturnBasisFromKey(QStringView key);

// The supplier's level on the Prestatieladder Socialer Ondernemen.
enum class PsoLevel { None, Aspirant, Trede1, Trede2, Trede3, Pso30Plus };
QString toKey(PsoLevel level);
std::optional<PsoLevel> psoLevelFromKey(QStringView key);
QList<PsoLevel> allPsoLevels();

// A money value per unit and where it comes from (written beside it on the sheet).
struct SroiProxy
{
    qint64 cents = 0;
    QString source;
    friend bool operator==(const SroiProxy &, const SroiProxy &) = default;
};

// A placement type's value: euros per month, pro rata per day (a month is 365/12 days), for
// at most maxMonths from the placement's start.
struct PlacementRate
{
    TrainingType type = TrainingType::Internship;
    qint64 centsPerMonth = 0;
    int maxMonths = 12;
    friend bool operator==(const PlacementRate &, const PlacementRate &) = default;
};

struct SocialReturnRates
{
    qint64 thresholdCents = 250'000'00;     // contracts above this carry an obligation
    int contractSumBasisPoints = 500;       // 5 % of the contract sum
    int wageSumBasisPoints = 700;           // 7 % of the wage sum
    QList<PlacementRate> placements;        // one per training type
    QString placementSource;
    SroiProxy volunteerHour;                // an hour of volunteer work
    SroiProxy staffHour;                    // an hour of a partner's or the corporation's staff
    SroiProxy premisesHour;                 // an hour's use of premises
    SroiProxy ladderMoveUp;                 // a tenant one rung up the ladder
    friend bool operator==(const SocialReturnRates &, const SocialReturnRates &) = default;

    const PlacementRate *rateFor(TrainingType type) const;
};

// Meedoen's default: indicative values to replace with the municipality's own table and the
// accountant's proxies; their source says so.
SocialReturnRates defaultSocialReturnRates();

inline constexpr int kMaxSocialReturnObligations = 500;
inline constexpr qint64 kMaxContractCents = 10'000'000'000'00;   // € 10 billion
inline constexpr qint64 kMaxRateCents = 1'000'000'00;            // € 1 million a unit
inline constexpr int kMaxPlacementMonths = 120;
inline constexpr int kMaxSourceLength = 300;
inline constexpr int kMaxContractLength = 120;

struct SocialReturnObligation
{
    QString id;                 // the corporation's own, e.g. the contract number
    QString partnerId;          // the supplier, in the partner register
    QString contract;           // what was procured, one line
    QString site;               // empty: every site
    qint64 contractCents = 0;   // the contract sum, or the wage sum with basis WageSum
    SocialReturnBasis basis = SocialReturnBasis::ContractSum;
    int basisPoints = 0;        // 0: the rates' default for the basis
    PsoLevel pso = PsoLevel::None;
    QDate start;
    QDate end;                  // inclusive
    friend bool operator==(const SocialReturnObligation &, const SocialReturnObligation &) = default;

    int effectiveBasisPoints(const SocialReturnRates &rates) const;
    qint64 requiredCents(const SocialReturnRates &rates) const;
};

// What the server keeps and sends to staff tablets (entity "social-return").
struct SocialReturnConfig
{
    SocialReturnRates rates = defaultSocialReturnRates();
    QList<SocialReturnObligation> obligations;
    friend bool operator==(const SocialReturnConfig &, const SocialReturnConfig &) = default;
};

// The first problem of the configuration (field path and translatable message, context
// "Validation"), or nullopt. Partner ids are checked against the register by the server.
std::optional<FieldError> checkSocialReturn(const SocialReturnConfig &config);

// ---- placements and their value

// One placement: from its "started" event to the next "completed" or "dropped-out" of the same
// sign-up (end invalid: still running).
struct PlacementPeriod
{
    QString signupId;
    QString opportunityId;
    QDate start;
    QDate end;
    bool completed = false;
    friend bool operator==(const PlacementPeriod &, const PlacementPeriod &) = default;
};
QList<PlacementPeriod> placementPeriods(const QList<ResultsPlacement> &events);

// The days of `p` valued within [from, to] (inclusive; `to` also bounds a running placement),
// no more than the rate's months from its start.
int valuedDays(const PlacementPeriod &p, const PlacementRate &rate, QDate from, QDate to);
// Pro rata: centsPerMonth × 12 / 365 a day, rounded to the cent.
qint64 placementValueCents(const PlacementRate &rate, int days);

struct ValuedPlacement
{
    PlacementPeriod period;
    TrainingType type = TrainingType::None;
    int days = 0;
    qint64 valueCents = 0;
    friend bool operator==(const ValuedPlacement &, const ValuedPlacement &) = default;
};

struct ObligationFulfilment
{
    SocialReturnObligation obligation;
    QString supplierName;
    int basisPoints = 0;                // the share in force
    qint64 requiredCents = 0;
    qint64 achievedCents = 0;
    QList<ValuedPlacement> placements;  // by start, then sign-up
    friend bool operator==(const ObligationFulfilment &, const ObligationFulfilment &) = default;
    // achieved / required (0 when nothing is required).
    double fulfilled() const { return requiredCents > 0 ? double(achievedCents) / double(requiredCents) : 0.0; }
};

// The facts both the server and the tablet read (the results facts with the partners').
struct SocialReturnFacts
{
    QList<ResultsOpportunity> opportunities;
    QStringList organisedBy;                    // partner id per opportunity (empty: none)
    QList<Partner> partners;
    QList<PartnerContribution> contributions;
    QList<ResultsPlacement> placements;
    QList<ResultsHours> hours;
    QList<LadderMoves> ladder;                  // computeResults' ladder over the sheet's filter
};

// Each obligation at `site` (empty: all) with the placements that count towards it: training
// placements on an opportunity of its supplier (the opportunity names the partner, or the
// partner is its werkgever in a contribution) at the obligation's site, started within the
// obligation's term, valued up to the term's end and `asOf`. Sorted by supplier name, then id.
QList<ObligationFulfilment> computeSocialReturn(const SocialReturnConfig &config, const SocialReturnFacts &facts,
                                                const QString &site, QDate asOf);

// ---- the SROI input sheet

struct SroiLine
{
    QString item;           // a stable key: partner-money, volunteer-hours, ...
    QString label;          // translatable (context "Sroi"), with the partner's name where one
    double quantity = 0;
    QString unit;           // "eur", "hours", "months", "count"
    qint64 proxyCents = -1; // -1: not valued (counted only)
    qint64 valueCents = 0;
    QString source;
    friend bool operator==(const SroiLine &, const SroiLine &) = default;
};

// The sheet's two parts as keys (the CSV's totals, the workbook, the tablet's screens).
inline constexpr QLatin1StringView kSroiInputs{"inputs"};
inline constexpr QLatin1StringView kSroiOutcomes{"outcomes"};

struct SroiSheet
{
    ResultsFilter filter;
    QDate asOf;
    QList<SroiLine> inputs;
    QList<SroiLine> outcomes;
    qint64 inputCents = 0;
    qint64 outcomeCents = 0;
    friend bool operator==(const SroiSheet &, const SroiSheet &) = default;
};

// The sheet for the filter's months (both needed), sites, neighbourhood and route.
SroiSheet computeSroiSheet(const SocialReturnRates &rates, const SocialReturnFacts &facts, const ResultsFilter &filter,
                           QDate asOf);

// The CSVs both `meedoen-server export sroi` / `export social-return` and the tablet write
// (RFC 4180, Meedoen::Csv; euros with two decimals, keys in the first column).
QString formatSroiCsv(const SroiSheet &sheet);
QString formatSocialReturnCsv(const QList<ObligationFulfilment> &fulfilment);

} // namespace Meedoen
