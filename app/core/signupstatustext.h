// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The one place that turns what a device knows about a sign-up (state, waitlist position,
// why it was declined, the last placement event, the staff member's message, the date) into
// the sentence a tenant reads, in the app's language. The phone's list, the kiosk's receipt
// and the phone's receipt all use it, so no state or reason key ever reaches a screen. A
// consent is read the same way, by the tenant ("Mijn gegevens") and by staff (the person page).

#include "core/signup.h"

#include <QLocale>

namespace Meedoen {

// "Je hebt een plek (bevestigd op 3 december 2026)." — without the staff member's message.
QString signupStatusSentence(const Signup &signup, const QLocale &locale);
// "Bericht van de medewerker: …", or "" without a message.
QString signupMessageText(const Signup &signup);
// The sentence and the message together (an accessible name, a single label).
QString signupStatusText(const Signup &signup, const QLocale &locale);

// A language the app speaks in words of the app's language ("Turks"); the code when unknown.
QString languageInWords(const QString &code);
// "Gegeven op 4 december 2026 in het Turks, tekstversie 2" — without the language when the
// consent does not record it (given with an older app).
QString consentGivenSentence(const ConsentRecord &consent, const QLocale &locale);

} // namespace Meedoen
