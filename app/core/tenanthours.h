// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The rules of hours a tenant logs on their phone (issue 13): the phone's form checks them
// with translated messages, the server refuses the same with a reason (hourspush.cpp). Staff
// logging hours on the tablet are not bound by them.

#include "core/validation.h"

#include <QDate>

namespace Meedoen {

inline constexpr int kHoursWindowDays = 60;           // how far back a tenant may log (corporation default)
inline constexpr int kHoursStepMinutes = 15;          // quarter hours
inline constexpr int kTenantMaxMinutesPerDay = 12 * 60; // per day and sign-up

namespace HoursField {
inline constexpr QStringView date = u"date";
inline constexpr QStringView duration = u"duration";
inline constexpr QStringView note = u"note";
inline constexpr QStringView opportunity = u"opportunityId";
} // namespace HoursField

// "3-12-2026", "3/12/2026", "2026-12-03", "3-12" (this year). Codes: hours.date.required,
// hours.date.format, hours.date.future, hours.date.window.
Validated<QDate> validateHoursDate(QStringView input, QDate today, int windowDays = kHoursWindowDays);
// The same rules for a date already parsed (the server's check).
std::optional<FieldError> checkHoursDate(QDate date, QDate today, int windowDays = kHoursWindowDays);

// "1:30", "1,5", "1.25", "2" (hours) → minutes, in quarter hours, at most 12 hours. Codes:
// hours.duration.required, hours.duration.format, hours.duration.quarter, hours.duration.dayLimit.
Validated<int> validateHoursDuration(QStringView input);
std::optional<FieldError> checkHoursMinutes(int minutes);
// Twelve hours a day per sign-up, over every entry of that day: `sameDayMinutes` is what the
// tenant's other entries for that day and place already hold. Code: hours.duration.dayLimit.
std::optional<FieldError> checkHoursDayTotal(int sameDayMinutes, int minutes);

// What the duration field shows for a number of minutes ("1:30").
QString formatHoursDuration(int minutes);

} // namespace Meedoen
