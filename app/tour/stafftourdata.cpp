// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tour/stafftourdata.h"
#include "protocol/staffroles.h"

#include "controllers/staffpersons.h"
#include "controllers/staffresults.h"
#include "controllers/staffsession.h"
#include "core/personalcode.h"
#include "protocol/changes.h"
#include "protocol/outcome.h"
#include "storage/database.h"
#include "storage/partnerrepository.h"
#include "storage/staffrepository.h"
#include "storage/trajectoryrepository.h"
#include "storage/transaction.h"
#include "sync/syncclient.h"

#include <QRandomGenerator>

using namespace Qt::StringLiterals;
using namespace Meedoen;

StaffTourData *StaffTourData::s_instance = nullptr;

namespace {

QDateTime utc(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODateWithMs);
}

QDate day(const QString &iso)
{
    return QDate::fromString(iso, Qt::ISODate);
}

// Six tenants of the Wielewaal, three with a consent withdrawn later; the first agreed to
// eight hours a month. Interests, languages and free times for "Wie past hierbij?".
bool writePersons(StaffRepository &repo)
{
    const QStringList given{u"Fatma"_s, u"Jan"_s, u"Agnieszka"_s, u"Mohamed"_s, u"Sanne"_s, u"Kees"_s};
    const QStringList family{u"Yılmaz"_s, u"de Vries"_s, u"Kowalska"_s, u"El Amrani"_s, u"Bakker"_s, u"Jansen"_s};
    for (int i = 0; i < given.size(); ++i) {
        Wire::PersonChange c;
        Person &p = c.person;
        p.id = u"tour-person-%1"_s.arg(i);
        p.givenName = given.at(i);
        p.familyName = family.at(i);
        p.address.postcode = u"3083 BK"_s;
        p.address.houseNumber = 10 + i;
        p.tenantNumber = u"HT-%1"_s.arg(4410 + i);
        QRandomGenerator codes(quint32(4410 + i)); // the same made-up receipt code every tour
        p.personalCode = generatePersonalCode(codes);
        p.dateOfBirth = day(u"198%1-04-03"_s.arg(i));
        p.phone = u"+3161234567%1"_s.arg(i);
        const QDateTime givenAt = utc(u"2026-09-0%1T10:00:00.000Z"_s.arg(i + 1));
        const QString language = i == 0 ? u"tr"_s : u"nl"_s;
        c.consents.append(ConsentRecord{p.id, u"contact"_s, u"2026-11-01"_s, givenAt, {}, language});
        if (i % 2 == 0)
            c.consents.append(ConsentRecord{p.id, u"share-partner"_s, u"2026-11-01"_s, givenAt,
                                            utc(u"2026-10-1%1T14:00:00.000Z"_s.arg(i)), language});
        else
            c.consents.append(ConsentRecord{p.id, u"share-partner"_s, u"2026-11-01"_s, givenAt, {}, language});
        // "Wie past hierbij?": Jan never allowed matching, Kees withdrew it.
        if (i != 1)
            c.consents.append(ConsentRecord{p.id, u"matching"_s, u"2026-11-01"_s, givenAt,
                                            i == 5 ? utc(u"2026-10-20T09:00:00.000Z"_s) : QDateTime(), language});
        // Trajectories: Fatma and Mohamed let staff keep their route up the ladder.
        if (i == 0 || i == 3)
            c.consents.append(ConsentRecord{p.id, u"trajectory"_s, u"traject-2026-12"_s, givenAt, {}, language});
        const QList<QStringList> interests{{u"tuin"_s, u"koken"_s}, {u"tuin"_s}, {u"kinderen"_s, u"taal"_s},
                                           {u"klussen"_s, u"tuin"_s}, {u"ouderen"_s}, {u"tuin"_s, u"techniek"_s}};
        const QList<QStringList> languages{{u"tr"_s, u"nl"_s}, {u"nl"_s}, {u"pl"_s}, {u"ar"_s, u"nl"_s}, {u"nl"_s, u"en"_s}, {u"nl"_s}};
        p.interests = interests.at(i);
        p.languages = languages.at(i);
        p.neighbourhoods = {i == 4 ? u"kanaleneiland"_s : u"wielewaal"_s};
        p.availability.set(5, i % 2 ? PartOfDay::Afternoon : PartOfDay::Morning);   // Saturday
        p.availability.set(i % 5, PartOfDay::Morning);
        c.agreedMinutesPerMonth = i == 0 ? 480 : 0;
        // The server's tenancy check: every verdict once; Kees registered before the first import.
        const std::optional<TenancyVerdict> verdicts[] = {TenancyVerdict::Match,         TenancyVerdict::Mismatch,
                                                          TenancyVerdict::UnknownNumber, TenancyVerdict::NotGiven,
                                                          TenancyVerdict::Match,         std::nullopt};
        c.tenancyVerdict = verdicts[i];
        if (c.tenancyVerdict == TenancyVerdict::NotGiven)
            p.tenantNumber.clear();
        if (!repo.applyPulled(c))
            return false;
    }
    return true;
}

