// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "controllers/staffcontroller.h"

#include "models/cataloguemodel.h"
#include "storage/cataloguerepository.h"
#include "storage/database.h"
#include "core/staffdecision.h"
#include "controllers/staffexport.h"
#include "sync/syncclient.h"
#include "storage/transaction.h"
#include "protocol/resultswire.h"
#include "core/validation.h"
#include "protocol/wire.h"

#include <QCoreApplication>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUrlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace Meedoen;

StaffController *StaffController::s_instance = nullptr;

namespace {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QVariantMap opportunityRow(const Opportunity &o)
{
    QVariantMap row = CatalogueModel::opportunityFields(o);
    // The editor shows and takes dates as text (YYYY-MM-DD).
    row.insert(u"startDate"_s, o.startDate.toString(Qt::ISODate));
    row.insert(u"endDate"_s, o.endDate.toString(Qt::ISODate));
    return row;
}

} // namespace

StaffController::StaffController(Database *database, SyncClient *sync, StaffPinGuard::Clock clock,
                                 StaffPinGuard::Cost pinCost, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_clock(clock)
    , m_pin(database->connection(), clock, pinCost)
{
    // The first one built is the one QML sees (a test may build two tablets).
    if (!s_instance)
        s_instance = this;
    m_idle.setSingleShot(true);
    m_idle.setInterval(2 * 60 * 1000);
    connect(&m_idle, &QTimer::timeout, this, &StaffController::lock);
    setSync(sync);
    m_exportDir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    m_stage = StaffRepository(m_database->connection()).accounts().isEmpty() ? Stage::SignIn : Stage::Locked;
}

void StaffController::setSync(SyncClient *sync)
{
    if (m_sync == sync)
        return;
    if (m_sync) {
        disconnect(m_sync, nullptr, this, nullptr);
        disconnect(this, nullptr, m_sync, nullptr);
    }
    m_sync = sync;
    if (m_sync) {
        connect(m_sync, &SyncClient::roundFinished, this, &StaffController::refresh);
        connect(this, &StaffController::queued, m_sync, &SyncClient::syncNow);
    }
}

StaffController::~StaffController()
{
    if (s_instance == this)
        s_instance = nullptr;
}

StaffController *StaffController::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT(s_instance);
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

bool StaffController::eventFilter(QObject *watched, QEvent *event)
{
    // Any touch, click or key while unlocked counts as activity.
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::TouchBegin:
    case QEvent::KeyPress:
        if (m_stage == Stage::Unlocked)
            m_idle.start();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void StaffController::setStage(Stage s)
{
    // Input is watched for the auto-lock only while someone is signed in: a kiosk or a
    // locked tablet pays nothing for it.
    if (auto *app = QCoreApplication::instance()) {
        app->removeEventFilter(this);
        if (s == Stage::Unlocked)
            app->installEventFilter(this);
    }
    if (s == Stage::Unlocked)
        m_idle.start();
    else
        m_idle.stop();
    if (m_stage == s)
        return;
    m_stage = s;
    Q_EMIT stageChanged();
}

void StaffController::setMessage(const QString &m, int retryAfter)
{
    m_message = m;
    m_retryAfter = retryAfter;
    Q_EMIT messageChanged();
}

void StaffController::setBusy(bool b)
{
    if (m_busy == b)
        return;
    m_busy = b;
    Q_EMIT busyChanged();
}

void StaffController::setIdleTimeoutMs(int ms)
{
    if (ms == m_idle.interval() || ms <= 0)
        return;
    m_idle.setInterval(ms);
    if (m_stage == Stage::Unlocked)
        m_idle.start();
    Q_EMIT idleTimeoutMsChanged();
}

void StaffController::setExportDir(const QString &dir)
{
    if (dir == m_exportDir)
        return;
    m_exportDir = dir;
    Q_EMIT exportDirChanged();
}

QStringList StaffController::reasonTemplates()
{
    return {tr("Geen plaats meer"), tr("Past niet bij de eisen"), tr("Niet bereikbaar"), tr("Geen huurder in dit gebied"),
            tr("Op verzoek van de huurder"), tr("Anders")};
}

QString StaffController::staffName() const
{
    const auto a = StaffRepository(m_database->connection()).account(m_staffId);
    return a ? a->name : QString();
}

QVariantList StaffController::accounts() const
{
    QVariantList rows;
    const auto all = StaffRepository(m_database->connection()).accounts();
    for (const auto &a : all)
        rows.append(QVariantMap{{u"staffId"_s, a.staffId}, {u"name"_s, a.name}, {u"login"_s, a.login},
                                {u"hasPin"_s, !a.pinHash.isEmpty()}});
    return rows;
}

void StaffController::refresh()
{
    ++m_revision;
    Q_EMIT revisionChanged();
}

void StaffController::touch()
{
    if (m_stage == Stage::Unlocked)
        m_idle.start();
}

// ---------------------------------------------------------------- sign-in

void StaffController::login(const QString &login, const QString &password)
{
    if (!m_sync || !m_sync->isEnrolled() || m_sync->deviceKind() != "staff"_L1) {
        setMessage(tr("Deze tablet is nog niet gekoppeld aan de server. Vraag de beheerder om een koppelcode."));
        return;
    }
    if (login.trimmed().isEmpty() || password.isEmpty()) {
        setMessage(tr("Vul uw gebruikersnaam en wachtwoord in."));
        return;
    }
    setBusy(true);
    const QByteArray body = QJsonDocument(QJsonObject{{u"login"_s, login.trimmed()}, {u"password"_s, password}})
                                .toJson(QJsonDocument::Compact);
    QNetworkReply *reply = m_sync->request("POST", u"/v1/staff/login"_s, body);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        setBusy(false);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
        if (status == 200) {
            StaffRepository::Account a;
            a.staffId = answer.value(u"staffId"_s).toString();
            a.login = answer.value(u"login"_s).toString();
            a.name = answer.value(u"name"_s).toString();
            for (const QJsonValue &s : answer.value(u"sites"_s).toArray())
                a.sites.append(s.toString());
            a.signedInAt = m_clock();
            if (a.staffId.isEmpty() || !StaffRepository(m_database->connection()).upsertAccount(a)) {
                setMessage(tr("De aanmelding kon niet worden opgeslagen."));
                return;
            }
            m_sync->setStaffSession(answer.value(u"sessionToken"_s).toString());
            m_sessions.insert(a.staffId, answer.value(u"sessionToken"_s).toString());
            m_staffId = a.staffId;
            StaffRepository(m_database->connection()).auditOnDevice(m_staffId, u"sign-in"_s, {}, {}, m_clock());
            Q_EMIT accountsChanged();
            setMessage({});
            const auto stored = StaffRepository(m_database->connection()).account(m_staffId);
            setStage(stored && !stored->pinHash.isEmpty() ? Stage::Unlocked : Stage::ChoosePin);
            m_sync->syncNow();
            return;
        }
        const int retry = reply->rawHeader("Retry-After"_ba).toInt();
        if (status == 0)
            setMessage(tr("Geen verbinding met de server. Aanmelden met wachtwoord kan alleen online."));
        else if (status == 401)
            setMessage(tr("Gebruikersnaam of wachtwoord klopt niet."));
        else if (status == 403)
            setMessage(tr("U werkt niet op de locatie van deze tablet."));
        else if (status == 423)
            setMessage(tr("Te vaak een verkeerd wachtwoord. De beheerder moet uw account vrijgeven."));
        else if (status == 429)
            setMessage(tr("Te veel pogingen. Probeer het over %n seconde(n) opnieuw.", "", retry), retry);
        else
            setMessage(tr("De server gaf een fout (%1). Probeer het later opnieuw.").arg(status));
    });
}

