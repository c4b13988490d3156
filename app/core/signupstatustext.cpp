// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/signupstatustext.h"

#include <QCoreApplication>

namespace Meedoen {

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("SignupStatusText", text);
}

// The sentence with its date when there is one, the same sentence without otherwise.
QString dated(const char *withDate, const char *withoutDate, const QDate &date, const QLocale &locale)
{
    if (!date.isValid())
        return translated(withoutDate);
    return translated(withDate).arg(locale.toString(date, QLocale::LongFormat));
}

QString placementSentence(PlacementEvent event, const QDate &date, const QLocale &locale)
{
    switch (event) {
    case PlacementEvent::Started:
        return dated(QT_TRANSLATE_NOOP("SignupStatusText", "Je plek is begonnen op %1."),
                     QT_TRANSLATE_NOOP("SignupStatusText", "Je plek is begonnen."), date, locale);
    case PlacementEvent::Completed:
        return dated(QT_TRANSLATE_NOOP("SignupStatusText", "Je hebt je plek afgerond op %1. Goed gedaan!"),
                     QT_TRANSLATE_NOOP("SignupStatusText", "Je hebt je plek afgerond. Goed gedaan!"), date, locale);
    case PlacementEvent::DroppedOut:
        return dated(QT_TRANSLATE_NOOP("SignupStatusText", "Je plek is gestopt op %1."),
                     QT_TRANSLATE_NOOP("SignupStatusText", "Je plek is gestopt."), date, locale);
    }
    return {};
}

} // namespace

QString signupStatusSentence(const Signup &s, const QLocale &locale)
{
    const QDate date = s.stateAt.isValid() ? s.stateAt.toLocalTime().date() : QDate();
    using S = SignupState;
    switch (s.state) {
    case S::Draft:
    case S::Queued:
        return translated(QT_TRANSLATE_NOOP("SignupStatusText", "Nog niet verstuurd. Je aanmelding gaat mee zodra er verbinding is."));
    case S::Sent:
        return translated(QT_TRANSLATE_NOOP("SignupStatusText", "Verstuurd. We laten je weten of je een plek hebt."));
    case S::Pending:
        return dated(QT_TRANSLATE_NOOP("SignupStatusText",
                                       "Aangevraagd op %1. Je plek wordt vastgehouden; een medewerker bekijkt je aanmelding en laat het je weten."),
                     QT_TRANSLATE_NOOP("SignupStatusText",
                                       "Aangevraagd. Je plek wordt vastgehouden; een medewerker bekijkt je aanmelding en laat het je weten."),
                     date, locale);
    case S::Confirmed:
        if (s.placement)
            return placementSentence(*s.placement, s.placementDate, locale);
        return dated(QT_TRANSLATE_NOOP("SignupStatusText", "Je hebt een plek. Bevestigd op %1."),
                     QT_TRANSLATE_NOOP("SignupStatusText", "Je hebt een plek."), date, locale);
    case S::Waitlisted: {
        const QString position = locale.toString(s.waitlistPosition);
        if (s.waitlistPosition > 0)
            return date.isValid()
                ? translated(QT_TRANSLATE_NOOP("SignupStatusText", "Je staat op de wachtlijst, op nummer %1 (bijgewerkt op %2)."))
                      .arg(position, locale.toString(date, QLocale::LongFormat))
                : translated(QT_TRANSLATE_NOOP("SignupStatusText", "Je staat op de wachtlijst, op nummer %1.")).arg(position);
        return dated(QT_TRANSLATE_NOOP("SignupStatusText", "Je staat op de wachtlijst (bijgewerkt op %1)."),
                     QT_TRANSLATE_NOOP("SignupStatusText", "Je staat op de wachtlijst."), date, locale);
    }
    case S::Declined:
        switch (s.declineCause) {
        case DeclineCause::StaffDecision:
            return dated(QT_TRANSLATE_NOOP("SignupStatusText", "Een medewerker heeft je aanmelding op %1 afgewezen."),
                         QT_TRANSLATE_NOOP("SignupStatusText", "Een medewerker heeft je aanmelding afgewezen."), date,
                         locale);
        case DeclineCause::OpportunityEnded:
            return dated(QT_TRANSLATE_NOOP("SignupStatusText",
                                           "Niet gelukt: de activiteit was afgelopen voordat er een plek vrijkwam (%1)."),
                         QT_TRANSLATE_NOOP("SignupStatusText",
                                           "Niet gelukt: de activiteit was afgelopen voordat er een plek vrijkwam."),
                         date, locale);
        case DeclineCause::IdentifyFailed:
            return translated(QT_TRANSLATE_NOOP("SignupStatusText",
                                                "Niet gelukt: je persoonlijke code en je geboortedatum passen niet bij elkaar. Kijk ze na en meld je opnieuw aan."));
        case DeclineCause::IdentifyWait:
            return translated(QT_TRANSLATE_NOOP("SignupStatusText",
                                                "Niet gelukt: hier is te vaak een verkeerde code of geboortedatum ingevuld. Probeer het later nog eens."));
        case DeclineCause::CodeLocked:
            return translated(QT_TRANSLATE_NOOP("SignupStatusText",
                                                "Niet gelukt: je persoonlijke code is op slot gezet, omdat er te vaak een verkeerde geboortedatum bij is ingevuld. Ga naar je wijkconsulent. Die kan hem weer openzetten."));
        case DeclineCause::Other:
            break;
        }
        return dated(QT_TRANSLATE_NOOP("SignupStatusText", "Je aanmelding is op %1 niet gelukt."),
                     QT_TRANSLATE_NOOP("SignupStatusText", "Je aanmelding is niet gelukt."), date, locale);
    case S::Withdrawn:
        return dated(QT_TRANSLATE_NOOP("SignupStatusText", "Je hebt je afgemeld op %1."),
                     QT_TRANSLATE_NOOP("SignupStatusText", "Je hebt je afgemeld."), date, locale);
    }
    return {};
}