// Fatma's route on werken: measured twice, one rung up, with a goal; the dashboard counts her.
bool writeTrajectories(QSqlDatabase db)
{
    TrajectoryRepository repo(db);
    const struct { const char *id; int rung; const char *date; const char *goal; } steps[] = {
        {"tour-step-1", 2, "2026-05-12", ""},
        {"tour-step-2", 4, "2026-11-04", "Over 6 maanden betaald werk met begeleiding"},
    };
    for (const auto &s : steps) {
        Wire::TrajectoryStepChange c;
        c.id = QString::fromLatin1(s.id);
        c.personId = u"tour-person-0"_s;
        c.route = u"werken"_s;
        c.rung = s.rung;
        c.date = day(QString::fromLatin1(s.date));
        c.note = u"Gesprek op het buurthuis"_s;
        c.staffId = u"tour-staff-1"_s;
        c.neighbourhood = u"wielewaal"_s;
        c.site = u"wielewaal-buurthuis"_s;
        c.recordedAt = utc(QString::fromLatin1(s.date) + u"T10:00:00.000Z"_s);
        c.goal = QString::fromUtf8(s.goal);
        c.goalReview = c.goal.isEmpty() ? QDate() : day(u"2027-05-04"_s);
        if (!repo.keepPulled(c))
            return false;
    }
    return true;
}

bool writeSignups(StaffRepository &repo)
{
    struct S { const char *opp; int person; SignupState state; int pos; };
    const S signups[] = {{"wlw-voedselbank-01", 0, SignupState::Confirmed, 0},
                         {"wlw-voedselbank-01", 1, SignupState::Waitlisted, 1},
                         {"wlw-voedselbank-01", 2, SignupState::Waitlisted, 2},
                         {"wlw-taal-01", 3, SignupState::Confirmed, 0},
                         {"wlw-welkom-01", 4, SignupState::Confirmed, 0},
                         {"wlw-stage-01", 5, SignupState::Confirmed, 0},
                         {"wlw-stage-01", 2, SignupState::Waitlisted, 1},
                         {"wlw-reint-01", 1, SignupState::Confirmed, 0},
                         {"wlw-voedselbank-01", 3, SignupState::Confirmed, 0}};
    int n = 0;
    for (const S &s : signups) {
        ++n;
        Wire::SignupChange c;
        c.id = u"tour-signup-%1"_s.arg(n);
        c.referenceCode = u"MD-%1"_s.arg(7300 + n * 7);
        c.personId = u"tour-person-%1"_s.arg(s.person);
        c.opportunityId = QString::fromLatin1(s.opp);
        c.state = s.state;
        c.waitlistPosition = s.pos;
        c.arrival = n;
        c.version = 1;
        if (n == 6)
            c.placement = PlacementEvent::Started;
        if (n == 7)
            c.motivation = u"Ik wil graag in de zorg werken."_s;
        if (!repo.applyPulled(c))
            return false;
    }
    return true;
}

// Five months of hours, more tenants each month; the last two months not verified yet.
bool writeHours(StaffRepository &repo)
{
    const char *months[] = {"2026-07", "2026-08", "2026-09", "2026-10", "2026-11"};
    int n = 0;
    for (int m = 0; m < 5; ++m) {
        for (int p = 0; p <= m && p < 5; ++p) {
            ++n;
            Wire::HoursChange c;
            c.id = u"tour-hours-%1"_s.arg(n);
            c.personId = u"tour-person-%1"_s.arg(p);
            c.opportunityId = p % 2 ? u"wlw-taal-01"_s : u"wlw-voedselbank-01"_s;
            c.date = day(QString::fromLatin1(months[m]) + u"-1%1"_s.arg(p));
            c.minutes = 60 + 30 * p;
            if (p == 0)
                c.note = u"Inpakken"_s;
            c.verified = m < 3;
            if (!repo.applyPulled(c))
                return false;
        }
    }
    return true;
}

