// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain.h"
#include "core/keys.h"
#include "core/trajectory.h"

#include <array>

namespace Meedoen {

namespace {
constexpr std::array<QStringView, 4> routeKeys = {u"wonen", u"leren", u"werken", u"vrije-tijd"};
constexpr std::array<QStringView, 3> kindKeys = {u"volunteer", u"self-management", u"training"};
constexpr std::array<QStringView, 4> trainingKeys = {u"", u"internship", u"learn-work", u"reintegration"};
constexpr std::array<QStringView, 3> statusKeys = {u"open", u"paused", u"closed"};
constexpr std::array<QStringView, 3> placementKeys = {u"started", u"completed", u"dropped-out"};
constexpr std::array<QStringView, 2> identityMethodKeys = {u"tenant-number", u"address"};

} // namespace

const QStringList &consentPurposes()
{
    static const QStringList purposes{QStringLiteral("contact"), QStringLiteral("matching"),
                                      QStringLiteral("share-partner"), kTrajectoryConsent.toString()};
    return purposes;
}

QString toKey(Route r) { return keyOf(routeKeys, r); }
QString toKey(OpportunityKind k) { return keyOf(kindKeys, k); }
QString toKey(TrainingType t) { return keyOf(trainingKeys, t); }
QString toKey(OpportunityStatus s) { return keyOf(statusKeys, s); }
QString toKey(PlacementEvent p) { return keyOf(placementKeys, p); }
QString toKey(IdentityMethod m) { return keyOf(identityMethodKeys, m); }

std::optional<Route> routeFromKey(QStringView key) { return enumFromKey<Route>(routeKeys, key); }
std::optional<OpportunityKind> kindFromKey(QStringView key) { return enumFromKey<OpportunityKind>(kindKeys, key); }
std::optional<TrainingType> trainingTypeFromKey(QStringView key)
{
    return enumFromKey<TrainingType>(trainingKeys, key);
}
std::optional<OpportunityStatus> statusFromKey(QStringView key)
{
    return enumFromKey<OpportunityStatus>(statusKeys, key);
}
std::optional<PlacementEvent> placementEventFromKey(QStringView key)
{
    return enumFromKey<PlacementEvent>(placementKeys, key);
}
std::optional<IdentityMethod> identityMethodFromKey(QStringView key)
{
    return enumFromKey<IdentityMethod>(identityMethodKeys, key);
}

} // namespace Meedoen