bool StaffController::addAccount(const StaffRepository::Account &account)
{
    if (!StaffRepository(m_database->connection()).upsertAccount(account))
        return false;
    Q_EMIT accountsChanged();
    if (m_stage == Stage::SignIn)
        setStage(Stage::Locked);
    return true;
}

bool StaffController::choosePin(const QString &pin, const QString &repeat)
{
    if (m_stage != Stage::ChoosePin || m_staffId.isEmpty())
        return false;
    if (pin != repeat) {
        setMessage(tr("De twee pincodes zijn niet gelijk."));
        return false;
    }
    if (!StaffPinGuard::isAcceptablePin(pin)) {
        setMessage(tr("Kies 5 tot 12 cijfers, niet allemaal hetzelfde en geen reeks zoals 12345."));
        return false;
    }
    if (!m_pin.setPin(m_staffId, pin)) {
        setMessage(tr("De pincode kon niet worden opgeslagen."));
        return false;
    }
    StaffRepository(m_database->connection()).auditOnDevice(m_staffId, u"pin-set"_s, {}, {}, m_clock());
    Q_EMIT accountsChanged();
    setMessage({});
    setStage(Stage::Unlocked);
    refresh();
    return true;
}

bool StaffController::unlock(const QString &staffId, const QString &pin)
{
    const auto outcome = m_pin.check(staffId, pin);
    switch (outcome.result) {
    case StaffPinGuard::Result::Unlocked:
        m_staffId = staffId;
        if (m_sync && m_sessions.contains(staffId))
            m_sync->setStaffSession(m_sessions.value(staffId));
        StaffRepository(m_database->connection()).auditOnDevice(staffId, u"unlock"_s, {}, {}, m_clock());
        setMessage({});
        setStage(Stage::Unlocked);
        refresh();
        return true;
    case StaffPinGuard::Result::Wait:
        setMessage(tr("Te veel pogingen. Probeer het over %n seconde(n) opnieuw.", "", outcome.retryAfterSeconds),
                   outcome.retryAfterSeconds);
        return false;
    case StaffPinGuard::Result::WrongPin:
        setMessage(outcome.retryAfterSeconds > 0
                       ? tr("Pincode klopt niet. Probeer het over %n seconde(n) opnieuw.", "", outcome.retryAfterSeconds)
                       : tr("Pincode klopt niet."),
                   outcome.retryAfterSeconds);
        return false;
    case StaffPinGuard::Result::NoPin:
    case StaffPinGuard::Result::UnknownStaff:
        setMessage(tr("Meld u eerst online aan met uw wachtwoord."));
        return false;
    }
    return false;
}

void StaffController::lock()
{
    if (m_stage == Stage::Locked)
        return;
    if (m_stage == Stage::Unlocked)
        StaffRepository(m_database->connection()).auditOnDevice(m_staffId, u"lock"_s, {}, {}, m_clock());
    m_staffId.clear();
    if (m_sync)
        m_sync->setStaffSession({});
    setMessage({});
    setStage(StaffRepository(m_database->connection()).accounts().isEmpty() ? Stage::SignIn : Stage::Locked);
}