// Training placements as the server sends them: two started, one completed; a balance in
// the red; a decision taken on another tablet on a stale version (the conflict list); and
// two erasure requests.
bool writePlacementsAndDecisions(StaffRepository &repo)
{
    const struct { const char *id, *signup, *opp; PlacementEvent kind; const char *date; } placements[] = {
        {"tour-placement-1", "tour-signup-6", "wlw-stage-01", PlacementEvent::Started, "2026-09-01"},
        {"tour-placement-2", "tour-signup-8", "wlw-reint-01", PlacementEvent::Started, "2026-08-15"},
        {"tour-placement-3", "tour-signup-8", "wlw-reint-01", PlacementEvent::Completed, "2026-11-10"}};
    for (const auto &p : placements) {
        const Wire::PlacementChange c{QString::fromLatin1(p.id), QString::fromLatin1(p.signup),
                                      QString::fromLatin1(p.opp), p.kind, day(QString::fromLatin1(p.date))};
        if (!repo.applyPulled(c))
            return false;
    }
    Wire::BalanceChange balance;
    balance.personId = u"tour-person-0"_s;
    balance.month = u"2026-11"_s;
    balance.agreedMinutes = 480;
    balance.loggedMinutes = 300;
    if (!repo.applyPulled(balance))
        return false;
    Wire::DecisionChange d;
    d.id = u"tour-decision-1"_s;
    d.signupId = u"tour-signup-2"_s;
    d.staffId = u"tour-staff-2"_s;
    d.deviceId = u"tablet-2"_s;
    d.decision = DecisionKind::Confirm;
    d.status = Wire::toKey(Wire::OutcomeStatus::Conflict);
    d.seenVersion = 1;
    d.currentVersion = 2;
    d.decidedAt = utc(u"2026-11-27T10:02:00.000Z"_s);
    d.deviceTime = utc(u"2026-11-27T09:58:00.000Z"_s);
    if (!repo.applyPulled(d))
        return false;
    // Erasure requests from tenants' phones: one open, one carried out by a colleague.
    return repo.applyPulled(Wire::EraseRequestChange{u"tour-erase-1"_s, u"tour-person-3"_s,
                                                     utc(u"2026-11-26T19:40:00.000Z"_s), {}, {}})
        && repo.applyPulled(Wire::EraseRequestChange{u"tour-erase-2"_s, u"tour-person-erased"_s,
                                                     utc(u"2026-11-02T08:15:00.000Z"_s),
                                                     utc(u"2026-11-05T13:30:00.000Z"_s), u"tour-staff-2"_s});
}

} // namespace

