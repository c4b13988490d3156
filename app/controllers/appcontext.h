// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain.h"
#include "core/limits.h"
#include "models/cataloguemodel.h"
#include "controllers/deviceenrollment.h"
#include "controllers/kiosksession.h"
#include "controllers/kioskstatus.h"
#include "controllers/mydata.h"
#include "controllers/phonehours.h"
#include "controllers/phoneinbox.h"
#include "controllers/readaloud.h"
#include "controllers/receiptprinter.h"
#include "controllers/registrationcontroller.h"
#include "controllers/staffintake.h"
#include "models/signuplistmodel.h"
#include "controllers/startup.h"
#include "sync/syncclient.h"
#include "location/tenantlocation.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QTranslator>
#include <QVariantList>
#include <memory>

#include <QQuickWindow>

class DesktopNotifier;

// What every screen may ask: the mode this device runs in, the models it shows and the
// controllers it calls. main.cpp (or a test) builds one and publishes it as the QML
// singleton AppContext.
class AppContext : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString mode READ mode CONSTANT)
    Q_PROPERTY(CatalogueModel *catalogue READ catalogue CONSTANT)
    Q_PROPERTY(int catalogueSize READ catalogueSize NOTIFY catalogueSizeChanged)
    Q_PROPERTY(RegistrationController *registration READ registration CONSTANT)
    Q_PROPERTY(SignupListModel *mySignups READ mySignups CONSTANT)
    // A phone's tenant logs hours and sees their tegenprestatie ("Mijn uren").
    Q_PROPERTY(PhoneHours *hours READ hours CONSTANT)
    // A phone's tenant reads staff's word on their sign-ups and hours ("Berichten").
    Q_PROPERTY(PhoneInbox *inbox READ inbox CONSTANT)
    // A phone's tenant sees, downloads and withdraws what is kept of them ("Mijn gegevens").
    Q_PROPERTY(MyData *myData READ myData CONSTANT)
    Q_PROPERTY(KioskSession *session READ session CONSTANT)
    // A kiosk's "Hoe staat mijn aanmelding ervoor?": asked online, kept nowhere.
    Q_PROPERTY(KioskStatus *kioskStatus READ kioskStatus CONSTANT)
    // A staff tablet: registering the tenant present, with a printed receipt ("Nieuwe bewoner inschrijven").
    Q_PROPERTY(StaffIntake *intake READ intake CONSTANT)
    // "Lees voor" on the tenant's pages: hidden until an engine has a voice for the language.
    Q_PROPERTY(ReadAloud *readAloud READ readAloud CONSTANT)
    // A kiosk's receipt printer (available only on a kiosk given one).
    Q_PROPERTY(ReceiptPrinter *receiptPrinter READ receiptPrinter CONSTANT)
    Q_PROPERTY(QVariantList neighbourhoods READ neighbourhoods CONSTANT)
    Q_PROPERTY(QString siteName READ siteName NOTIFY siteChanged)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(QVariantList languages READ languages CONSTANT)
    Q_PROPERTY(bool rightToLeft READ isRightToLeft NOTIFY languageChanged)
    // The locale QML formats with (Qt.locale(AppContext.localeName)): the language's, with
    // Western digits in Arabic (uiLocale() in app/core).
    Q_PROPERTY(QString localeName READ localeName NOTIFY languageChanged)
    // The tenant's choice of Theme's high-contrast palette: a phone keeps it across restarts,
    // a kiosk forgets it with the session (endSession()).
    Q_PROPERTY(bool highContrast READ highContrast WRITE setHighContrast NOTIFY highContrastChanged)
    Q_PROPERTY(QString tourDir READ tourDir CONSTANT)
    // The language a tour keeps (--language): where a step goes back to Dutch, or a kiosk's
    // session ends, the tour chooses this one again.
    Q_PROPERTY(QString tourLanguage READ tourLanguage CONSTANT)
    // Every font of Theme is this many times its usual size (--text-scale, for a tenant who
    // set large text; 1 by default).
    Q_PROPERTY(qreal textScale READ textScale CONSTANT)
    Q_PROPERTY(bool virtualKeyboard READ hasVirtualKeyboard CONSTANT)
    // Where a phone's distances start (position, else postcode area); unused on a kiosk.
    Q_PROPERTY(TenantLocation *location READ location CONSTANT)
    // What waits to be sent, the last sync, and whether it is going on; null when this
    // device syncs with no server (demo without meedoen-server).
    Q_PROPERTY(SyncClient *sync READ sync NOTIFY syncChanged)
    // The server revoked this device and it deleted its personal data: every mode shows only
    // "out of service" (docs/security.md, "A lost or stolen device").
    Q_PROPERTY(bool outOfService READ isOutOfService NOTIFY outOfServiceChanged)
    // Enrolling this device from a screen, while it has no identity yet.
    Q_PROPERTY(DeviceEnrollment *enrollment READ enrollment CONSTANT)
    // The file name a damaged database was moved aside to, while the device waits to be
    // enrolled again; empty otherwise, or once a person has read the message this run.
    Q_PROPERTY(QString damagedDatabase READ damagedDatabase NOTIFY damagedDatabaseChanged)
    // The domain's limits (capacity, ages, lengths) for validators and fields: never re-typed in QML.
    Q_PROPERTY(Meedoen::Limits limits READ limits CONSTANT)

