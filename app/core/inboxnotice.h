// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What a phone's inbox tells its tenant (issue 13): which pulled changes are news, and the
// sentence for staff's word on their hours (a sign-up's is signupstatustext.h's). The inbox
// keeps facts (keys, dates, minutes, the staff member's words); the sentence is made here in
// the app's language whenever it is shown.

#include "core/signup.h"

#include <QDate>
#include <QLocale>

namespace Meedoen {

// Staff's word on hours the tenant logged.
struct HoursNotice
{
    enum class Event { Verified, Corrected, Rejected };
    Event event = Event::Verified;
    QDate date;                 // the day the hours were for
    int minutes = 0;            // what the tenant logged
    int correctedMinutes = 0;   // Corrected: what staff put in its place
    QString note;               // Corrected or Rejected: the staff member's words
    friend bool operator==(const HoursNotice &, const HoursNotice &) = default;
};

// True when the server's newer word on a sign-up the phone already held is news for the
// tenant: a decision (confirmed, waitlisted, declined — also pending → confirmed), a
// placement started, completed or stopped, or a new message from staff. A sign-up seen for
// the first time (made on a kiosk, or the first pull after linking) is listed, not announced;
// an older or repeated version is never news.
bool isSignupNews(const Signup &before, const Signup &after);

// "Je uren van 3 december 2026 (2:00) zijn goedgekeurd." — without the staff member's note.
QString hoursNoticeSentence(const HoursNotice &notice, const QLocale &locale);
// "Bericht van de medewerker: …", or "" without a note.
QString hoursNoticeMessage(const HoursNotice &notice);

} // namespace Meedoen
