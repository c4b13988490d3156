// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "controllers/staffreview.h"

#include "controllers/staffsession.h"
#include "core/staffdecision.h"
#include "core/validation.h"
#include "protocol/changes.h"
#include "protocol/mutation.h"
#include "storage/cataloguerepository.h"
#include "storage/database.h"
#include "storage/staffrepository.h"

#include <array>

using namespace Qt::StringLiterals;
using namespace Meedoen;

StaffReview *StaffReview::s_instance = nullptr;

StaffReview::StaffReview(StaffSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    // Filled on the first move of `revision` (an unlock, a pull), not here: a kiosk builds the review too.
    for (StaffRowModel *list : std::array<StaffRowModel *, 4>{&m_signups, &m_reviewOpportunities, &m_newVolunteers, &m_conflicts})
        connect(session, &StaffSession::revisionChanged, list, [this, list] { list->reloadFrom(m_session->database()); });
    if (!s_instance)
        s_instance = this;
}

StaffReview::~StaffReview()
{
    if (s_instance == this)
        s_instance = nullptr;
}

StaffReview *StaffReview::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT(s_instance);
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

QStringList StaffReview::reasonTemplates()
{
    return {tr("Geen plaats meer"), tr("Past niet bij de eisen"), tr("Niet bereikbaar"), tr("Geen huurder in dit gebied"),
            tr("Op verzoek van de huurder"), tr("Anders")};
}

QVariantMap StaffReview::allowedDecisions(const QString &signupId) const
{
    const QSqlDatabase db = m_session->database()->connection();
    StaffRepository repo(db);
    const auto s = repo.signup(signupId);
    if (!s)
        return {};
    const auto o = CatalogueRepository(db).opportunity(s->opportunityId);
    const int confirmed = repo.confirmedCount(s->opportunityId);
    const bool placeFree = !o || o->capacity <= 0 || confirmed < o->capacity;
    QVariantMap result;
    for (DecisionKind k : {DecisionKind::Confirm, DecisionKind::Waitlist, DecisionKind::Decline}) {
        const auto ruling = ruleOnDecision(s->state, k, placeFree);
        result.insert(toKey(k), ruling.effect == DecisionRuling::Apply);
    }
    return result;
}

bool StaffReview::decide(const QString &signupId, const QString &decision, const QString &reasonTemplate,
                         const QString &reasonText, const QString &messageToTenant)
{
    if (!m_session->requireUnlocked())
        return false;
    const auto kind = decisionKindFromKey(decision);
    const auto s = StaffRepository(m_session->database()->connection()).signup(signupId);
    if (!kind || !s) {
        m_session->setMessage(tr("Deze aanmelding is niet (meer) bekend op deze tablet."));
        return false;
    }
    if (!allowedDecisions(signupId).value(decision).toBool()) {
        m_session->setMessage(tr("Dit besluit past niet bij de huidige stand van de aanmelding."));
        return false;
    }
    QString reason = reasonTemplate.trimmed();
    if (!reasonText.trimmed().isEmpty())
        reason = reason.isEmpty() ? reasonText.trimmed() : reason + u": "_s + reasonText.trimmed();
    const auto checkedReason = validateFreeText(reason, {}, 200, *kind == DecisionKind::Decline);
    if (!checkedReason.ok()) {
        m_session->setMessage(*kind == DecisionKind::Decline && reason.isEmpty()
                                  ? tr("Kies of schrijf een reden voor de afwijzing.")
                                  : tr("De reden mag één regel van hoogstens 200 tekens zijn."));
        return false;
    }
    const auto checkedMessage = validateFreeText(messageToTenant, {}, 2000, false, true);
    if (!checkedMessage.ok()) {
        m_session->setMessage(tr("Het bericht aan de huurder mag hoogstens 2000 tekens zijn."));
        return false;
    }
    Wire::DecisionPayload payload;
    payload.signupId = signupId;
    payload.decision = *kind;
    payload.reason = checkedReason.value;
    payload.messageToTenant = checkedMessage.value;
    payload.seenVersion = s->version;
    return m_session->queue(payload, signupId);
}

bool StaffReview::markIdentityChecked(const QString &personId, const QString &method)
{
    if (!m_session->requireUnlocked())
        return false;
    const auto checkedBy = identityMethodFromKey(method);
    if (!checkedBy) {
        m_session->setMessage(tr("Kies waarmee u de huurder hebt gecontroleerd: huurdernummer of adres."));
        return false;
    }
    // A staff mutation: the server records who, when and on which device, and the other
    // tablets of the site stop asking on their next pull.
    Wire::IdentityCheckPayload payload;
    payload.personId = personId;
    payload.method = *checkedBy;
    return m_session->queue(payload, personId);
}

bool StaffReview::recordPlacement(const QString &signupId, const QString &placement)
{
    if (!m_session->requireUnlocked())
        return false;
    const QSqlDatabase db = m_session->database()->connection();
    const auto event = placementEventFromKey(placement);
    const auto s = StaffRepository(db).signup(signupId);
    const auto o = s ? CatalogueRepository(db).opportunity(s->opportunityId) : std::nullopt;
    if (!event || !o || o->kind != OpportunityKind::TrainingPlace || s->state != SignupState::Confirmed) {
        m_session->setMessage(tr("Alleen een bevestigde leerplaats kan starten, afronden of uitvallen."));
        return false;
    }
    Wire::PlacementPayload payload;
    payload.signupId = signupId;
    payload.placement = *event;
    payload.date = m_session->now().toLocalTime().date();
    return m_session->queue(payload, signupId);
}