void StaffController::addColleague()
{
    lock();
    setStage(Stage::SignIn);
}

bool StaffController::confirmPin(const QString &pin)
{
    if (m_stage != Stage::Unlocked)
        return false;
    const auto outcome = m_pin.check(m_staffId, pin);
    if (outcome.result == StaffPinGuard::Result::Unlocked)
        return true;
    setMessage(outcome.result == StaffPinGuard::Result::Wait
                   ? tr("Te veel pogingen. Probeer het over %n seconde(n) opnieuw.", "", outcome.retryAfterSeconds)
                   : tr("Pincode klopt niet."),
               outcome.retryAfterSeconds);
    return false;
}

bool StaffController::requireUnlocked()
{
    if (m_stage == Stage::Unlocked && !m_staffId.isEmpty())
        return true;
    setMessage(tr("Ontgrendel de tablet eerst met uw pincode."));
    return false;
}

bool StaffController::enqueue(const QString &kind, const QString &entityId, QJsonObject payload, const QString &decision,
                              qint64 seenVersion)
{
    payload.insert(u"staffId"_s, m_staffId);
    const qint64 seq = StaffRepository(m_database->connection())
                           .queue(kind, m_staffId, entityId, payload, m_clock(), newId(), decision, seenVersion);
    if (seq <= 0) {
        setMessage(tr("Opslaan is niet gelukt."));
        return false;
    }
    setMessage({});
    refresh();
    if (m_sync)
        m_sync->refreshPendingCount();
    Q_EMIT queued();
    return true;
}

// ---------------------------------------------------------------- review

QVariantList StaffController::reviewOpportunities(const QString &kind) const
{
    return StaffRepository(m_database->connection()).reviewOpportunities(kind);
}

QVariantList StaffController::signupsFor(const QString &opportunityId) const
{
    return StaffRepository(m_database->connection()).signupsFor(opportunityId);
}

QVariantList StaffController::newVolunteers() const
{
    return StaffRepository(m_database->connection()).newVolunteers();
}

QVariantList StaffController::conflicts() const
{
    return StaffRepository(m_database->connection()).conflicts();
}

QVariantMap StaffController::allowedDecisions(const QString &signupId) const
{
    StaffRepository repo(m_database->connection());
    const auto s = repo.signupData(signupId);
    if (!s)
        return {};
    const auto state = signupStateFromKey(s->value(u"state"_s).toString());
    if (!state)
        return {};
    const QString opportunityId = s->value(u"opportunityId"_s).toString();
    const auto o = CatalogueRepository(m_database->connection()).opportunity(opportunityId);
    const int confirmed = repo.confirmedCount(opportunityId);
    const bool placeFree = !o || o->capacity <= 0 || confirmed < o->capacity;
    QVariantMap result;
    for (DecisionKind k : {DecisionKind::Confirm, DecisionKind::Waitlist, DecisionKind::Decline}) {
        const auto ruling = ruleOnDecision(*state, k, placeFree);
        result.insert(toKey(k), ruling.effect == DecisionRuling::Apply);
    }
    return result;
}

bool StaffController::decide(const QString &signupId, const QString &decision, const QString &reasonTemplate,
                             const QString &reasonText, const QString &messageToTenant)
{
    if (!requireUnlocked())
        return false;
    const auto kind = decisionKindFromKey(decision);
    StaffRepository repo(m_database->connection());
    const auto s = repo.signupData(signupId);
    if (!kind || !s) {
        setMessage(tr("Deze aanmelding is niet (meer) bekend op deze tablet."));
        return false;
    }
    if (!allowedDecisions(signupId).value(decision).toBool()) {
        setMessage(tr("Dit besluit past niet bij de huidige stand van de aanmelding."));
        return false;
    }
    QString reason = reasonTemplate.trimmed();
    if (!reasonText.trimmed().isEmpty())
        reason = reason.isEmpty() ? reasonText.trimmed() : reason + u": "_s + reasonText.trimmed();
    const auto checkedReason = validateFreeText(reason, u"reason"_s, 200, *kind == DecisionKind::Decline);
    if (!checkedReason.ok()) {
        setMessage(*kind == DecisionKind::Decline && reason.isEmpty()
                       ? tr("Kies of schrijf een reden voor de afwijzing.")
                       : tr("De reden mag één regel van hoogstens 200 tekens zijn."));
        return false;
    }
    const auto checkedMessage = validateFreeText(messageToTenant, u"messageToTenant"_s, 2000, false, true);
    if (!checkedMessage.ok()) {
        setMessage(tr("Het bericht aan de huurder mag hoogstens 2000 tekens zijn."));
        return false;
    }
    const qint64 seen = qint64(s->value(u"version"_s).toDouble());
    QJsonObject payload{{u"signupId"_s, signupId}, {u"decision"_s, decision}, {u"seenVersion"_s, double(seen)}};
    if (!checkedReason.value.isEmpty())
        payload.insert(u"reason"_s, checkedReason.value);
    if (!checkedMessage.value.isEmpty())
        payload.insert(u"messageToTenant"_s, checkedMessage.value);
    return enqueue(u"decision"_s, signupId, payload, decision, seen);
}

