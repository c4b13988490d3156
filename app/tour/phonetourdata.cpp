// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tour/phonetourdata.h"

#include "controllers/appcontext.h"
#include "core/signup.h"
#include "protocol/changes.h"
#include "protocol/outcome.h"
#include "storage/database.h"
#include "storage/inboxrepository.h"
#include "storage/phonehoursrepository.h"
#include "storage/registrationrepository.h"
#include "storage/trajectoryrepository.h"
#include "storage/transaction.h"
#include "sync/syncclient.h"

#include <tuple>

using namespace Qt::StringLiterals;
using namespace Meedoen;

PhoneTourData *PhoneTourData::s_instance = nullptr;

PhoneTourData::PhoneTourData(Database *database, AppContext *context, QObject *parent)
    : QObject(parent), m_database(database), m_context(context)
{
    if (!s_instance)
        s_instance = this;
}

PhoneTourData::~PhoneTourData()
{
    if (s_instance == this)
        s_instance = nullptr;
}

PhoneTourData *PhoneTourData::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT(s_instance);
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

bool PhoneTourData::load()
{
    const QString personId = m_context->registration()->tenantId();
    if ((m_context->sync() && m_context->sync()->isEnrolled()) || personId.isEmpty())
        return false;
    QSqlDatabase db = m_database->connection();
    const QString garden = u"wlw-moestuin-01"_s;
    const QDate today = QDate::currentDate();
    {
        Transaction tx(db);
        RegistrationRepository registrations(db);
        PhoneHoursRepository hours(db);
        InboxRepository inbox(db);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        Signup s;
        s.id = u"tour-hours-signup"_s;
        s.referenceCode = u"MT-7Q4K"_s;
        s.personId = personId;
        s.opportunityId = garden;
        s.state = SignupState::Pending;
        s.serverVersion = 1;
        // Staff confirmed the place with a word of welcome: the inbox's first item.
        Signup confirmed = s;
        confirmed.state = SignupState::Confirmed;
        confirmed.serverVersion = 2;
        confirmed.stateAt = now.addDays(-12);
        confirmed.messageToTenant = u"Welkom! We beginnen dinsdag om 10 uur bij de kas."_s;
        if (!tx.isActive() || !registrations.keepPulledSignup(s)
            || !inbox.notePulledSignup(s, confirmed, now.addDays(-12)) || !registrations.keepPulledSignup(confirmed))
            return false;
        auto entry = [&](const QString &id, int daysAgo, int minutes, const QString &note) {
            Wire::HoursChange c;
            c.id = id;
            c.personId = personId;
            c.opportunityId = garden;
            c.date = today.addDays(-daysAgo);
            c.minutes = minutes;
            c.note = note;
            c.createdAt = QDateTime::currentDateTimeUtc();
            return c;
        };
        const Wire::HoursChange logged = entry(u"tour-hours-1"_s, 9, 120, u"Onkruid gewied"_s);
        Wire::HoursChange verified = logged;
        verified.verified = true;
        Wire::HoursChange corrected = entry(u"tour-hours-2"_s, 6, 180, u"Bakken gevuld"_s);
        corrected.supersededBy = u"tour-hours-2c"_s;
        Wire::HoursChange correction = entry(u"tour-hours-2c"_s, 6, 150, u"Half uur pauze eraf"_s);
        correction.correctsEntryId = corrected.id;
        correction.verified = true;
        Wire::HoursChange rejected = entry(u"tour-hours-3"_s, 4, 60, {});
        rejected.supersededBy = u"tour-hours-3c"_s;
        Wire::HoursChange rejection = entry(u"tour-hours-3c"_s, 4, 0, u"Die dag was de tuin dicht"_s);
        rejection.correctsEntryId = rejected.id;
        rejection.verified = true;
        const Wire::HoursChange sent = entry(u"tour-hours-4"_s, 2, 90, u"Water gegeven"_s);
        // As pulled one by one: staff's word on the first three reaches the inbox.
        for (const auto &c : {logged, verified, corrected, correction, rejected, rejection, sent}) {
            if (!inbox.notePulledHours(c, now) || !hours.keepPulled(c))
                return false;
        }
        const Wire::BalanceChange balance{personId, today.toString(u"yyyy-MM"_s), 480, 360, 270};
        if (!hours.keepPulledBalance(balance))
            return false;
        // "Mijn weg": measured twice on werken, one rung up since, with a goal.
        TrajectoryRepository trajectories(db);
        for (const auto &[id, rung, daysAgo] : {std::tuple{"tour-step-1", 3, 200}, std::tuple{"tour-step-2", 4, 10}}) {
            Wire::TrajectoryStepChange step;
            step.id = QString::fromLatin1(id);
            step.personId = personId;
            step.route = u"werken"_s;
            step.rung = rung;
            step.date = today.addDays(-daysAgo);
            step.recordedAt = now.addDays(-daysAgo);
            step.neighbourhood = u"wielewaal"_s;
            if (rung == 4) {
                step.goal = u"Over 6 maanden een stageplek"_s;
                step.goalReview = today.addMonths(6);
            }
            if (!trajectories.keepPulled(step))
                return false;
        }
        if (!tx.commit())
            return false;
    }
    m_context->hours()->refresh();
    m_context->inbox()->refresh();
    return true;
}

bool PhoneTourData::refuseLink(const QString &reason, int attemptsLeft, int retryAfterSeconds)
{
    if (m_context->sync() && m_context->sync()->isEnrolled())
        return false;
    RegistrationRepository registrations(m_database->connection());
    const auto link = registrations.latestLink();
    if (!link)
        return false;
    Wire::Outcome refused = Wire::Outcome::refused(1, reason);
    if (attemptsLeft >= 0)
        refused.attemptsLeft = attemptsLeft;
    if (retryAfterSeconds > 0)
        refused.retryAfterSeconds = retryAfterSeconds;
    if (!registrations.applyLinkOutcome(link->id, refused))
        return false;
    m_context->registration()->refreshTenant();
    return true;
}

bool PhoneTourData::refuseReceiptSignup(const QString &reason)
{
    RegistrationController *registration = m_context->registration();
    if ((m_context->sync() && m_context->sync()->isEnrolled()) || registration->signupId().isEmpty())
        return false;
    if (!RegistrationRepository(m_database->connection())
             .applyOutcome(registration->signupId(), SignupState::Declined, 0, reason, 1))
        return false;
    registration->signupOutcomeArrived(registration->signupId());
    return true;
}
