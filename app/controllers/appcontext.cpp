// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "controllers/appcontext.h"

#include "controllers/desktopnotifier.h"
#include "controllers/layoutcheck.h"
#include "storage/syncstaterepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QDir>
#include <QGuiApplication>
#include <QClipboard>
#include <QTimer>
#include <QInputMethod>
#include <QLocale>
#include <QQuickItem>
#include <QQuickWindow>

#include <cstdio>

#ifdef __GLIBC__
#include <malloc.h>
#endif

using namespace Qt::StringLiterals;
using namespace Meedoen;

AppContext *AppContext::s_instance = nullptr;

namespace {

// sync_state's key for a phone's high-contrast choice ("1" when on).
const QString kHighContrastKey = u"highContrast"_s;

} // namespace

AppContext::AppContext(AppMode mode, AppServices &services, QObject *parent)
    : QObject(parent)
    , m_mode(mode)
    , m_services(services)
    , m_catalogue(&services.catalogue())
    , m_registration(&services.registrations(), &services.catalogue())
    , m_mySignups(&services.registrations(), &services.catalogue())
    , m_hours(services.database().connection())
    , m_inbox(services.database().connection())
    , m_myData(&services.registrations(), &services.catalogue(), services.database().connection())
    , m_kioskStatus(&m_registration, &services.catalogue())
    , m_intake(&m_registration)
    , m_readAloud(languageCodes())
    , m_receiptPrinter(&m_registration)
{
    Q_ASSERT(!s_instance);
    s_instance = this;
    installTranslators(m_language);
    m_damagedDatabase =
        SyncStateRepository(services.database().connection()).value(AppServices::kDamagedDatabaseKey.toString());
    if (mode == AppMode::Kiosk)
        setSite({});
    if (mode == AppMode::Phone) {
        m_highContrast = SyncStateRepository(services.database().connection()).value(kHighContrastKey) == "1"_L1;
        m_registration.setRemembersTenant(true);
        m_mySignups.setPersonId(m_registration.tenantId());
        connect(&m_registration, &RegistrationController::tenantChanged, this,
                [this] { m_mySignups.setPersonId(m_registration.tenantId()); });
        connect(&m_registration, &RegistrationController::submittedSignup, &m_mySignups, &SignupListModel::refresh);
        m_hours.setPersonId(m_registration.tenantId());
        connect(&m_registration, &RegistrationController::tenantChanged, this,
                [this] { m_hours.setPersonId(m_registration.tenantId()); });
        m_notifier = std::make_unique<DesktopNotifier>();
        m_inbox.setNotifier(m_notifier.get());
        m_inbox.setPersonId(m_registration.tenantId());
        connect(&m_registration, &RegistrationController::tenantChanged, this,
                [this] { m_inbox.setPersonId(m_registration.tenantId()); });
        m_myData.setLanguage(m_language);
        m_myData.setPersonId(m_registration.tenantId());
        connect(&m_registration, &RegistrationController::tenantChanged, this,
                [this] { m_myData.setPersonId(m_registration.tenantId()); });
        // Nearest first from the phone's position, else from the tenant's postcode area.
        connect(&m_location, &TenantLocation::changed, this, [this] {
            setCatalogueOrigin(m_location.isValid() ? m_location.latitude() : qQNaN(),
                               m_location.isValid() ? m_location.longitude() : qQNaN());
        });
        connect(&m_registration, &RegistrationController::tenantChanged, this, &AppContext::followTenantHome);
        followTenantHome();
        m_location.useDefaultPositionSource();
    }
}

void AppContext::followTenantHome()
{
    // The tenant's neighbourhood from their address through the corporation's areas (else the
    // first one they registered with), and where that neighbourhood's sites are.
    const auto tenant = m_services.registrations().person(m_registration.tenantId());
    QGeoCoordinate centre;
    if (tenant) {
        const CatalogueRepository &catalogue = m_services.catalogue();
        QString home = catalogue.neighbourhoodAt(tenant->address.postcode, tenant->address.houseNumber);
        if (home.isEmpty() && !tenant->neighbourhoods.isEmpty())
            home = tenant->neighbourhoods.constFirst();
        if (const auto c = catalogue.neighbourhoodCentre(home))
            centre = QGeoCoordinate(c->first, c->second);
    }
    m_location.setHome(tenant ? tenant->address.postcode : QString(), centre);
}