bool StaffController::markIdentityChecked(const QString &personId, const QString &method)
{
    if (!requireUnlocked())
        return false;
    if (method != "tenant-number"_L1 && method != "address"_L1) {
        setMessage(tr("Kies waarmee u de huurder hebt gecontroleerd: huurdernummer of adres."));
        return false;
    }
    // A staff mutation: the server records who, when and on which device, and the other
    // tablets of the site stop asking on their next pull.
    return enqueue(u"identity-check"_s, personId, {{u"personId"_s, personId}, {u"method"_s, method}});
}

bool StaffController::recordPlacement(const QString &signupId, const QString &placement)
{
    if (!requireUnlocked())
        return false;
    static const QStringList kinds{u"started"_s, u"completed"_s, u"dropped-out"_s};
    const auto s = StaffRepository(m_database->connection()).signupData(signupId);
    const auto o = s ? CatalogueRepository(m_database->connection()).opportunity(s->value(u"opportunityId"_s).toString())
                     : std::nullopt;
    if (!kinds.contains(placement) || !o || o->kind != OpportunityKind::TrainingPlace
        || s->value(u"state"_s).toString() != "confirmed"_L1) {
        setMessage(tr("Alleen een bevestigde leerplaats kan starten, afronden of uitvallen."));
        return false;
    }
    return enqueue(u"placement"_s, signupId,
                   {{u"signupId"_s, signupId}, {u"placement"_s, placement},
                    {u"date"_s, m_clock().toLocalTime().date().toString(Qt::ISODate)}});
}

// ---------------------------------------------------------------- catalogue

QVariantList StaffController::opportunities() const
{
    CatalogueQuery q;
    q.includeClosed = true;
    q.limit = CatalogueRepository::kMaxLimit;
    QVariantList rows;
    const auto account = StaffRepository(m_database->connection()).account(m_staffId);
    const QString tabletSite = m_sync ? m_sync->site() : QString();
    const auto found = CatalogueRepository(m_database->connection()).search(q);
    for (const Opportunity &o : found) {
        // Only what this staff member may edit: their sites (all when the tablet knows none).
        if (account && !account->sites.isEmpty() && !account->sites.contains(o.site.id))
            continue;
        if (!tabletSite.isEmpty() && (!account || account->sites.isEmpty()) && o.site.id != tabletSite)
            continue;
        rows.append(opportunityRow(o));
    }
    return rows;
}

QVariantMap StaffController::opportunity(const QString &id) const
{
    const auto o = CatalogueRepository(m_database->connection()).opportunity(id);
    if (!o)
        return {};
    QVariantMap row = opportunityRow(*o);
    row.insert(u"confirmed"_s, StaffRepository(m_database->connection()).confirmedCount(id));
    return row;
}

QVariantList StaffController::sites() const
{
    QVariantList rows;
    const auto account = StaffRepository(m_database->connection()).account(m_staffId);
    const auto all = CatalogueRepository(m_database->connection()).sites();
    for (const Site &s : all) {
        if (account && !account->sites.isEmpty() && !account->sites.contains(s.id))
            continue;
        rows.append(QVariantMap{{u"id"_s, s.id}, {u"name"_s, s.name}, {u"neighbourhood"_s, s.neighbourhood},
                                {u"address"_s, s.address}});
    }
    return rows;
}

namespace {

// A date as staff type it: 2026-12-01 or 1-12-2026. Invalid when it is neither.
QDate typedDate(const QString &text)
{
    const QString t = text.trimmed();
    const QDate iso = QDate::fromString(t, Qt::ISODate);
    return iso.isValid() ? iso : QDate::fromString(t, u"d-M-yyyy"_s);
}

} // namespace

void StaffController::clearFieldErrors()
{
    if (m_fieldErrors.isEmpty())
        return;
    m_fieldErrors.clear();
    Q_EMIT fieldErrorsChanged();
}

