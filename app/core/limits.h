// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/validation.h"

#include <QObject>

namespace Meedoen {

// Conflicts the server sets aside for one device (a seq or a mutation id reused with another
// payload), unresolved ones counted: past either number nothing more is stored and the push is
// answered 429 `conflict-limit`; the device waits the Retry-After before it pushes again
// (docs/security/scope.md).
inline constexpr int kMaxConflictsPerDevice = 100;
inline constexpr qint64 kMaxConflictBytesPerDevice = 1024 * 1024;
inline constexpr int kConflictLimitRetryAfterSeconds = 3600;

// The domain's limits as screens need them (a validator's top, a field's maximumLength),
// read from the same constants the validators and the server use, so a screen never
// re-types one. QML reaches them as AppContext.limits.
class Limits
{
    Q_GADGET
    Q_PROPERTY(int maxNameLength READ maxNameLength CONSTANT)
    Q_PROPERTY(int maxShortTextLength READ maxShortTextLength CONSTANT)
    Q_PROPERTY(int maxFreeTextLength READ maxFreeTextLength CONSTANT)
    Q_PROPERTY(int maxEmailLength READ maxEmailLength CONSTANT)
    Q_PROPERTY(int minHouseNumber READ minHouseNumber CONSTANT)
    Q_PROPERTY(int maxHouseNumber READ maxHouseNumber CONSTANT)
    Q_PROPERTY(int maxHouseNumberAdditionLength READ maxHouseNumberAdditionLength CONSTANT)
    Q_PROPERTY(int maxTenantNumberLength READ maxTenantNumberLength CONSTANT)
    Q_PROPERTY(int minimumVolunteerAge READ minimumVolunteerAge CONSTANT)
    Q_PROPERTY(int maxOpportunityMinimumAge READ maxOpportunityMinimumAge CONSTANT)
    Q_PROPERTY(int maxCapacity READ maxCapacity CONSTANT)
    Q_PROPERTY(int maxMinutesPerDay READ maxMinutesPerDay CONSTANT)
    Q_PROPERTY(int maxAgreedMinutesPerMonth READ maxAgreedMinutesPerMonth CONSTANT)
    Q_PROPERTY(int maxAgreedHoursPerMonth READ maxAgreedHoursPerMonth CONSTANT)

public:
    static constexpr int maxNameLength() { return kMaxNameLength; }
    static constexpr int maxShortTextLength() { return kMaxShortTextLength; }
    static constexpr int maxFreeTextLength() { return kMaxFreeTextLength; }
    static constexpr int maxEmailLength() { return kMaxEmailLength; }
    static constexpr int minHouseNumber() { return kMinHouseNumber; }
    static constexpr int maxHouseNumber() { return kMaxHouseNumber; }
    static constexpr int maxHouseNumberAdditionLength() { return kMaxHouseNumberAdditionLength; }
    static constexpr int maxTenantNumberLength() { return kMaxTenantNumberLength; }
    static constexpr int minimumVolunteerAge() { return kMinimumVolunteerAge; }
    static constexpr int maxOpportunityMinimumAge() { return kMaxOpportunityMinimumAge; }
    static constexpr int maxCapacity() { return kMaxCapacity; }
    static constexpr int maxMinutesPerDay() { return kMaxMinutesPerDay; }
    static constexpr int maxAgreedMinutesPerMonth() { return kMaxAgreedMinutesPerMonth; }
    // The staff screen takes the agreement in whole hours.
    static constexpr int maxAgreedHoursPerMonth() { return kMaxAgreedMinutesPerMonth / 60; }

    friend constexpr bool operator==(const Limits &, const Limits &) = default;
};

} // namespace Meedoen
