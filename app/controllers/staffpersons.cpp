// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "controllers/staffpersons.h"

#include "controllers/staffsession.h"
#include "sync/staffapi.h"
#include "core/signupstatustext.h"
#include "core/validation.h"
#include "protocol/mutation.h"
#include "storage/database.h"
#include "storage/staffrepository.h"
#include "storage/trajectoryrepository.h"
#include "storage/transaction.h"
#include "core/trajectory.h"

#include <QHash>

#include <QUuid>

#include <array>

using namespace Qt::StringLiterals;
using namespace Meedoen;

StaffPersons *StaffPersons::s_instance = nullptr;

StaffPersons::StaffPersons(StaffSession *session, StaffApi *api, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_api(api)
{
    // Filled on the first move of `revision` (an unlock, a pull), not here: a kiosk builds these too.
    for (StaffRowModel *list :
         std::array<StaffRowModel *, 4>{&m_personList, &m_hoursList, &m_auditList, &m_eraseRequestList})
        connect(session, &StaffSession::revisionChanged, list, [this, list] { list->reloadFrom(m_session->database()); });
    if (!s_instance)
        s_instance = this;
}

StaffPersons::~StaffPersons()
{
    if (s_instance == this)
        s_instance = nullptr;
}

StaffPersons *StaffPersons::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT(s_instance);
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

bool StaffPersons::verifyHours(const QString &entryId)
{
    if (!m_session->requireUnlocked())
        return false;
    Wire::HoursVerifyPayload payload;
    payload.entryId = entryId;
    return m_session->queue(payload, entryId);
}

bool StaffPersons::correctHours(const QString &entryId, const QString &date, int minutes, const QString &note)
{
    if (!m_session->requireUnlocked())
        return false;
    const QDate day = QDate::fromString(date, Qt::ISODate);
    if (!day.isValid() || minutes < 0 || minutes > kMaxMinutesPerDay) {
        m_session->setMessage(tr("Vul een datum (JJJJ-MM-DD) en 0 tot %1 minuten in.").arg(kMaxMinutesPerDay));
        return false;
    }
    const auto checkedNote = validateFreeText(note, {}, 200, false);
    if (!checkedNote.ok()) {
        m_session->setMessage(tr("De toelichting mag één regel van hoogstens 200 tekens zijn."));
        return false;
    }
    Wire::HoursCorrectPayload payload;
    payload.entry.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    payload.entry.correctsEntryId = entryId;
    payload.entry.date = day;
    payload.entry.minutes = minutes;
    payload.entry.note = checkedNote.value;
    return m_session->queue(payload, entryId);
}

QVariantMap StaffPersons::person(const QString &personId, const QString &language) const
{
    const QLocale locale = language.isEmpty() ? QLocale() : uiLocale(language);
    QVariantMap person = StaffRepository(m_session->database()->connection()).person(personId);
    // Each consent as the tenant reads it too: when, in which language, which text.
    QVariantList consents;
    for (const QVariant &v : person.value(u"consents"_s).toList()) {
        QVariantMap c = v.toMap();
        ConsentRecord record;
        record.textVersion = c.value(u"textVersion"_s).toString();
        record.language = c.value(u"language"_s).toString();
        record.givenAt = QDateTime::fromString(c.value(u"givenAt"_s).toString(), Qt::ISODateWithMs);
        c.insert(u"givenText"_s, consentGivenSentence(record, locale));
        consents.append(c);
    }
    if (!consents.isEmpty())
        person.insert(u"consents"_s, consents);
    return person;
}

bool StaffPersons::setHoursAgreement(const QString &personId, int minutesPerMonth)
{
    if (!m_session->requireUnlocked())
        return false;
    if (minutesPerMonth < 0 || minutesPerMonth > kMaxAgreedMinutesPerMonth) {
        m_session->setMessage(tr("Vul 0 tot 744 uur per maand in."));
        return false;
    }
    Wire::HoursAgreementPayload payload;
    payload.personId = personId;
    payload.minutesPerMonth = minutesPerMonth;
    return m_session->queue(payload, personId);
}

QVariantMap StaffPersons::trajectory(const QString &personId) const
{
    const QSqlDatabase db = m_session->database()->connection();
    const QVariantMap person = StaffRepository(db).person(personId);
    bool consent = false;
    for (const QVariant &c : person.value(u"consents"_s).toList())
        consent = consent || (c.toMap().value(u"purpose"_s) == kTrajectoryConsent.toString() && c.toMap().value(u"active"_s).toBool());
    QVariantMap out{{u"consent"_s, consent}};
    if (!consent)
        return out;
    const TrajectoryRepository repo(db);
    const QList<Ladder> ladders = repo.ladders();
    QVariantList ladderRows;
    for (const Ladder &l : ladders) {
        QVariantList rungs;
        for (const LadderRung &r : l.rungs)
            rungs.append(QVariantMap{{u"level"_s, r.level}, {u"title"_s, r.title}});
        ladderRows.append(QVariantMap{{u"route"_s, l.route}, {u"rungs"_s, rungs}});
    }
    out.insert(u"ladders"_s, ladderRows);
    const QList<Wire::TrajectoryStepChange> steps = repo.steps(personId);
    QList<TrajectoryStep> plain;
    QHash<QString, Wire::TrajectoryStepChange> last;
    for (const Wire::TrajectoryStepChange &s : steps) {
        last.insert(s.route, s);
        plain.append(s);
    }
    QStringList due;
    for (const MeasurementDue &d : measurementsDue(plain, m_session->now().date()))
        due.append(d.route);
    QVariantList routes;
    QStringList order = last.keys();
    order.sort();
    for (const QString &route : std::as_const(order)) {
        const Wire::TrajectoryStepChange &s = last.value(route);
        const Ladder *l = ladderFor(ladders, route);
        const LadderRung *r = l ? l->rung(s.rung) : nullptr;
        routes.append(QVariantMap{{u"route"_s, route}, {u"rung"_s, s.rung}, {u"top"_s, l ? l->top() : s.rung},
                                  {u"title"_s, r ? r->title : QString()}, {u"date"_s, s.date}, {u"note"_s, s.note},
                                  {u"goal"_s, s.goal}, {u"goalReview"_s, s.goalReview}, {u"due"_s, due.contains(route)}});
    }
    out.insert(u"routes"_s, routes);
    // A sign-up's outcome proposes a step up; staff confirm it with a date and a note.
    for (const TrajectoryRepository::SignupFact &f : repo.signupFacts(personId)) {
        const Ladder *l = ladderFor(ladders, f.route);
        if (!l)
            continue;
        std::optional<StepCause> cause;
        if (f.placement == toKey(PlacementEvent::Completed))
            cause = StepCause::PlacementCompleted;
        else if (f.placement == toKey(PlacementEvent::Started))
            cause = StepCause::PlacementStarted;
        else if (f.state == toKey(SignupState::Confirmed) && f.kind == toKey(OpportunityKind::VolunteerTask))
            cause = StepCause::VolunteerConfirmed;
        if (!cause)
            continue;
        const int current = last.contains(f.route) ? last.value(f.route).rung : 0;
        const auto rung = proposedRung(*l, current, *cause);
        if (!rung)
            continue;
        const QString reason = *cause == StepCause::PlacementCompleted ? tr("De huurder heeft een leerplek afgerond.")
                               : *cause == StepCause::PlacementStarted ? tr("De huurder is met een leerplek begonnen.")
                                                                      : tr("De huurder doet vrijwilligerswerk.");
        out.insert(u"proposal"_s, QVariantMap{{u"route"_s, f.route}, {u"rung"_s, *rung},
                                             {u"title"_s, l->rung(*rung)->title}, {u"reason"_s, reason}});
        break;
    }
    return out;
}

QVariantMap StaffPersons::recordStep(const QString &personId, const QString &route, int rung, const QString &date,
                                     const QString &note, const QString &goal, const QString &goalReview)
{
    const auto refused = [](const QString &field, const QString &message) {
        return QVariantMap{{u"ok"_s, false}, {u"field"_s, field}, {u"message"_s, message}};
    };
    if (!m_session->requirePermission(Wire::Permission::Trajectories))
        return refused(u"permission"_s, tr("Je rol mag geen trajecten bijhouden."));
    if (!trajectory(personId).value(u"consent"_s).toBool())
        return refused(u"consent"_s, tr("Deze huurder heeft geen toestemming gegeven om de weg bij te houden."));
    const Ladder *ladder = nullptr;
    const QList<Ladder> ladders = TrajectoryRepository(m_session->database()->connection()).ladders();
    ladder = ladderFor(ladders, route);
    if (!ladder)
        return refused(u"route"_s, tr("Kies een route."));
    if (!ladder->has(rung))
        return refused(u"rung"_s, tr("Kies een trede van de ladder."));
    const QDate day = QDate::fromString(date.trimmed(), Qt::ISODate);
    if (!day.isValid())
        return refused(u"date"_s, tr("Vul een datum in, zoals 2026-12-07."));
    if (day > m_session->now().date())
        return refused(u"date"_s, tr("De datum mag niet later zijn dan vandaag."));
    if (note.trimmed().size() > kMaxTrajectoryNote)
        return refused(u"note"_s, tr("De notitie is te lang: hoogstens %1 tekens.").arg(kMaxTrajectoryNote));
    if (goal.trimmed().size() > kMaxTrajectoryNote)
        return refused(u"goal"_s, tr("Het doel is te lang: hoogstens %1 tekens.").arg(kMaxTrajectoryNote));
    const QDate review = QDate::fromString(goalReview.trimmed(), Qt::ISODate);
    if (!goal.trimmed().isEmpty() && (!review.isValid() || review <= day))
        return refused(u"goalReview"_s, tr("Vul een datum na de meting in waarop jullie het doel weer bespreken."));
    Wire::TrajectoryStepPayload payload;
    payload.stepId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    payload.personId = personId;
    payload.route = route;
    payload.rung = rung;
    payload.date = day;
    payload.note = note.trimmed();
    payload.goal = goal.trimmed();
    payload.goalReview = payload.goal.isEmpty() ? QDate() : review;
    if (!m_session->queue(payload, personId))
        return refused(u"queue"_s, tr("De stap kon niet worden opgeslagen. Probeer het opnieuw."));
    return {{u"ok"_s, true}};
}

bool StaffPersons::withdrawConsent(const QString &personId, const QString &purpose)
{
    if (!m_session->requireUnlocked())
        return false;
    Wire::ConsentWithdrawPayload payload;
    payload.personId = personId;
    payload.purpose = purpose;
    return m_session->queue(payload, personId);
}

bool StaffPersons::erasePerson(const QString &personId, const QString &pin)
{
    // Checked before the tablet forgets anything: queue() checks again, too late for that.
    if (!m_session->requirePermission(Wire::Permission::Erasure) || !m_session->confirmPin(pin))
        return false;
    QSqlDatabase db = m_session->database()->connection();
    {
        // Queued and anonymised here in one go: the tablet forgets at once, the server
        // follows on the next push and tells every other device.
        Transaction tx(db);
        if (!tx.isActive() || !StaffRepository(db).anonymiseLocally(personId) || !tx.commit()) {
            m_session->setMessage(tr("Opslaan is niet gelukt."));
            return false;
        }
    }
    Wire::ErasePersonPayload payload;
    payload.personId = personId;
    return m_session->queue(payload, personId);
}

void StaffPersons::setCodeLock(const QString &personId, const QString &state, const QDateTime &lockedAt, bool busy)
{
    m_codeLock = {{u"personId"_s, personId}, {u"state"_s, state}, {u"lockedAt"_s, lockedAt}, {u"busy"_s, busy}};
    Q_EMIT codeLockChanged();
}

void StaffPersons::showCodeLock(const Wire::CodeLockReply &reply)
{
    setCodeLock(reply.personId, reply.locked ? u"locked"_s : u"open"_s, reply.lockedAt);
}

void StaffPersons::answerCodeLock(const QString &personId, quint64 request, int status,
                                  const std::optional<Wire::CodeLockReply> &reply)
{
    if (request != m_codeLockRequest)
        return;
    if (reply && reply->personId == personId)
        showCodeLock(*reply);
    else
        setCodeLock(personId, status == 404 ? u"unknown"_s : u"offline"_s);
}

void StaffPersons::loadCodeLock(const QString &personId)
{
    const quint64 request = ++m_codeLockRequest;
    // A tablet without a server (the tour) keeps what it was shown for this person.
    if (!m_api || !m_api->isStaffTablet()) {
        if (m_codeLock.value(u"personId"_s).toString() != personId)
            setCodeLock(personId, u"offline"_s);
        return;
    }
    // A code's lock is intake's business (protocol/staffroles.h): other roles do not ask.
    if (personId.isEmpty() || m_session->stage() != StaffSession::Stage::Unlocked || !m_session->hasServerSession()
        || !m_session->can(Wire::Permission::Intake))
        return setCodeLock(personId, u"offline"_s);
    setCodeLock(personId, u"asking"_s);
    m_api->codeLock(personId, false, this, [this, personId, request](const StaffApi::CodeLockAnswer &answer) {
        answerCodeLock(personId, request, answer.status, answer.reply);
    });
}

void StaffPersons::unlockCode(const QString &personId)
{
    if (!m_session->requirePermission(Wire::Permission::Intake))
        return;
    if (!m_api || !m_api->isStaffTablet() || !m_session->hasServerSession()) {
        m_session->setMessage(tr("Zonder verbinding met de server kan de code niet worden opengezet. Probeer het zo opnieuw."));
        return;
    }
    const quint64 request = ++m_codeLockRequest;
    setCodeLock(personId, m_codeLock.value(u"state"_s).toString(), m_codeLock.value(u"lockedAt"_s).toDateTime(), true);
    m_api->codeLock(personId, true, this, [this, personId, request](const StaffApi::CodeLockAnswer &answer) {
        if (answer.reply)
            m_session->setMessage(answer.reply->unlocked
                                      ? tr("De persoonlijke code staat weer open. De huurder kan zijn aanmeldingen weer "
                                           "opzoeken en een telefoon koppelen.")
                                      : tr("De persoonlijke code stond niet op slot."));
        else
            m_session->setMessage(tr("De code kon niet worden opengezet: de server gaf geen antwoord. Probeer het zo "
                                     "opnieuw."));
        answerCodeLock(personId, request, answer.status, answer.reply);
    });
}