bool StaffController::saveOpportunity(const QVariantMap &fields)
{
    if (!requireUnlocked())
        return false;
    CatalogueRepository catalogue(m_database->connection());
    QString id = fields.value(u"opportunityId"_s).toString();
    QJsonObject json;
    if (!id.isEmpty()) {
        const auto existing = catalogue.opportunity(id);
        if (!existing) {
            setMessage(tr("Deze activiteit bestaat niet meer."));
            return false;
        }
        json = Wire::toJson(*existing);
    } else {
        id = u"staff-"_s + newId().left(8);
        json.insert(u"id"_s, id);
    }
    static const QStringList textFields{u"title"_s, u"summary"_s, u"description"_s, u"kind"_s, u"trainingType"_s,
                                        u"route"_s, u"status"_s, u"neighbourhood"_s, u"site"_s, u"organiser"_s,
                                        u"organiserRole"_s, u"schedule"_s, u"languageLevel"_s, u"allowance"_s};
    for (const QString &f : textFields) {
        if (fields.contains(f))
            json.insert(f, fields.value(f).toString().trimmed());
    }
    for (const QString &f : {u"capacity"_s, u"minimumAge"_s}) {
        if (fields.contains(f))
            json.insert(f, fields.value(f).toInt());
    }

    // Field by field, each problem beside its field; nothing is queued while one remains.
    QVariantMap errors;
    for (const QString &f : {u"startDate"_s, u"endDate"_s}) {
        if (!fields.contains(f))
            continue;
        const QString typed = fields.value(f).toString().trimmed();
        const QDate date = typedDate(typed);
        if (!typed.isEmpty() && !date.isValid())
            errors.insert(f, tr("Vul een datum in als 2026-12-01 of 1-12-2026."));
        json.insert(f, date.isValid() ? date.toString(Qt::ISODate) : QString());
    }
    {
        // The order of the dates, in the words of the catalogue's own rules.
        Opportunity dates;
        dates.title = u"-"_s;
        dates.startDate = QDate::fromString(json.value(u"startDate"_s).toString(), Qt::ISODate);
        dates.endDate = QDate::fromString(json.value(u"endDate"_s).toString(), Qt::ISODate);
        for (const FieldError &e : validateOpportunity(dates)) {
            if (e.field == "endDate"_L1 && !errors.contains(e.field))
                errors.insert(e.field, e.message);
        }
    }
    if (fields.contains(u"contactName"_s) || fields.contains(u"contactPhone"_s) || fields.contains(u"contactEmail"_s)) {
        QJsonObject contact;
        // Each contact field checked by its own validator; a message beside the field.
        const auto checkContact = [&](const QString &field, const QString &key, auto validate) {
            const QString typed = fields.value(field).toString().trimmed();
            if (typed.isEmpty())
                return;
            const auto checked = validate(typed, field);
            if (checked.error)
                errors.insert(field, checked.error->message);
            contact.insert(key, checked.value);
        };
        checkContact(u"contactName"_s, u"name"_s, [](const QString &v, const QString &f) { return validateName(v, f); });
        checkContact(u"contactPhone"_s, u"phone"_s, [](const QString &v, const QString &f) { return validatePhone(v, f); });
        checkContact(u"contactEmail"_s, u"email"_s, [](const QString &v, const QString &f) { return validateEmail(v, f); });
        if (contact.isEmpty())
            json.remove(u"contact"_s);
        else
            json.insert(u"contact"_s, contact);
    }
    if (json.value(u"neighbourhood"_s).toString().isEmpty()) {
        if (const auto site = catalogue.site(json.value(u"site"_s).toString()))
            json.insert(u"neighbourhood"_s, site->neighbourhood);
    }
    // The catalogue format: no server counters, no empty dates.
    json.remove(u"placesTaken"_s);
    json.remove(u"version"_s);
    if (json.value(u"kind"_s).toString() != "training"_L1)
        json.remove(u"trainingType"_s);
    for (const QString &f : {u"startDate"_s, u"endDate"_s, u"trainingType"_s}) {
        if (json.value(f).toString().isEmpty() || json.value(f).toString() == "none"_L1)
            json.remove(f);
    }
    if (const auto title = validateFreeText(json.value(u"title"_s).toString(), u"title"_s, kMaxShortTextLength, true);
        title.error)
        errors.insert(u"title"_s, title.error->message);
    if (errors.isEmpty()) {
        const auto checked = Wire::opportunityFromJson(json, u"opportunity"_s, catalogue.sites());
        if (!checked.ok()) {
            // The wire format's own words are for developers; staff get a plain sentence.
            errors.insert(checked.error->field.section(u'.', -1), tr("Controleer dit veld."));
        } else {
            for (const FieldError &e : validateOpportunity(checked.value))
                errors.insert(e.field.section(u'.', -1), e.message);
            const int confirmed = StaffRepository(m_database->connection()).confirmedCount(id);
            if (checked.value.capacity > 0 && checked.value.capacity < confirmed)
                errors.insert(u"capacity"_s,
                              tr("Er zijn al %n bevestigde deelnemer(s). De capaciteit kan niet lager dan dat.", "",
                                 confirmed));
        }
    }
    if (errors != m_fieldErrors) {
        m_fieldErrors = errors;
        Q_EMIT fieldErrorsChanged();
    }
    if (!errors.isEmpty()) {
        // One sentence under the form too; when only one field is wrong, that field's.
        setMessage(errors.size() == 1 ? errors.cbegin().value().toString()
                                      : tr("Controleer de %n gemarkeerde velden.", "", int(errors.size())));
        return false;
    }
    return enqueue(u"opportunity-upsert"_s, id, QJsonObject{{u"opportunity"_s, json}});
}

bool StaffController::setOpportunityStatus(const QString &id, const QString &status)
{
    return saveOpportunity({{u"opportunityId"_s, id}, {u"status"_s, status}});
}

// ---------------------------------------------------------------- hours and persons

QVariantList StaffController::hours(bool unverifiedOnly) const
{
    return StaffRepository(m_database->connection()).hours(unverifiedOnly);
}

bool StaffController::verifyHours(const QString &entryId)
{
    if (!requireUnlocked())
        return false;
    return enqueue(u"hours-verify"_s, entryId, {{u"entryId"_s, entryId}});
}

bool StaffController::correctHours(const QString &entryId, const QString &date, int minutes, const QString &note)
{
    if (!requireUnlocked())
        return false;
    if (!QDate::fromString(date, Qt::ISODate).isValid() || minutes < 0 || minutes > 1440) {
        setMessage(tr("Vul een datum (JJJJ-MM-DD) en 0 tot 1440 minuten in."));
        return false;
    }
    const auto checkedNote = validateFreeText(note, u"note"_s, 200, false);
    if (!checkedNote.ok()) {
        setMessage(tr("De toelichting mag één regel van hoogstens 200 tekens zijn."));
        return false;
    }
    QJsonObject entry{{u"id"_s, newId()}, {u"correctsEntryId"_s, entryId}, {u"date"_s, date}, {u"minutes"_s, minutes}};
    if (!checkedNote.value.isEmpty())
        entry.insert(u"note"_s, checkedNote.value);
    return enqueue(u"hours-correct"_s, entryId, {{u"entry"_s, entry}});
}

