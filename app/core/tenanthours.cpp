// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tenanthours.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Meedoen {

namespace {

FieldError error(QStringView field, QLatin1StringView code, const QString &message)
{
    return FieldError{field.toString(), QString(code), message};
}

} // namespace

std::optional<FieldError> checkHoursDate(QDate date, QDate today, int windowDays)
{
    if (!date.isValid())
        return error(HoursField::date, "hours.date.format"_L1,
                     QCoreApplication::translate("Validation", "Vul de datum in zoals 3-12-2026."));
    if (date > today)
        return error(HoursField::date, "hours.date.future"_L1,
                     QCoreApplication::translate("Validation", "Deze datum ligt in de toekomst. Vul een dag in die al geweest is."));
    if (date.daysTo(today) > windowDays)
        return error(HoursField::date, "hours.date.window"_L1,
                     QCoreApplication::translate("Validation", "Je kunt uren tot %n dagen terug invullen.", nullptr, windowDays));
    return std::nullopt;
}

Validated<QDate> validateHoursDate(QStringView input, QDate today, int windowDays)
{
    const QString text = input.trimmed().toString();
    if (text.isEmpty())
        return {QDate(), error(HoursField::date, "hours.date.required"_L1,
                               QCoreApplication::translate("Validation", "Vul de datum in."))};
    QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid()) {
        static const QRegularExpression dayMonthYear(u"^(\\d{1,2})[-/.](\\d{1,2})(?:[-/.](\\d{2}|\\d{4}))?$"_s);
        const auto m = dayMonthYear.match(text);
        if (m.hasMatch()) {
            int year = m.captured(3).isEmpty() ? today.year() : m.captured(3).toInt();
            if (m.captured(3).size() == 2)
                year += 2000;
            date = QDate(year, m.captured(2).toInt(), m.captured(1).toInt());
        }
    }
    if (const auto problem = checkHoursDate(date, today, windowDays))
        return {date, problem};
    return {date, std::nullopt};
}

std::optional<FieldError> checkHoursMinutes(int minutes)
{
    if (minutes <= 0)
        return error(HoursField::duration, "hours.duration.required"_L1,
                     QCoreApplication::translate("Validation", "Vul in hoe lang je bezig was, bijvoorbeeld 1:30."));
    if (minutes % kHoursStepMinutes != 0)
        return error(HoursField::duration, "hours.duration.quarter"_L1,
                     QCoreApplication::translate("Validation", "Vul de tijd in per kwartier, bijvoorbeeld 1:15 of 1:30."));
    const int maxHours = kTenantMaxMinutesPerDay / 60;
    if (minutes > kTenantMaxMinutesPerDay)
        return error(HoursField::duration, "hours.duration.dayLimit"_L1,
                     QCoreApplication::translate("Validation", "Je kunt hoogstens %n uur per dag invullen.", nullptr, maxHours));
    return std::nullopt;
}

std::optional<FieldError> checkHoursDayTotal(int sameDayMinutes, int minutes)
{
    const int maxHours = kTenantMaxMinutesPerDay / 60;
    if (sameDayMinutes + minutes > kTenantMaxMinutesPerDay)
        return error(HoursField::duration, "hours.duration.dayLimit"_L1,
                     QCoreApplication::translate("Validation", "Met deze uren kom je boven %n uur op die dag.", nullptr, maxHours));
    return std::nullopt;
}

Validated<int> validateHoursDuration(QStringView input)
{
    const QString text = input.trimmed().toString();
    if (text.isEmpty())
        return {0, checkHoursMinutes(0)};
    int minutes = -1;
    static const QRegularExpression clock(u"^(\\d{1,2}):(\\d{2})$"_s);
    static const QRegularExpression decimal(u"^(\\d{1,2})(?:[.,](\\d{1,2}))?$"_s);
    if (const auto m = clock.match(text); m.hasMatch()) {
        if (m.captured(2).toInt() < 60)
            minutes = m.captured(1).toInt() * 60 + m.captured(2).toInt();
    } else if (const auto d = decimal.match(text); d.hasMatch()) {
        const QString fraction = d.captured(2);
        const int hundredths = fraction.isEmpty() ? 0 : (fraction.size() == 1 ? fraction.toInt() * 10 : fraction.toInt());
        if (hundredths * 60 % 100 == 0)
            minutes = d.captured(1).toInt() * 60 + hundredths * 60 / 100;
        else
            minutes = 1; // not a whole minute: certainly not a quarter
    }
    if (minutes < 0)
        return {0, error(HoursField::duration, "hours.duration.format"_L1,
                         QCoreApplication::translate("Validation", "Vul de tijd in zoals 1:30 (uren:minuten)."))};
    if (const auto problem = checkHoursMinutes(minutes))
        return {minutes, problem};
    return {minutes, std::nullopt};
}

QString formatHoursDuration(int minutes)
{
    return u"%1:%2"_s.arg(minutes / 60).arg(minutes % 60, 2, 10, QChar(u'0'));
}

} // namespace Meedoen
