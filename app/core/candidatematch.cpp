// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/candidatematch.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace Meedoen {

namespace {

constexpr std::array<QStringView, 7> kWeekdays = {u"maandag", u"dinsdag", u"woensdag", u"donderdag",
                                                  u"vrijdag", u"zaterdag", u"zondag"};

int weekdayOf(QStringView word)
{
    for (int d = 0; d < int(kWeekdays.size()); ++d) {
        if (kWeekdays[std::size_t(d)] == word)
            return d;
    }
    return -1;
}

// The parts of day a time span [from, to) in minutes touches; a single time is its own part.
QList<PartOfDay> partsOf(int from, int to)
{
    if (to <= from)
        to = from + 1;
    QList<PartOfDay> parts;
    if (from < 12 * 60)
        parts.append(PartOfDay::Morning);
    if (from < 18 * 60 && to > 12 * 60)
        parts.append(PartOfDay::Afternoon);
    if (to > 18 * 60)
        parts.append(PartOfDay::Evening);
    return parts;
}

struct LanguageName
{
    QStringView code;
    QStringView dutchWord;      // as an opportunity's text names it
    const char *name;           // as the reason names it
};

const std::array<LanguageName, 5> &languageNames()
{
    static const std::array<LanguageName, 5> names = {{
        {u"nl", u"nederlands", QT_TRANSLATE_NOOP("CandidateMatch", "Nederlands")},
        {u"en", u"engels", QT_TRANSLATE_NOOP("CandidateMatch", "Engels")},
        {u"tr", u"turks", QT_TRANSLATE_NOOP("CandidateMatch", "Turks")},
        {u"ar", u"arabisch", QT_TRANSLATE_NOOP("CandidateMatch", "Arabisch")},
        {u"pl", u"pools", QT_TRANSLATE_NOOP("CandidateMatch", "Pools")},
    }};
    return names;
}

QString languageName(const QString &code)
{
    for (const LanguageName &l : languageNames()) {
        if (l.code == code)
            return QCoreApplication::translate("CandidateMatch", l.name);
    }
    return code;
}

} // namespace

bool hasActiveConsent(const QList<ConsentRecord> &consents, QStringView purpose)
{
    return std::any_of(consents.begin(), consents.end(),
                       [purpose](const ConsentRecord &c) { return c.purpose == purpose && c.isActive(); });
}

std::optional<Availability> scheduleSlots(QStringView schedule)
{
    static const QRegularExpression dayWord(
        u"(maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)(ochtend|middag|avond)?(-)?"_s);
    static const QRegularExpression time(u"(\\d{1,2})[:.](\\d{2})(?:\\s*[–-]\\s*(\\d{1,2})[:.](\\d{2}))?"_s);
    const QString text = schedule.toString().toLower();

    // The parts of day the times name; none: the whole day.
    QList<PartOfDay> timed;
    for (auto it = time.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const int from = m.captured(1).toInt() * 60 + m.captured(2).toInt();
        const int to = m.hasCaptured(3) ? m.captured(3).toInt() * 60 + m.captured(4).toInt() : from;
        for (PartOfDay p : partsOf(from, to)) {
            if (!timed.contains(p))
                timed.append(p);
        }
    }
    if (timed.isEmpty())
        timed = {PartOfDay::Morning, PartOfDay::Afternoon, PartOfDay::Evening};

    struct Named { int day; std::optional<PartOfDay> part; bool sharesNext; qsizetype start, end; };
    QList<Named> named;
    for (auto it = dayWord.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        std::optional<PartOfDay> part;
        if (m.captured(2) == u"ochtend")
            part = PartOfDay::Morning;
        else if (m.captured(2) == u"middag")
            part = PartOfDay::Afternoon;
        else if (m.captured(2) == u"avond")
            part = PartOfDay::Evening;
        named.append({weekdayOf(m.captured(1)), part, m.hasCaptured(3), m.capturedStart(), m.capturedEnd()});
    }
    if (named.isEmpty())
        return std::nullopt;
    // "Woensdag- en zaterdagmiddag": the first day takes the part of the next.
    for (qsizetype i = named.size() - 2; i >= 0; --i) {
        if (named[i].sharesNext && !named[i].part)
            named[i].part = named[i + 1].part;
    }

    Availability found;
    auto add = [&](int day, const std::optional<PartOfDay> &part) {
        for (PartOfDay p : part ? QList<PartOfDay>{*part} : timed)
            found.set(day, p);
    };
    for (qsizetype i = 0; i < named.size(); ++i) {
        const Named &n = named[i];
        add(n.day, n.part);
        if (i == 0)
            continue;
        // "maandag tot en met vrijdag": every day between the two as well.
        const QString between = text.mid(named[i - 1].end, n.start - named[i - 1].end);
        if (between.contains(u"tot en met") || between.contains(u"t/m")) {
            for (int d = named[i - 1].day + 1; d < n.day; ++d)
                add(d, n.part);
        }
    }
    return found;
}

QStringList opportunityLanguages(const Opportunity &o)
{
    const QString text = (o.title + u' ' + o.summary + u' ' + o.description).toLower();
    QStringList codes;
    if (!o.languageLevel.isEmpty())
        codes.append(u"nl"_s);
    for (const LanguageName &l : languageNames()) {
        const QRegularExpression word(u"\\b"_s + l.dutchWord.toString());
        if (!codes.contains(l.code) && word.match(text).hasMatch())
            codes.append(l.code.toString());
    }
    if (codes.isEmpty())
        codes.append(u"nl"_s);
    return codes;
}