QString signupMessageText(const Signup &s)
{
    const QString message = s.messageToTenant.trimmed();
    if (message.isEmpty())
        return {};
    return translated(QT_TRANSLATE_NOOP("SignupStatusText", "Bericht van de medewerker: “%1”")).arg(message);
}

QString signupStatusText(const Signup &s, const QLocale &locale)
{
    const QString message = signupMessageText(s);
    const QString sentence = signupStatusSentence(s, locale);
    return message.isEmpty() ? sentence : sentence + u'\n' + message;
}

QString languageInWords(const QString &code)
{
    if (code == u"nl")
        return translated(QT_TRANSLATE_NOOP("SignupStatusText", "Nederlands"));
    if (code == u"en")
        return translated(QT_TRANSLATE_NOOP("SignupStatusText", "Engels"));
    if (code == u"tr")
        return translated(QT_TRANSLATE_NOOP("SignupStatusText", "Turks"));
    if (code == u"ar")
        return translated(QT_TRANSLATE_NOOP("SignupStatusText", "Arabisch"));
    if (code == u"pl")
        return translated(QT_TRANSLATE_NOOP("SignupStatusText", "Pools"));
    return code;
}

QString consentGivenSentence(const ConsentRecord &c, const QLocale &locale)
{
    const QString date = locale.toString(c.givenAt.toLocalTime().date(), QLocale::LongFormat);
    if (c.language.isEmpty())
        return translated(QT_TRANSLATE_NOOP("SignupStatusText", "Gegeven op %1, tekstversie %2")).arg(date, c.textVersion);
    return translated(QT_TRANSLATE_NOOP("SignupStatusText", "Gegeven op %1 in het %2, tekstversie %3"))
        .arg(date, languageInWords(c.language), c.textVersion);
}

} // namespace Meedoen