public:
    AppContext(AppMode mode, AppServices &services, QObject *parent = nullptr);
    ~AppContext() override;

    // The instance QML gets; set by whoever built it, before QML loads.
    static AppContext *create(QQmlEngine *, QJSEngine *);

    QString mode() const { return modeKey(m_mode); }
    // The list behind the catalogue pages. Neither home page shows it, so it is filled only
    // when QML first asks for it: a start-up with a large catalogue runs no query for it.
    CatalogueModel *catalogue();
    int catalogueSize() const;
    RegistrationController *registration() { return &m_registration; }
    SignupListModel *mySignups() { return &m_mySignups; }
    PhoneHours *hours() { return &m_hours; }
    PhoneInbox *inbox() { return &m_inbox; }
    MyData *myData() { return &m_myData; }
    KioskSession *session() { return &m_session; }
    KioskStatus *kioskStatus() { return &m_kioskStatus; }
    StaffIntake *intake() { return &m_intake; }
    ReadAloud *readAloud() { return &m_readAloud; }
    ReceiptPrinter *receiptPrinter() { return &m_receiptPrinter; }
    TenantLocation *location() { return &m_location; }
    QVariantList neighbourhoods() const;

    // Where distances are measured from: a kiosk's own site (the first one when empty or
    // unknown). False when there is no site at all.
    bool setSite(const QString &siteId);
    QString siteName() const { return m_siteName; }
    // A kiosk lists only what lies within this many metres of its site, unless a tenant asks
    // for more (0: everything). By default a walk, a bike or a bus ride: 15 km.
    static constexpr int kDefaultNearbyKm = 15;
    void setNearbyDistance(int metres) { m_catalogue.setMaxDistance(metres); }

    QString language() const { return m_language; }
    void setLanguage(const QString &language);
    static QVariantList languages();
    static QStringList languageCodes();
    bool isRightToLeft() const { return m_language == QLatin1String("ar"); }
    QString localeName() const { return Meedoen::uiLocale(m_language).name(); }

    bool highContrast() const { return m_highContrast; }
    void setHighContrast(bool on);

    SyncClient *sync() const { return m_sync; }
    // Connects the sync client: local saves start a round, the server's word refreshes
    // what the tenant sees, and an enrolled kiosk measures distances from its own site.
    void setSync(SyncClient *sync);
    // A device not enrolled yet: `client` enrols from the staff screen and, once it has an
    // identity, becomes this context's sync client.
    void setEnrollmentClient(SyncClient *client);
    DeviceEnrollment *enrollment() { return &m_enrollment; }
    // Out of service from now on when `client` is revoked (or already was): the tenant's
    // form, lists and language are forgotten as at the end of a kiosk session.
    void watchRevocation(SyncClient *client);
    bool isOutOfService() const { return m_outOfService; }
    QString damagedDatabase() const { return m_damagedDatabaseShown ? m_damagedDatabase : QString(); }
    // The message about the damaged database was read: hidden until the next start. The
    // note itself goes only when the device is enrolled again.
    Q_INVOKABLE void dismissDamagedDatabase();
    // The tour only (--tour): shows or hides the out-of-service screen; nothing is deleted.
    Q_INVOKABLE void showOutOfServiceInTour(bool shown);
    static Meedoen::Limits limits() { return {}; }

    void setTourDir(const QString &dir) { m_tourDir = dir; }
    QString tourDir() const { return m_tourDir; }
    void setTourLanguage(const QString &language) { m_tourLanguage = language; }
    QString tourLanguage() const { return m_tourLanguage; }
    void setTextScale(qreal scale) { m_textScale = scale; }
    qreal textScale() const { return m_textScale; }
    // --tour-check: each screenshot also reports, on stderr, what LayoutCheck finds wrong.
    void setTourCheck(bool on) { m_tourCheck = on; }
    bool hasVirtualKeyboard() const;

    // Everything a tenant needs to decide, for the detail page; empty when unknown.
    Q_INVOKABLE QVariantMap opportunity(const QString &id) const;
    // A kiosk tenant's turn is over: models, form, clipboard and keyboard forget them.
    Q_INVOKABLE void endSession();
    // The scripted tour: saves the window as DIR/NN-name.png; true when written. With
    // --tour-check, prints "layout: NN-name: <finding>" for each fault of the screen.
    Q_INVOKABLE bool saveScreenshot(QQuickWindow *window, const QString &name);
    // Leaves the app (staff exit, end of the tour).
    Q_INVOKABLE void quit(int exitCode = 0);

