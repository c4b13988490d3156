// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "controllers/staffsession.h"

#include "storage/cataloguerepository.h"
#include "storage/database.h"
#include "sync/staffapi.h"
#include "sync/syncclient.h"

#include <QCoreApplication>
#include <QEvent>
#include <QUuid>

using namespace Qt::StringLiterals;

StaffSession *StaffSession::s_instance = nullptr;

StaffSession::StaffSession(Database *database, StaffApi *api, SyncClient *sync, Clock clock,
                           StaffPinGuard::Cost pinCost, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_api(api)
    , m_clock(std::move(clock))
    , m_pin(database->connection(), m_clock, pinCost)
{
    // The first one built is the one QML sees (a test may build two tablets).
    if (!s_instance)
        s_instance = this;
    m_idle.setSingleShot(true);
    m_idle.setInterval(2 * 60 * 1000);
    connect(&m_idle, &QTimer::timeout, this, &StaffSession::lock);
    setSync(sync);
    m_stage = StaffRepository(m_database->connection()).accounts().isEmpty() ? Stage::SignIn : Stage::Locked;
}

StaffSession::~StaffSession()
{
    if (s_instance == this)
        s_instance = nullptr;
}

StaffSession *StaffSession::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT(s_instance);
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

void StaffSession::setSync(SyncClient *sync)
{
    if (m_sync == sync)
        return;
    if (m_sync) {
        disconnect(m_sync, nullptr, this, nullptr);
        disconnect(this, nullptr, m_sync, nullptr);
    }
    m_sync = sync;
    if (m_sync) {
        connect(m_sync, &SyncClient::roundFinished, this, &StaffSession::refresh);
        connect(this, &StaffSession::queued, m_sync, &SyncClient::syncNow);
    }
}

SyncClient *StaffSession::sync() const
{
    return m_sync;
}

bool StaffSession::eventFilter(QObject *watched, QEvent *event)
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

void StaffSession::setStage(Stage s)
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
    Q_EMIT rolesChanged();
}

QStringList StaffSession::roles() const
{
    if (m_stage != Stage::Unlocked || m_staffId.isEmpty())
        return {};
    const auto account = StaffRepository(m_database->connection()).account(m_staffId);
    if (!account)
        return {};
    // Keys this app does not know (a newer server's) allow nothing.
    QStringList known;
    for (const QString &key : account->roles) {
        if (Wire::staffRoleFromKey(key))
            known.append(key);
    }
    return known;
}

QStringList StaffSession::permissions() const
{
    const auto held = Wire::staffRolesFromKeys(roles());
    QStringList keys;
    for (Wire::Permission p : Wire::allPermissions()) {
        if (held && Wire::allows(*held, p))
            keys.append(Wire::toKey(p));
    }
    return keys;
}

QVariantMap StaffSession::allowed() const
{
    const QStringList held = permissions();
    QVariantMap map;
    for (Wire::Permission p : Wire::allPermissions())
        map.insert(Wire::toKey(p), held.contains(Wire::toKey(p)));
    return map;
}

bool StaffSession::can(const QString &permission) const
{
    return permissions().contains(permission);
}

bool StaffSession::can(Wire::Permission permission) const
{
    return can(Wire::toKey(permission));
}

void StaffSession::setMessage(const QString &m, int retryAfter)
{
    m_message = m;
    m_retryAfter = retryAfter;
    Q_EMIT messageChanged();
}

void StaffSession::setBusy(bool b)
{
    if (m_busy == b)
        return;
    m_busy = b;
    Q_EMIT busyChanged();
}

void StaffSession::setIdleTimeoutMs(int ms)
{
    if (ms == m_idle.interval() || ms <= 0)
        return;
    m_idle.setInterval(ms);
    if (m_stage == Stage::Unlocked)
        m_idle.start();
    Q_EMIT idleTimeoutMsChanged();
}

