// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/inboxnotice.h"

#include "core/tenanthours.h"

#include <QCoreApplication>

namespace Meedoen {

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("InboxNotice", text);
}

bool isDecision(SignupState state)
{
    return state == SignupState::Confirmed || state == SignupState::Waitlisted || state == SignupState::Declined;
}

} // namespace

bool isSignupNews(const Signup &before, const Signup &after)
{
    if (after.serverVersion <= before.serverVersion)
        return false;
    if (after.state != before.state && isDecision(after.state))
        return true;
    if (after.state == SignupState::Confirmed && after.placement
        && (after.placement != before.placement || after.placementDate != before.placementDate))
        return true;
    const QString message = after.messageToTenant.trimmed();
    return !message.isEmpty() && message != before.messageToTenant.trimmed();
}

QString hoursNoticeSentence(const HoursNotice &n, const QLocale &locale)
{
    const QString date = locale.toString(n.date, QLocale::LongFormat);
    const QString logged = formatHoursDuration(n.minutes);
    switch (n.event) {
    case HoursNotice::Event::Verified:
        return translated(QT_TRANSLATE_NOOP("InboxNotice", "Je uren van %1 (%2 uur) zijn goedgekeurd."))
            .arg(date, logged);
    case HoursNotice::Event::Corrected:
        return translated(QT_TRANSLATE_NOOP("InboxNotice", "Je uren van %1 zijn aangepast van %2 naar %3 uur."))
            .arg(date, logged, formatHoursDuration(n.correctedMinutes));
    case HoursNotice::Event::Rejected:
        return translated(QT_TRANSLATE_NOOP("InboxNotice", "Je uren van %1 (%2 uur) zijn afgekeurd."))
            .arg(date, logged);
    }
    return {};
}

QString hoursNoticeMessage(const HoursNotice &n)
{
    const QString note = n.note.trimmed();
    if (note.isEmpty())
        return {};
    return translated(QT_TRANSLATE_NOOP("InboxNotice", "Bericht van de medewerker: “%1”")).arg(note);
}

} // namespace Meedoen