QList<CandidateMatch> matchCandidates(const Opportunity &opportunity, const QList<Candidate> &candidates)
{
    const std::optional<Availability> schedule = scheduleSlots(opportunity.schedule);
    const QStringList languages = opportunityLanguages(opportunity);
    QList<CandidateMatch> matches;
    for (const Candidate &c : candidates) {
        // Without the tenant's consent staff never see them here, not even greyed.
        if (!hasActiveConsent(c.consents, kMatchingConsent))
            continue;
        CandidateMatch m;
        m.person = c.person;
        m.signedUp = c.signedUp;
        for (const QString &interest : c.person.interests) {
            if (opportunity.tags.contains(interest))
                m.interests.append(interest);
        }
        if (schedule)
            m.freeSlots = Availability(schedule->bits() & c.person.availability.bits());
        else
            m.flexibleTimes = !c.person.availability.isEmpty();
        m.neighbourhood = !opportunity.neighbourhood.isEmpty()
            && c.person.neighbourhoods.contains(opportunity.neighbourhood);
        for (const QString &code : c.person.languages) {
            if (languages.contains(code))
                m.languages.append(code);
        }
        // A shared language alone is no reason to ask someone.
        if (m.interests.isEmpty() && m.freeSlots.isEmpty() && !m.flexibleTimes && !m.neighbourhood)
            continue;
        m.score = 3 * int(m.interests.size()) + (m.freeSlots.isEmpty() ? 0 : 2) + (m.flexibleTimes ? 1 : 0)
            + (m.neighbourhood ? 2 : 0) + (m.languages.isEmpty() ? 0 : 1);
        matches.append(m);
    }
    std::stable_sort(matches.begin(), matches.end(), [](const CandidateMatch &a, const CandidateMatch &b) {
        if (a.signedUp != b.signedUp)
            return !a.signedUp;
        if (a.score != b.score)
            return a.score > b.score;
        const int family = a.person.familyName.localeAwareCompare(b.person.familyName);
        if (family != 0)
            return family < 0;
        return a.person.givenName.localeAwareCompare(b.person.givenName) < 0;
    });
    return matches;
}

QString slotName(int weekday, PartOfDay part)
{
    static const std::array<const char *, 7> days = {
        QT_TRANSLATE_NOOP("CandidateMatch", "maandag"),  QT_TRANSLATE_NOOP("CandidateMatch", "dinsdag"),
        QT_TRANSLATE_NOOP("CandidateMatch", "woensdag"), QT_TRANSLATE_NOOP("CandidateMatch", "donderdag"),
        QT_TRANSLATE_NOOP("CandidateMatch", "vrijdag"),  QT_TRANSLATE_NOOP("CandidateMatch", "zaterdag"),
        QT_TRANSLATE_NOOP("CandidateMatch", "zondag")};
    static const std::array<const char *, 3> parts = {QT_TRANSLATE_NOOP("CandidateMatch", "ochtend"),
                                                      QT_TRANSLATE_NOOP("CandidateMatch", "middag"),
                                                      QT_TRANSLATE_NOOP("CandidateMatch", "avond")};
    return QCoreApplication::translate("CandidateMatch", "%1%2",
                                       "A weekday (%1) and a part of the day (%2), one word in Dutch: dinsdagochtend")
        .arg(QCoreApplication::translate("CandidateMatch", days[std::size_t(weekday)]),
             QCoreApplication::translate("CandidateMatch", parts[std::size_t(part)]));
}

QString candidateReason(const CandidateMatch &match, const QString &neighbourhoodName,
                        const std::function<QString(const QString &)> &interestLabel)
{
    QStringList reasons;
    if (!match.interests.isEmpty()) {
        QStringList labels;
        for (const QString &key : match.interests)
            labels.append(interestLabel ? interestLabel(key) : key);
        reasons.append(QCoreApplication::translate("CandidateMatch", "Interesse: %1").arg(labels.join(u", "_s)));
    }
    if (!match.freeSlots.isEmpty()) {
        constexpr int kShown = 3;
        QStringList shown;
        int more = 0;
        for (int d = 0; d < 7; ++d) {
            for (PartOfDay p : {PartOfDay::Morning, PartOfDay::Afternoon, PartOfDay::Evening}) {
                if (!match.freeSlots.contains(d, p))
                    continue;
                if (shown.size() < kShown)
                    shown.append(slotName(d, p));
                else
                    ++more;
            }
        }
        const QString named = shown.join(u", "_s);
        reasons.append(more > 0 ? QCoreApplication::translate("CandidateMatch", "Beschikbaar: %1 en nog %n dagdelen",
                                                              nullptr, more).arg(named)
                                : QCoreApplication::translate("CandidateMatch", "Beschikbaar: %1").arg(named));
    } else if (match.flexibleTimes) {
        reasons.append(QCoreApplication::translate("CandidateMatch", "Tijden in overleg"));
    }
    if (match.neighbourhood)
        reasons.append(QCoreApplication::translate("CandidateMatch", "Woont in %1")
                           .arg(neighbourhoodName.isEmpty() ? match.person.neighbourhoods.first() : neighbourhoodName));
    if (!match.languages.isEmpty()) {
        QStringList names;
        for (const QString &code : match.languages)
            names.append(languageName(code));
        reasons.append(QCoreApplication::translate("CandidateMatch", "Spreekt %1").arg(names.join(u", "_s)));
    }
    return reasons.join(u" · "_s);
}

} // namespace Meedoen