Q_SIGNALS:
    void catalogueSizeChanged();
    void siteChanged();
    void languageChanged();
    void highContrastChanged();
    void syncChanged();
    void outOfServiceChanged();
    void damagedDatabaseChanged();

private:
    void installTranslators(const QString &language);
    // Where the list measures distances from (a kiosk's site, a phone's tenant); applied to
    // the model once it is in use.
    void setCatalogueOrigin(double latitude, double longitude);
    void followTenantHome();

    static AppContext *s_instance;
    AppMode m_mode;
    AppServices &m_services;
    CatalogueModel m_catalogue;
    bool m_catalogueInUse = false;
    bool m_outOfService = false;
    QString m_damagedDatabase;
    bool m_damagedDatabaseShown = true;
    double m_catalogueLatitude = qQNaN();
    double m_catalogueLongitude = qQNaN();
    RegistrationController m_registration;
    SignupListModel m_mySignups;
    PhoneHours m_hours;
    PhoneInbox m_inbox;
    std::unique_ptr<DesktopNotifier> m_notifier; // a phone's, on the user's session bus
    MyData m_myData;
    KioskSession m_session;
    KioskStatus m_kioskStatus;
    StaffIntake m_intake;
    ReadAloud m_readAloud;
    ReceiptPrinter m_receiptPrinter;
    TenantLocation m_location;
    QString m_siteName;
    double m_siteLatitude = qQNaN();
    double m_siteLongitude = qQNaN();
    QString m_language = QStringLiteral("nl");
    bool m_highContrast = false;
    std::unique_ptr<QTranslator> m_translator;
    std::unique_ptr<QTranslator> m_fallbackTranslator;  // English under a partial translation
    QPointer<QQmlEngine> m_engine;
    QString m_tourDir;
    QString m_tourLanguage = QStringLiteral("nl");
    qreal m_textScale = 1.0;
    bool m_tourCheck = false;
    QPointer<SyncClient> m_sync;
    DeviceEnrollment m_enrollment;
    int m_screenshots = 0;
};