QString StaffSession::staffName() const
{
    const auto a = StaffRepository(m_database->connection()).account(m_staffId);
    return a ? a->name : QString();
}

QVariantList StaffSession::accounts() const
{
    QVariantList rows;
    const auto all = StaffRepository(m_database->connection()).accounts();
    for (const auto &a : all)
        rows.append(QVariantMap{{u"staffId"_s, a.staffId}, {u"name"_s, a.name}, {u"login"_s, a.login},
                                {u"hasPin"_s, !a.pinHash.isEmpty()}});
    return rows;
}

QList<Meedoen::Site> StaffSession::sites() const
{
    QList<Meedoen::Site> mine;
    const auto account = StaffRepository(m_database->connection()).account(m_staffId);
    const auto all = CatalogueRepository(m_database->connection()).sites();
    for (const Meedoen::Site &s : all) {
        if (account && !account->sites.isEmpty() && !account->sites.contains(s.id))
            continue;
        mine.append(s);
    }
    return mine;
}

void StaffSession::refresh()
{
    ++m_revision;
    Q_EMIT revisionChanged();
}

void StaffSession::touch()
{
    if (m_stage == Stage::Unlocked)
        m_idle.start();
}

// ---------------------------------------------------------------- sign-in

void StaffSession::login(const QString &login, const QString &password)
{
    if (!m_api || !m_api->isStaffTablet()) {
        setMessage(tr("Deze tablet is nog niet gekoppeld aan de server. Vraag de beheerder om een koppelcode."));
        return;
    }
    if (login.trimmed().isEmpty() || password.isEmpty()) {
        setMessage(tr("Vul uw gebruikersnaam en wachtwoord in."));
        return;
    }
    setBusy(true);
    m_api->login(Wire::StaffLoginRequest{login.trimmed(), password}, this, [this](const StaffApi::LoginAnswer &answer) {
        setBusy(false);
        const int status = answer.status;
        if (status == 200) {
            if (!answer.reply)
                setMessage(tr("De aanmelding kon niet worden opgeslagen."));
            else
                signedIn(*answer.reply);
            return;
        }
        const int retry = answer.retryAfterSeconds;
        if (status == 0)
            setMessage(tr("Geen verbinding met de server. Aanmelden met wachtwoord kan alleen online."));
        else if (status == 401)
            setMessage(tr("Gebruikersnaam of wachtwoord klopt niet."));
        else if (status == 403)
            setMessage(tr("U werkt niet op de locatie van deze tablet."));
        else if (status == 426)
            // The server no longer serves this app (docs/sync-protocol.md, "Protocol versions").
            setMessage(tr("Werk de app bij. Deze versie past niet meer bij de server. "
                          "Aanmelden kan weer als de app is bijgewerkt."));
        else if (status == 423 && retry > 0)
            // The lock ends by itself (docs/security/signin.md); whole minutes, rounded up.
            setMessage(tr("Te vaak een verkeerd wachtwoord. Uw account is op slot; over %n minuut/minuten kunt u "
                          "het opnieuw proberen. De beheerder kan het eerder vrijgeven.",
                          "", (retry + 59) / 60),
                       retry);
        else if (status == 423)
            setMessage(tr("Te vaak een verkeerd wachtwoord. De beheerder moet uw account vrijgeven."));
        else if (status == 429 && answer.problem == "signin-busy"_L1)
            setMessage(tr("De server is even druk met aanmelden. Probeer het over %n seconde(n) opnieuw; "
                          "uw gebruikersnaam blijft staan.",
                          "", retry),
                       retry);
        else if (status == 429 && retry >= 120)
            setMessage(tr("Te veel pogingen. Probeer het over %n minuut/minuten opnieuw.", "", (retry + 59) / 60),
                       retry);
        else if (status == 429)
            setMessage(tr("Te veel pogingen. Probeer het over %n seconde(n) opnieuw.", "", retry), retry);
        else
            setMessage(tr("De server gaf een fout (%1). Probeer het later opnieuw.").arg(status));
    });
}