CatalogueModel *AppContext::catalogue()
{
    if (!m_catalogueInUse) {
        m_catalogueInUse = true;
        m_catalogue.setOrigin(m_catalogueLatitude, m_catalogueLongitude);  // runs the first query
    }
    return &m_catalogue;
}

void AppContext::setCatalogueOrigin(double latitude, double longitude)
{
    m_catalogueLatitude = latitude;
    m_catalogueLongitude = longitude;
    if (m_catalogueInUse)
        m_catalogue.setOrigin(latitude, longitude);
}

void AppContext::setSync(SyncClient *sync)
{
    if (m_sync == sync)
        return;
    if (m_sync)
        disconnect(m_sync, nullptr, this, nullptr);
    m_sync = sync;
    m_kioskStatus.setSync(sync);
    if (sync) {
        // Every local save goes out at once (the client's schedule still limits the rate).
        connect(&m_registration, &RegistrationController::submittedSignup, sync, &SyncClient::syncNow);
        connect(&m_registration, &RegistrationController::linkRequested, sync, &SyncClient::syncNow);
        connect(&m_hours, &PhoneHours::saved, sync, &SyncClient::syncNow);
        connect(&m_hours, &PhoneHours::saved, sync, &SyncClient::refreshPendingCount);
        connect(sync, &SyncClient::hoursOutcomeArrived, &m_hours, &PhoneHours::refresh);
        connect(&m_myData, &MyData::saved, sync, &SyncClient::syncNow);
        connect(&m_myData, &MyData::saved, sync, &SyncClient::refreshPendingCount);
        connect(&m_mySignups, &SignupListModel::countChanged, sync, &SyncClient::refreshPendingCount);
        connect(sync, &SyncClient::outcomeArrived, &m_mySignups, &SignupListModel::refresh);
        connect(sync, &SyncClient::outcomeArrived, &m_registration, &RegistrationController::signupOutcomeArrived);
        connect(sync, &SyncClient::roundFinished, this, [this](bool ok) {
            if (!ok)
                return;
            // A pull may have changed the catalogue (places left, new or closed activities).
            if (m_catalogueInUse)
                m_catalogue.refresh();
            Q_EMIT catalogueSizeChanged();
            // A phone may have been linked to its tenant, or received their records.
            if (m_mode == AppMode::Phone) {
                m_registration.refreshTenant();
                m_mySignups.refresh();
                m_hours.refresh(); // verified, corrected, the balance
                m_inbox.refresh(); // staff's word, announced once on the desktop
                m_myData.refresh(); // or, once erased, nothing left
                followTenantHome(); // the corporation's areas or its sites may have changed
            }
        });
        if (m_mode == AppMode::Kiosk && !sync->site().isEmpty())
            setSite(sync->site());
    }
    Q_EMIT syncChanged();
}

void AppContext::setEnrollmentClient(SyncClient *client)
{
    m_enrollment.setClient(client);
    if (!client)
        return;
    connect(client, &SyncClient::enrolledChanged, this, [this, client] {
        if (!client->isEnrolled())
            return;
        setSync(client);
        // Enrolled again after a damaged database: the way back is done.
        if (!m_damagedDatabase.isEmpty()
            && SyncStateRepository(m_services.database().connection())
                   .remove(AppServices::kDamagedDatabaseKey.toString())) {
            m_damagedDatabase.clear();
            Q_EMIT damagedDatabaseChanged();
        }
    });
}

void AppContext::dismissDamagedDatabase()
{
    if (!m_damagedDatabaseShown)
        return;
    m_damagedDatabaseShown = false;
    Q_EMIT damagedDatabaseChanged();
}

void AppContext::watchRevocation(SyncClient *client)
{
    const auto update = [this, client] {
        if (!client->isRevoked() || m_outOfService)
            return;
        m_outOfService = true;
        m_enrollment.setClient(nullptr);
        endSession();
        m_mySignups.clear();
        Q_EMIT outOfServiceChanged();
    };
    connect(client, &SyncClient::revokedChanged, this, update);
    update();
}

void AppContext::showOutOfServiceInTour(bool shown)
{
    if (m_tourDir.isEmpty() || m_outOfService == shown)
        return;
    m_outOfService = shown;
    Q_EMIT outOfServiceChanged();
}

AppContext::~AppContext()
{
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
    if (m_fallbackTranslator)
        QCoreApplication::removeTranslator(m_fallbackTranslator.get());
    s_instance = nullptr;
}