QVariantList StaffController::persons(const QString &search) const
{
    return StaffRepository(m_database->connection()).persons(search);
}

QVariantMap StaffController::person(const QString &personId) const
{
    return StaffRepository(m_database->connection()).person(personId);
}

bool StaffController::setHoursAgreement(const QString &personId, int minutesPerMonth)
{
    if (!requireUnlocked())
        return false;
    if (minutesPerMonth < 0 || minutesPerMonth > 44640) {
        setMessage(tr("Vul 0 tot 744 uur per maand in."));
        return false;
    }
    return enqueue(u"hours-agreement"_s, personId, {{u"personId"_s, personId}, {u"minutesPerMonth"_s, minutesPerMonth}});
}

bool StaffController::withdrawConsent(const QString &personId, const QString &purpose)
{
    if (!requireUnlocked())
        return false;
    return enqueue(u"consent-withdraw"_s, personId, {{u"personId"_s, personId}, {u"purpose"_s, purpose}});
}

bool StaffController::erasePerson(const QString &personId, const QString &pin)
{
    if (!requireUnlocked() || !confirmPin(pin))
        return false;
    QSqlDatabase db = m_database->connection();
    {
        // Queued and anonymised here in one go: the tablet forgets at once, the server
        // follows on the next push and tells every other device.
        Transaction tx(db);
        if (!tx.isActive() || !StaffRepository(db).anonymiseLocally(personId) || !tx.commit()) {
            setMessage(tr("Opslaan is niet gelukt."));
            return false;
        }
    }
    return enqueue(u"erase-person"_s, personId, {{u"personId"_s, personId}});
}

// ---------------------------------------------------------------- results

namespace {

// What the dashboard binds to, from the tablet's or the server's Meedoen::Results alike.
QVariantMap figuresMap(const Results &r)
{
    QVariantList months;
    for (const MonthFigures &m : r.trend)
        months.append(QVariantMap{{u"month"_s, m.month}, {u"hours"_s, m.minutes / 60.0},
                                  {u"activeVolunteers"_s, m.activeVolunteers},
                                  {u"trainingStarted"_s, m.trainingStarted},
                                  {u"trainingCompleted"_s, m.trainingCompleted},
                                  {u"trainingDroppedOut"_s, m.trainingDroppedOut}});
    QVariantList opportunities;
    for (const OpportunityFigures &o : r.opportunities)
        opportunities.append(QVariantMap{{u"opportunityId"_s, o.id}, {u"title"_s, o.title}, {u"kind"_s, o.kind},
                                         {u"capacity"_s, o.capacity}, {u"confirmed"_s, o.confirmed},
                                         {u"waitlistLength"_s, o.waitlistLength}, {u"fillRate"_s, o.fillRate()}});
    return {{u"months"_s, months},
            {u"opportunities"_s, opportunities},
            {u"activeVolunteers"_s, r.total.activeVolunteers},
            {u"hours"_s, r.total.minutes / 60.0},
            {u"trainingStarted"_s, r.total.trainingStarted},
            {u"trainingCompleted"_s, r.total.trainingCompleted},
            {u"trainingDroppedOut"_s, r.total.trainingDroppedOut}};
}

} // namespace

ResultsFilter StaffController::resultsFilter(const QString &site, const QString &neighbourhood,
                                             const QString &route) const
{
    ResultsFilter f;
    f.site = site;
    f.neighbourhood = neighbourhood;
    f.route = route;
    // "All" means all of this staff member's sites, as the server reads an empty site.
    if (site.isEmpty()) {
        const auto account = StaffRepository(m_database->connection()).account(m_staffId);
        if (account)
            f.sites = account->sites;
    }
    return f;
}

QVariantMap StaffController::dashboard(const QString &site, const QString &neighbourhood, const QString &route) const
{
    return figuresMap(StaffRepository(m_database->connection()).dashboard(resultsFilter(site, neighbourhood, route)));
}

void StaffController::setResults(QVariantMap figures, const QString &source, const QDateTime &asOf)
{
    figures.insert(u"source"_s, source);
    figures.insert(u"asOf"_s, asOf);
    m_results = figures;
    Q_EMIT resultsChanged();
}