void StaffSession::signedIn(const Wire::StaffLoginReply &reply)
{
    StaffRepository::Account a;
    a.staffId = reply.staffId;
    a.login = reply.login;
    a.name = reply.name;
    a.sites = reply.sites;
    a.roles = reply.roles;
    a.signedInAt = m_clock();
    if (a.staffId.isEmpty() || !StaffRepository(m_database->connection()).upsertAccount(a)) {
        setMessage(tr("De aanmelding kon niet worden opgeslagen."));
        return;
    }
    m_api->setSession(reply.sessionToken);
    m_sessions.insert(a.staffId, reply.sessionToken);
    m_staffId = a.staffId;
    StaffRepository(m_database->connection()).auditOnDevice(m_staffId, u"sign-in"_s, {}, {}, m_clock());
    Q_EMIT accountsChanged();
    setMessage({});
    const auto stored = StaffRepository(m_database->connection()).account(m_staffId);
    setStage(stored && !stored->pinHash.isEmpty() ? Stage::Unlocked : Stage::ChoosePin);
    Q_EMIT rolesChanged(); // signed in again while unlocked: the server may have changed them
    if (m_sync)
        m_sync->syncNow();
}

bool StaffSession::addAccount(const StaffRepository::Account &account)
{
    if (!StaffRepository(m_database->connection()).upsertAccount(account))
        return false;
    Q_EMIT accountsChanged();
    Q_EMIT rolesChanged();
    if (m_stage == Stage::SignIn)
        setStage(Stage::Locked);
    return true;
}

bool StaffSession::choosePin(const QString &pin, const QString &repeat)
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

bool StaffSession::unlock(const QString &staffId, const QString &pin)
{
    const auto outcome = m_pin.check(staffId, pin);
    switch (outcome.result) {
    case StaffPinGuard::Result::Unlocked:
        m_staffId = staffId;
        if (m_api && m_sessions.contains(staffId))
            m_api->setSession(m_sessions.value(staffId));
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

void StaffSession::lock()
{
    if (m_stage == Stage::Locked)
        return;
    if (m_stage == Stage::Unlocked)
        StaffRepository(m_database->connection()).auditOnDevice(m_staffId, u"lock"_s, {}, {}, m_clock());
    m_staffId.clear();
    if (m_api)
        m_api->setSession({});
    setMessage({});
    setStage(StaffRepository(m_database->connection()).accounts().isEmpty() ? Stage::SignIn : Stage::Locked);
}

void StaffSession::addColleague()
{
    lock();
    setStage(Stage::SignIn);
}

bool StaffSession::confirmPin(const QString &pin)
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

bool StaffSession::requireUnlocked()
{
    if (m_stage == Stage::Unlocked && !m_staffId.isEmpty())
        return true;
    setMessage(tr("Ontgrendel de tablet eerst met uw pincode."));
    return false;
}

bool StaffSession::requirePermission(Wire::Permission permission)
{
    if (!requireUnlocked())
        return false;
    if (can(permission))
        return true;
    setMessage(tr("Dit mag u niet doen met uw rol op deze locatie."));
    return false;
}

// ---------------------------------------------------------------- staff mutations

bool StaffSession::queue(Wire::Payload payload, const QString &entityId)
{
    // The screens hide what the roles do not allow; this keeps a way round them (a stale
    // dialog, a role changed at the last sign-in) from queueing what the server will refuse.
    const auto needed = Wire::permissionFor(Wire::kindOf(payload));
    if (needed && !requirePermission(*needed))
        return false;
    std::visit(
        [this](auto &p) {
            if constexpr (requires { p.staffId; })
                p.staffId = m_staffId;
        },
        payload);
    const qint64 seq = StaffRepository(m_database->connection())
                           .queue(payload, entityId, m_clock(), QUuid::createUuid().toString(QUuid::WithoutBraces));
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