AppContext *AppContext::create(QQmlEngine *engine, QJSEngine *)
{
    Q_ASSERT(s_instance);
    s_instance->m_engine = engine;
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

int AppContext::catalogueSize() const
{
    return m_services.catalogue().count();
}

QVariantList AppContext::neighbourhoods() const
{
    QVariantList result;
    const QList<Neighbourhood> all = m_services.catalogue().neighbourhoods();
    for (const Neighbourhood &n : all)
        result.append(QVariantMap{{u"id"_s, n.id}, {u"name"_s, n.name}, {u"city"_s, n.city}});
    return result;
}

bool AppContext::setSite(const QString &siteId)
{
    std::optional<Site> site = siteId.isEmpty() ? std::nullopt : m_services.catalogue().site(siteId);
    if (!site) {
        const QList<Site> sites = m_services.catalogue().sites();
        if (!sites.isEmpty())
            site = sites.constFirst();
    }
    if (!site)
        return false;
    m_siteName = site->name;
    m_siteLatitude = site->latitude;
    m_siteLongitude = site->longitude;
    setCatalogueOrigin(site->latitude, site->longitude);
    Q_EMIT siteChanged();
    return siteId.isEmpty() || site->id == siteId;
}

QVariantList AppContext::languages()
{
    // Each language named in itself, so a tenant finds their own without reading Dutch.
    const auto row = [](const QString &code, const QString &name) {
        return QVariantMap{{u"code"_s, code}, {u"name"_s, name}};
    };
    return {row(u"nl"_s, u"Nederlands"_s), row(u"en"_s, u"English"_s), row(u"tr"_s, u"Türkçe"_s),
            row(u"ar"_s, u"العربية"_s), row(u"pl"_s, u"Polski"_s)};
}

QStringList AppContext::languageCodes()
{
    QStringList codes;
    for (const QVariant &l : languages())
        codes.append(l.toMap().value(u"code"_s).toString());
    return codes;
}

void AppContext::setLanguage(const QString &language)
{
    if (m_language == language || !languageCodes().contains(language))
        return;
    installTranslators(language);
    m_language = language;
    QLocale::setDefault(uiLocale(language));
    m_registration.setLanguage(language);
    m_readAloud.setLanguage(language);
    // C++ strings shown in QML (consent texts, messages beside fields) are built on
    // demand: ask again, in the new language.
    Q_EMIT m_registration.consentsChanged();
    m_registration.retranslateErrors();
    m_enrollment.retranslate();
    m_mySignups.retranslate();
    m_catalogue.retranslate();
    Q_EMIT m_registration.receiptChanged();
    m_hours.retranslate();
    m_inbox.retranslate();
    m_kioskStatus.retranslate();
    m_myData.setLanguage(language); // titles, status sentences and dates in the new language
    m_intake.retranslate();
    if (m_engine)
        m_engine->retranslate();
    // Last, when every part speaks the new language: a handler may set another one (the tour
    // goes back to its own), and that change must not be overwritten by the rest of this one.
    Q_EMIT languageChanged();
}

void AppContext::setHighContrast(bool on)
{
    if (m_highContrast == on)
        return;
    m_highContrast = on;
    // A phone belongs to one tenant: their choice holds after a restart. A kiosk's is the
    // session's only.
    if (m_mode == AppMode::Phone
        && !SyncStateRepository(m_services.database().connection()).setValue(kHighContrastKey, on ? u"1"_s : u"0"_s))
        qWarning("the high-contrast choice could not be saved");
    Q_EMIT highContrastChanged();
}

void AppContext::installTranslators(const QString &language)
{
    for (auto *installed : {&m_translator, &m_fallbackTranslator}) {
        if (*installed) {
            QCoreApplication::removeTranslator(installed->get());
            installed->reset();
        }
    }
    const auto load = [](const QString &code) {
        auto translator = std::make_unique<QTranslator>();
        if (!translator->load(u":/i18n/meedoen_%1.qm"_s.arg(code)))
            translator.reset();
        return translator;
    };
    // Turkish, Polish and Arabic are translated in part: what they lack shows in English
    // (which more of their readers know than Dutch). The last installed is asked first.
    if (language != "nl"_L1 && language != "en"_L1) {
        m_fallbackTranslator = load(u"en"_s);
        if (m_fallbackTranslator)
            QCoreApplication::installTranslator(m_fallbackTranslator.get());
    }
    // Dutch is the source language of the screens; meedoen_nl still carries the Dutch of
    // the English C++ messages (Startup, Database, Wire).
    m_translator = load(language);
    if (m_translator)
        QCoreApplication::installTranslator(m_translator.get());
}

bool AppContext::hasVirtualKeyboard() const
{
    return qgetenv("QT_IM_MODULE") == "qtvirtualkeyboard";
}

QVariantMap AppContext::opportunity(const QString &id) const
{
    const auto found = m_services.catalogue().opportunity(id);
    if (!found)
        return {};
    const Opportunity &o = *found;
    // A kiosk measures from its site, a phone from its tenant.
    const bool fromTenant = m_mode == AppMode::Phone && m_location.isValid();
    const double originLatitude = fromTenant ? m_location.latitude() : m_siteLatitude;
    const double originLongitude = fromTenant ? m_location.longitude() : m_siteLongitude;
    const bool hasOrigin = !qIsNaN(originLatitude);
    QVariantMap fields = CatalogueModel::opportunityFields(o);
    fields.insert(u"title"_s, o.titleIn(m_language));
    fields.insert(u"summary"_s, o.summaryIn(m_language));
    fields.insert(u"distance"_s, hasOrigin && !o.site.id.isEmpty()
                                     ? CatalogueModel::distanceMetres(originLatitude, originLongitude,
                                                                      o.site.latitude, o.site.longitude)
                                     : -1.0);
    return fields;
}

void AppContext::endSession()
{
    if (m_catalogueInUse)
        m_catalogue.clear();
    m_registration.reset();
    m_kioskStatus.clear();
    m_readAloud.stop(); // the next tenant does not hear the last one's page
    if (m_mode == AppMode::Kiosk)
        m_mySignups.clear();
    if (auto *clipboard = QGuiApplication::clipboard())
        clipboard->clear();
    if (auto *im = QGuiApplication::inputMethod()) {
        im->reset();
        im->hide();
    }
    setLanguage(u"nl"_s);
    // The next tenant starts with the usual colours; a phone keeps its tenant's choice.
    if (m_mode == AppMode::Kiosk)
        setHighContrast(false);
    m_session.restart();
    // Once the pages are gone (deleted at the next turn of the event loop): their JavaScript
    // objects are collected and the freed heap goes back to the system, so a kiosk that
    // serves tenants all day does not grow with them.
    QTimer::singleShot(0, this, [this] {
        if (m_engine)
            m_engine->collectGarbage();
#ifdef __GLIBC__
        malloc_trim(0);
#endif
    });
}

namespace {

// Lays out every item, innermost first; returns a fingerprint of where everything is then.
size_t polishTree(QQuickItem *item)
{
    size_t seed = 0;
    const QList<QQuickItem *> children = item->childItems();
    for (QQuickItem *child : children)
        seed = qHashMulti(seed, polishTree(child));
    item->ensurePolished();
    return qHashMulti(seed, item->x(), item->y(), item->width(), item->height(), item->isVisible());
}

} // namespace

bool AppContext::saveScreenshot(QQuickWindow *window, const QString &name)
{
    if (!window || m_tourDir.isEmpty() || !QDir().mkpath(m_tourDir))
        return false;
    // A grab polishes the layouts once; a wrapped text that grows while being laid out asks
    // for another pass, and a change of language posts events of its own, which a busy machine
    // may not have handled yet. Deliver them, then lay out every item, innermost first, until
    // nothing moves (at most eight passes), so that the screenshot and the layout check see
    // the settled screen.
    QCoreApplication::sendPostedEvents();
    size_t before = polishTree(window->contentItem());
    for (int pass = 1; pass < 8; ++pass) {
        const size_t after = polishTree(window->contentItem());
        if (after == before)
            break;
        before = after;
    }
    const QImage image = window->grabWindow();
    if (image.isNull())
        return false;
    ++m_screenshots;
    const QString step = u"%1-%2"_s.arg(m_screenshots, 2, 10, QChar(u'0')).arg(name);
    if (m_tourCheck) {
        for (const QString &finding : LayoutCheck::findings(window))
            std::fprintf(stderr, "layout: %s: %s\n", qPrintable(step), qPrintable(finding));
    }
    return image.save(QDir(m_tourDir).filePath(step + u".png"_s));
}

void AppContext::quit(int exitCode)
{
    QCoreApplication::exit(exitCode);
}