void StaffController::loadResults(const QString &site, const QString &neighbourhood, const QString &route)
{
    const QString key = site + u'\n' + neighbourhood + u'\n' + route;
    const quint64 request = ++m_resultsRequest;
    const auto showOwn = [this, site, neighbourhood, route] {
        setResults(dashboard(site, neighbourhood, route), u"tablet"_s,
                   m_sync ? m_sync->lastSuccessfulSync() : QDateTime());
    };
    const bool online = m_sync && m_sync->isEnrolled() && m_sync->deviceKind() == "staff"_L1
        && m_stage == Stage::Unlocked && m_sessions.contains(m_staffId);
    // The server's figures for this filter stay up while they are asked again.
    if (!online || key != m_resultsKey || m_results.value(u"source"_s).toString() != "server"_L1)
        showOwn();
    m_resultsKey = key;
    if (!online)
        return;
    QUrlQuery query;
    for (const auto &[name, value] : {std::pair{u"site"_s, site}, std::pair{u"neighbourhood"_s, neighbourhood},
                                      std::pair{u"route"_s, route}}) {
        if (!value.isEmpty())
            query.addQueryItem(name, value);
    }
    QString path = u"/v1/staff/results"_s;
    if (!query.isEmpty())
        path += u'?' + query.toString(QUrl::FullyEncoded);
    QNetworkReply *reply = m_sync->request("GET", path);
    connect(reply, &QNetworkReply::finished, this, [this, reply, request, showOwn] {
        reply->deleteLater();
        if (request != m_resultsRequest)
            return;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const auto answer = status == 200
            ? Wire::resultsFromJson(QJsonDocument::fromJson(reply->readAll()).object())
            : std::nullopt;
        if (!answer) {
            // Offline, or the server would not say: the tablet's own copy.
            if (m_results.value(u"source"_s).toString() != "tablet"_L1)
                showOwn();
            return;
        }
        setResults(figuresMap(answer->results), u"server"_s, answer->generatedAt);
    });
}

QVariantList StaffController::neighbourhoods() const
{
    QVariantList rows;
    // Only the neighbourhoods of the staff member's sites.
    QStringList mine;
    for (const QVariant &s : sites())
        mine.append(s.toMap().value(u"neighbourhood"_s).toString());
    const auto all = CatalogueRepository(m_database->connection()).neighbourhoods();
    for (const Neighbourhood &n : all)
        if (mine.contains(n.id))
            rows.append(QVariantMap{{u"id"_s, n.id}, {u"name"_s, n.name}});
    return rows;
}

QString StaffController::writeExport(const QString &name, const QString &csv)
{
    if (!QDir().mkpath(m_exportDir)) {
        setMessage(tr("De map voor exports is niet beschikbaar."));
        return {};
    }
    const QString path = QDir(m_exportDir).filePath(
        u"meedoen-%1-%2.csv"_s.arg(name, m_clock().toLocalTime().toString(u"yyyyMMdd-HHmmss"_s)));
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(csv.toUtf8()) < 0 || !f.commit()) {
        setMessage(tr("Het bestand kon niet worden geschreven."));
        return {};
    }
    StaffRepository(m_database->connection()).auditOnDevice(m_staffId, u"export-"_s + name, {}, {}, m_clock());
    setMessage(tr("Opgeslagen als %1").arg(path));
    refresh();
    return path;
}

QString StaffController::exportResults(const QString &pin, const QString &site, const QString &neighbourhood,
                                       const QString &route)
{
    if (!requireUnlocked() || !confirmPin(pin))
        return {};
    const auto d = StaffRepository(m_database->connection()).dashboard(resultsFilter(site, neighbourhood, route));
    return writeExport(u"results"_s, StaffExport::resultsCsv(d));
}

QString StaffController::exportDecisions(const QString &pin)
{
    if (!requireUnlocked() || !confirmPin(pin))
        return {};
    return writeExport(u"decisions"_s, StaffExport::decisionsCsv(StaffRepository(m_database->connection()).decisionRows()));
}

QVariantList StaffController::audit() const
{
    return StaffRepository(m_database->connection()).audit(200);
}

QVariantList StaffController::actions() const
{
    return StaffRepository(m_database->connection()).actions(100);
}

// ---------------------------------------------------------------- tour

