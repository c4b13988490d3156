// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// "Wie past hierbij?": which tenants staff could ask for an opportunity, and why. A tenant is
// proposed only while their `matching` consent stands; they are matched on interests (the
// opportunity's tags), availability (the days and parts of day its schedule names),
// neighbourhood and the languages the opportunity asks for, and ranked by how well they fit.
// Pure rules: the tablet hands in what it holds, nothing is read here.

#include "core/domain.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace Meedoen {

// The consent purpose that lets staff propose a tenant for an opportunity.
inline constexpr QStringView kMatchingConsent = u"matching";
// The consent purpose that lets the organiser see a confirmed tenant's name and contact.
inline constexpr QStringView kSharePartnerConsent = u"share-partner";

// True while the tenant's latest consent for `purpose` is given and not withdrawn.
bool hasActiveConsent(const QList<ConsentRecord> &consents, QStringView purpose);

// The weekdays and parts of day a Dutch schedule text names ("Elke dinsdag 9:00–12:00",
// "Maandag tot en met vrijdag 7:30–16:00", "Woensdag- en zaterdagmiddag"): morning before
// 12:00, afternoon 12:00–18:00, evening after 18:00; a day without times is the whole day.
// Nothing when the text names no weekday ("tijd in overleg").
std::optional<Availability> scheduleSlots(QStringView schedule);

// The languages an opportunity works in (BCP 47 codes): those its texts name ("Engels",
// "Turks" …) and Dutch when it asks for a Dutch level or names Dutch; else Dutch, the
// language of the corporation.
QStringList opportunityLanguages(const Opportunity &o);

struct Candidate
{
    Person person;
    QList<ConsentRecord> consents;
    bool signedUp = false;          // already has a sign-up for this opportunity
};

struct CandidateMatch
{
    Person person;
    bool signedUp = false;
    QStringList interests;          // the person's interests among the opportunity's tags
    Availability freeSlots;             // the person's free freeSlots the schedule names
    bool flexibleTimes = false;     // the schedule names no day; the person gave some availability
    bool neighbourhood = false;     // the person lives in the opportunity's neighbourhood
    QStringList languages;          // the person's languages the opportunity works in
    int score = 0;
};

// The candidates with `matching` consent who fit on at least one point, best first (score,
// then family and given name); those already signed up last.
QList<CandidateMatch> matchCandidates(const Opportunity &opportunity, const QList<Candidate> &candidates);

// The reason in words, in the app's language: "Interesse: Tuin en groen · Beschikbaar:
// dinsdagochtend · Woont in Wielewaal · Spreekt Nederlands". `interestLabel` names an
// interest key (the registration's labels).
QString candidateReason(const CandidateMatch &match, const QString &neighbourhoodName,
                        const std::function<QString(const QString &)> &interestLabel);

// "dinsdagochtend": a weekday (Mon=0) and part of day in the app's language.
QString slotName(int weekday, PartOfDay part);

} // namespace Meedoen
