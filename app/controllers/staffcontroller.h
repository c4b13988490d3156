// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "controllers/staffpin.h"
#include "storage/staffrepository.h"

#include <QObject>
#include <QHash>
#include <QPointer>
#include <QQmlEngine>
#include <QTimer>
#include <QVariantList>

class Database;
class SyncClient;

// The staff tablet (`meedoen --mode staff`): sign-in once online, then a PIN per staff
// member that also works offline; the review queues, decisions and the conflict list;
// catalogue edits; hours; person detail, consent and erasure; the dashboard and its CSV
// export. Every change is a staff mutation in the outbox (StaffRepository::queue) that the
// sync client pushes; the screens read what the tablet last pulled. main.cpp (or a test)
// builds one and publishes it as the QML singleton StaffController.
class StaffController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(Stage stage READ stage NOTIFY stageChanged)
    Q_PROPERTY(QString staffId READ staffId NOTIFY stageChanged)
    Q_PROPERTY(QString staffName READ staffName NOTIFY stageChanged)
    Q_PROPERTY(QVariantList accounts READ accounts NOTIFY accountsChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(int retryAfterSeconds READ retryAfterSeconds NOTIFY messageChanged)
    // Raised whenever what the screens read may have changed (a pull, a queued change).
    Q_PROPERTY(int revision READ revision NOTIFY revisionChanged)
    Q_PROPERTY(int idleTimeoutMs READ idleTimeoutMs WRITE setIdleTimeoutMs NOTIFY idleTimeoutMsChanged)
    Q_PROPERTY(QStringList reasonTemplates READ reasonTemplates CONSTANT)
    Q_PROPERTY(QString exportDir READ exportDir WRITE setExportDir NOTIFY exportDirChanged)
    // The dashboard's figures for the filter last given to loadResults(): as dashboard(), plus
    // "source" ("server" or "tablet") and "asOf" (the server's time, or the last sync).
    Q_PROPERTY(QVariantMap results READ results NOTIFY resultsChanged)
    // The opportunity editor's problems per field ("title", "startDate", "contactPhone" …),
    // each a sentence to show beside that field; empty when the last save went through.
    Q_PROPERTY(QVariantMap fieldErrors READ fieldErrors NOTIFY fieldErrorsChanged)

public:
    enum class Stage { SignIn, ChoosePin, Locked, Unlocked };
    Q_ENUM(Stage)

    StaffController(Database *database, SyncClient *sync, StaffPinGuard::Clock clock,
                    StaffPinGuard::Cost pinCost = StaffPinGuard::Cost::Interactive, QObject *parent = nullptr);
    ~StaffController() override;

    static StaffController *create(QQmlEngine *, QJSEngine *);
    // The tablet's sync client; set later when the tablet is enrolled from its screen.
    void setSync(SyncClient *sync);

    Stage stage() const { return m_stage; }
    QString staffId() const { return m_staffId; }
    QString staffName() const;
    QVariantList accounts() const;
    QString message() const { return m_message; }
    bool busy() const { return m_busy; }
    int retryAfterSeconds() const { return m_retryAfter; }
    int revision() const { return m_revision; }
    int idleTimeoutMs() const { return m_idle.interval(); }
    void setIdleTimeoutMs(int ms);
    static QStringList reasonTemplates();
    QString exportDir() const { return m_exportDir; }
    void setExportDir(const QString &dir);
    QVariantMap results() const { return m_results; }
    QVariantMap fieldErrors() const { return m_fieldErrors; }

    // ---- sign-in and PIN
    Q_INVOKABLE void login(const QString &login, const QString &password);
    // Staff member known on this tablet (a past sign-in) without a server: for the tour and tests.
    bool addAccount(const StaffRepository::Account &account);
    Q_INVOKABLE bool choosePin(const QString &pin, const QString &repeat);
    Q_INVOKABLE bool unlock(const QString &staffId, const QString &pin);
    Q_INVOKABLE void lock();
    Q_INVOKABLE void addColleague();    // back to the online sign-in for another staff member
    Q_INVOKABLE void touch();           // activity: restarts the idle timer
    // The PIN asked again before an export or an erasure.
    Q_INVOKABLE bool confirmPin(const QString &pin);

    // ---- review
    Q_INVOKABLE QVariantList reviewOpportunities(const QString &kind) const;
    Q_INVOKABLE QVariantList signupsFor(const QString &opportunityId) const;
    Q_INVOKABLE QVariantList newVolunteers() const;
    Q_INVOKABLE QVariantList conflicts() const;
    // Which decisions the rules allow for this sign-up now: {confirm, waitlist, decline}.
    Q_INVOKABLE QVariantMap allowedDecisions(const QString &signupId) const;
    Q_INVOKABLE bool decide(const QString &signupId, const QString &decision, const QString &reasonTemplate,
                            const QString &reasonText, const QString &messageToTenant);
    // Identity and tenancy of a new volunteer checked against the rent administration, by
    // "tenant-number" or "address".
    Q_INVOKABLE bool markIdentityChecked(const QString &personId, const QString &method);
    // A confirmed training place: "started", "completed" or "dropped-out", dated today.
    Q_INVOKABLE bool recordPlacement(const QString &signupId, const QString &placement);

    // ---- catalogue
    Q_INVOKABLE QVariantList opportunities() const;
    Q_INVOKABLE QVariantMap opportunity(const QString &id) const;
    Q_INVOKABLE QVariantList sites() const;
    // Checks every field (app/core), fills fieldErrors and queues nothing when one is wrong.
    Q_INVOKABLE bool saveOpportunity(const QVariantMap &fields);
    Q_INVOKABLE void clearFieldErrors();
    Q_INVOKABLE bool setOpportunityStatus(const QString &id, const QString &status);

    // ---- hours and persons
    Q_INVOKABLE QVariantList hours(bool unverifiedOnly) const;
    Q_INVOKABLE bool verifyHours(const QString &entryId);
    Q_INVOKABLE bool correctHours(const QString &entryId, const QString &date, int minutes, const QString &note);
    Q_INVOKABLE QVariantList persons(const QString &search) const;
    Q_INVOKABLE QVariantMap person(const QString &personId) const;
    // The tegenprestatie: hours a tenant agreed to give per month (0 = none).
    Q_INVOKABLE bool setHoursAgreement(const QString &personId, int minutesPerMonth);
    Q_INVOKABLE bool withdrawConsent(const QString &personId, const QString &purpose);
    Q_INVOKABLE bool erasePerson(const QString &personId, const QString &pin);

    // ---- results
    // This tablet's own figures from what it pulled (the offline dashboard).
    Q_INVOKABLE QVariantMap dashboard(const QString &site, const QString &neighbourhood, const QString &route) const;
    // Asks the server (GET /v1/staff/results) when it can and shows the tablet's own figures
    // until it answers, or instead when it does not. The same definitions either way.
    Q_INVOKABLE void loadResults(const QString &site, const QString &neighbourhood, const QString &route);
    Q_INVOKABLE QVariantList neighbourhoods() const;
    // Writes the CSV into exportDir and returns its path; empty (and a message) otherwise.
    Q_INVOKABLE QString exportResults(const QString &pin, const QString &site, const QString &neighbourhood,
                                      const QString &route);
    Q_INVOKABLE QString exportDecisions(const QString &pin);

    Q_INVOKABLE QVariantList audit() const;
    Q_INVOKABLE QVariantList actions() const;

    // The demo data of the scripted tour (persons, sign-ups, hours, a conflict, two staff
    // members, the first with `pin`) on an unenrolled tablet; never with a server.
    Q_INVOKABLE bool loadTourData(const QString &pin);

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void stageChanged();
    void accountsChanged();
    void messageChanged();
    void busyChanged();
    void revisionChanged();
    void idleTimeoutMsChanged();
    void exportDirChanged();
    void resultsChanged();
    void fieldErrorsChanged();
    // A change was queued (the sync client should start a round).
    void queued();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool enqueue(const QString &kind, const QString &entityId, QJsonObject payload, const QString &decision = {},
                 qint64 seenVersion = 0);
    void setStage(Stage s);
    void setMessage(const QString &m, int retryAfter = 0);
    void setBusy(bool b);
    bool requireUnlocked();
    QString writeExport(const QString &name, const QString &csv);
    Meedoen::ResultsFilter resultsFilter(const QString &site, const QString &neighbourhood, const QString &route) const;
    void setResults(QVariantMap figures, const QString &source, const QDateTime &asOf);

    static StaffController *s_instance;
    Database *m_database;
    QPointer<SyncClient> m_sync;
    StaffPinGuard::Clock m_clock;
    StaffPinGuard m_pin;
    Stage m_stage = Stage::SignIn;
    QString m_staffId;
    QString m_message;
    int m_retryAfter = 0;
    bool m_busy = false;
    int m_revision = 0;
    QTimer m_idle;
    QString m_exportDir;
    QVariantMap m_results;
    QVariantMap m_fieldErrors;
    QString m_resultsKey;           // the filter m_results is for
    quint64 m_resultsRequest = 0;   // only the latest request's answer counts
    // Online session tokens of staff who signed in since the app started, so a PIN unlock
    // can call the server again (never stored: the PIN guards the tablet, not the server).
    QHash<QString, QString> m_sessions;
};