bool StaffController::loadTourData(const QString &pin)
{
    if (m_sync && m_sync->isEnrolled())
        return false;
    QSqlDatabase db = m_database->connection();
    StaffRepository repo(db);
    Transaction tx(db);
    if (!tx.isActive())
        return false;
    const QStringList given{u"Fatma"_s, u"Jan"_s, u"Agnieszka"_s, u"Mohamed"_s, u"Sanne"_s, u"Kees"_s};
    const QStringList family{u"Yılmaz"_s, u"de Vries"_s, u"Kowalska"_s, u"El Amrani"_s, u"Bakker"_s, u"Jansen"_s};
    for (int i = 0; i < given.size(); ++i) {
        const QString id = u"tour-person-%1"_s.arg(i);
        QJsonArray consents{QJsonObject{{u"purpose"_s, u"contact"_s}, {u"textVersion"_s, u"2026-11-01"_s},
                                        {u"givenAt"_s, u"2026-09-0%1T10:00:00.000Z"_s.arg(i + 1)}}};
        if (i % 2 == 0)
            consents.append(QJsonObject{{u"purpose"_s, u"share-partner"_s}, {u"textVersion"_s, u"2026-11-01"_s},
                                        {u"givenAt"_s, u"2026-09-0%1T10:00:00.000Z"_s.arg(i + 1)},
                                        {u"withdrawnAt"_s, u"2026-10-1%1T14:00:00.000Z"_s.arg(i)}});
        const QJsonObject p{{u"id"_s, id}, {u"givenName"_s, given.at(i)}, {u"familyName"_s, family.at(i)},
                            {u"postcode"_s, u"3083 BK"_s}, {u"houseNumber"_s, 10 + i}, {u"tenantNumber"_s, u"HT-%1"_s.arg(4410 + i)},
                            {u"dateOfBirth"_s, u"198%1-04-03"_s.arg(i)}, {u"phone"_s, u"+3161234567%1"_s.arg(i)},
                            {u"consents"_s, consents}, {u"agreedMinutesPerMonth"_s, i == 0 ? 480 : 0}};
        if (!repo.applyPulled(u"person"_s, id, false, p))
            return false;
    }
    struct S { const char *opp; int person; const char *state; int pos; };
    const S signups[] = {{"wlw-voedselbank-01", 0, "confirmed", 0}, {"wlw-voedselbank-01", 1, "waitlisted", 1},
                         {"wlw-voedselbank-01", 2, "waitlisted", 2}, {"wlw-taal-01", 3, "confirmed", 0},
                         {"wlw-welkom-01", 4, "confirmed", 0},        {"wlw-stage-01", 5, "confirmed", 0},
                         {"wlw-stage-01", 2, "waitlisted", 1},        {"wlw-reint-01", 1, "confirmed", 0}};
    int n = 0;
    for (const S &s : signups) {
        ++n;
        const QString id = u"tour-signup-%1"_s.arg(n);
        const QJsonObject d{{u"id"_s, id}, {u"referenceCode"_s, u"MD-%1"_s.arg(7300 + n * 7)},
                            {u"personId"_s, u"tour-person-%1"_s.arg(s.person)},
                            {u"opportunityId"_s, QString::fromLatin1(s.opp)}, {u"state"_s, QString::fromLatin1(s.state)},
                            {u"waitlistPosition"_s, s.pos}, {u"arrival"_s, n}, {u"version"_s, 1},
                            {u"placement"_s, n == 6 ? u"started"_s : QString()},
                            {u"motivation"_s, n == 7 ? u"Ik wil graag in de zorg werken."_s : QString()}};
        if (!repo.applyPulled(u"signup"_s, id, false, d))
            return false;
    }
    const char *months[] = {"2026-07", "2026-08", "2026-09", "2026-10", "2026-11"};
    n = 0;
    for (int m = 0; m < 5; ++m) {
        for (int p = 0; p <= m && p < 5; ++p) {
            ++n;
            const QString id = u"tour-hours-%1"_s.arg(n);
            const QJsonObject h{{u"id"_s, id}, {u"personId"_s, u"tour-person-%1"_s.arg(p)},
                                {u"opportunityId"_s, p % 2 ? u"wlw-taal-01"_s : u"wlw-voedselbank-01"_s},
                                {u"date"_s, QString(QString::fromLatin1(months[m]) + u"-1%1"_s.arg(p))},
                                {u"minutes"_s, 60 + 30 * p}, {u"note"_s, p == 0 ? u"Inpakken"_s : QString()},
                                {u"loggedBy"_s, u"tenant"_s}, {u"verified"_s, m < 3}};
            if (!repo.applyPulled(u"hours"_s, id, false, h))
                return false;
        }
    }
    // Training placements as the server sends them: two started, one completed.
    const struct { const char *id, *signup, *opp, *kind, *date; } placements[] = {
        {"tour-placement-1", "tour-signup-6", "wlw-stage-01", "started", "2026-09-01"},
        {"tour-placement-2", "tour-signup-8", "wlw-reint-01", "started", "2026-08-15"},
        {"tour-placement-3", "tour-signup-8", "wlw-reint-01", "completed", "2026-11-10"}};
    for (const auto &p : placements) {
        if (!repo.applyPulled(u"placement"_s, QString::fromLatin1(p.id), false,
                              {{u"signupId"_s, QString::fromLatin1(p.signup)}, {u"opportunityId"_s, QString::fromLatin1(p.opp)},
                               {u"placement"_s, QString::fromLatin1(p.kind)}, {u"date"_s, QString::fromLatin1(p.date)}}))
            return false;
    }
    if (!repo.applyPulled(u"balance"_s, u"tour-person-0/2026-11"_s, false,
                          {{u"personId"_s, u"tour-person-0"_s}, {u"month"_s, u"2026-11"_s}, {u"agreedMinutes"_s, 480},
                           {u"loggedMinutes"_s, 300}, {u"verifiedMinutes"_s, 0}, {u"balanceMinutes"_s, -180}}))
        return false;
    if (!repo.applyPulled(u"decision"_s, u"tour-decision-1"_s, false,
                          {{u"signupId"_s, u"tour-signup-2"_s}, {u"staffId"_s, u"tour-staff-2"_s},
                           {u"deviceId"_s, u"tablet-2"_s}, {u"decision"_s, u"confirm"_s}, {u"status"_s, u"conflict"_s},
                           {u"seenVersion"_s, 1}, {u"currentVersion"_s, 2}, {u"decidedAt"_s, u"2026-11-27T10:02:00.000Z"_s},
                           {u"deviceTime"_s, u"2026-11-27T09:58:00.000Z"_s}}))
        return false;
    if (!tx.commit())
        return false;
    StaffRepository::Account a;
    a.staffId = u"tour-staff-1"_s;
    a.login = u"fatma"_s;
    a.name = u"Fatma Demir"_s;
    a.sites = {u"wielewaal-buurthuis"_s, u"wielewaal-deeltuin"_s, u"wielewaal-sporthal"_s};
    a.signedInAt = m_clock();
    StaffRepository::Account b = a;
    b.staffId = u"tour-staff-2"_s;
    b.login = u"pieter"_s;
    b.name = u"Pieter van Dijk"_s;
    if (!addAccount(a) || !addAccount(b) || !m_pin.setPin(a.staffId, pin))
        return false;
    Q_EMIT accountsChanged();
    refresh();
    return true;
}