StaffTourData::StaffTourData(StaffSession *session, StaffResults *results, StaffPersons *persons, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_results(results)
    , m_persons(persons)
{
    if (!s_instance)
        s_instance = this;
}

StaffTourData::~StaffTourData()
{
    if (s_instance == this)
        s_instance = nullptr;
}

StaffTourData *StaffTourData::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT(s_instance);
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

// Three goals of the Wielewaal for 2026 as the server sends them: hours (behind the line in
// December), training places started (reached) and active volunteers in the last quarter
// (ahead).
static bool writeGoals(StaffRepository &repo)
{
    const struct { const char *id, *route; GoalPeriod period; int month; GoalMeasure measure; int target; } goals[] = {
        {"tour-goal-1", "", GoalPeriod::Year, 1, GoalMeasure::Hours, 40},
        {"tour-goal-2", "", GoalPeriod::Year, 1, GoalMeasure::TrainingStarted, 1},
        {"tour-goal-3", "", GoalPeriod::Quarter, 10, GoalMeasure::ActiveVolunteers, 6}};
    for (const auto &g : goals) {
        Goal goal;
        goal.id = QString::fromLatin1(g.id);
        goal.site = u"wielewaal-buurthuis"_s;
        goal.neighbourhood = u"wielewaal"_s;
        goal.route = QString::fromLatin1(g.route);
        goal.period = g.period;
        goal.start = QDate(2026, g.month, 1);
        goal.measure = g.measure;
        goal.target = g.target;
        goal.createdBy = goal.changedBy = u"tour-staff-1"_s;
        goal.createdAt = goal.changedAt = QDateTime(QDate(2026, g.month, 2), QTime(9, 0), Qt::UTC);
        if (!repo.applyPulled(goal))
            return false;
    }
    return true;
}

// Social return: a builder renovating Wielewaal owes 5 % of € 600,000; the internship and the
// re-integration place are its places (werkgever), as the demo server's
// assets/demo/social-return.json has it.
bool writeSocialReturn(const QSqlDatabase &db)
{
    const QString supplier = u"3c9e4b2a-6d1f-5e8a-9b7c-2f4d6a8e1c35"_s;
    PartnerRepository partners(db);
    SocialReturnConfig config;
    config.obligations = {{u"WLW-2026-04"_s, supplier, u"Renovatie portiekflats Wielewaal"_s, QString(),
                           600'000'00, SocialReturnBasis::ContractSum, 0, PsoLevel::Trede2, QDate(2026, 1, 1),
                           QDate(2026, 12, 31)}};
    if (!partners.keepPartner({supplier, u"Bouwbedrijf Van der Linden"_s, PartnerKind::Werkgever, {}, {}, {}})
        || !partners.keepSocialReturn(config))
        return false;
    const struct { const char *id, *partner, *opportunity; PartnerRole role; const char *month; qint64 money; int staff, places, premises; } rows[] = {
        {"tour-contribution-1", "3c9e4b2a-6d1f-5e8a-9b7c-2f4d6a8e1c35", "wlw-stage-01", PartnerRole::Werkgever, "2026-09", 0, 20 * 60, 1, 0},
        {"tour-contribution-2", "3c9e4b2a-6d1f-5e8a-9b7c-2f4d6a8e1c35", "wlw-reint-01", PartnerRole::Werkgever, "2026-08", 0, 30 * 60, 1, 0},
        {"tour-contribution-3", "d4ee8f64-3a75-5e1c-a683-62f99acf6b11", "wlw-moestuin-01", PartnerRole::Huisvester, "2026-11", 250'00, 16 * 60, 0, 40 * 60},
    };
    for (const auto &r : rows) {
        if (!partners.keepContribution({QString::fromLatin1(r.id), QString::fromLatin1(r.partner), QString::fromLatin1(r.opportunity),
                                        r.role, QString::fromLatin1(r.month), r.money, r.staff, r.places, r.premises}))
            return false;
    }
    return true;
}

bool StaffTourData::load(const QString &pin)
{
    if (m_session->sync() && m_session->sync()->isEnrolled())
        return false;
    QSqlDatabase db = m_session->database()->connection();
    {
        StaffRepository repo(db);
        Transaction tx(db);
        if (!tx.isActive() || !writePersons(repo) || !writeSignups(repo) || !writeHours(repo)
            || !writePlacementsAndDecisions(repo) || !writeTrajectories(db) || !writeGoals(repo) || !writeSocialReturn(db) || !tx.commit())
            return false;
    }
    StaffRepository::Account a;
    a.staffId = u"tour-staff-1"_s;
    a.login = u"fatma"_s;
    a.name = u"Fatma Demir"_s;
    a.sites = {u"wielewaal-buurthuis"_s, u"wielewaal-deeltuin"_s, u"wielewaal-sporthal"_s};
    // The tour shows every screen: every role.
    a.roles = Wire::roleKeys(Wire::allStaffRoles());
    a.signedInAt = m_session->now();
    StaffRepository::Account b = a;
    b.staffId = u"tour-staff-2"_s;
    b.login = u"pieter"_s;
    b.name = u"Pieter van Dijk"_s;
    if (!m_session->addAccount(a) || !m_session->addAccount(b) || !m_session->pinGuard().setPin(a.staffId, pin))
        return false;
    Q_EMIT m_session->accountsChanged();
    m_session->refresh();
    if (m_results) {
        // Two of the site's three kiosks went quiet: one yesterday afternoon with sign-ups
        // still waiting, one two days ago with an empty queue (ids are made up).
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QDateTime yesterday(now.toLocalTime().date().addDays(-1), QTime(14, 5));
        m_results->showKiosks(Wire::KioskWatchReply{
            24,
            now,
            {Wire::WatchedKiosk{u"4b1f0c2e-7d3a-4e55-9a10-3c2d1e0f4a01"_s, now.addDays(-90), yesterday.toUTC(), true,
                                Wire::DeviceReport{u"0.1.0"_s, 3, yesterday.secsTo(now) + 40 * 60}},
             Wire::WatchedKiosk{u"9e2d7a41-2b6c-4f08-8d3e-5a4b3c2d1e02"_s, now.addDays(-90), now.addDays(-2), true,
                                Wire::DeviceReport{u"0.1.0"_s, 0, 0}},
             Wire::WatchedKiosk{u"c3a5e8f0-1d2b-4c6e-9f7a-8b9c0d1e2f03"_s, now.addDays(-90), now.addSecs(-300), false,
                                Wire::DeviceReport{u"0.1.0"_s, 0, 0}}}});
    }
    return true;
}

void StaffTourData::showLockedCode(const QString &personId)
{
    if (!m_persons)
        return;
    const QDateTime thisMorning(QDate::currentDate(), QTime(9, 40));
    m_persons->showCodeLock(Wire::CodeLockReply{personId, true, thisMorning.toUTC(), false});
}
