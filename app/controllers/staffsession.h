// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "controllers/staffpin.h"
#include "core/domain.h"
#include "protocol/mutation.h"
#include "protocol/requests.h"
#include "protocol/staffroles.h"
#include "storage/staffrepository.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QTimer>
#include <QVariantList>
#include <QVariantMap>

class Database;
class StaffApi;
class SyncClient;

// Who works on the staff tablet (`meedoen --mode staff`): the online sign-in once, then a PIN
// per staff member that also works offline, the idle lock, the one message line under every
// staff screen. The other staff singletons (StaffReview, StaffCatalogue, StaffPersons,
// StaffResults) act in the name of the unlocked staff member through it: requireUnlocked(),
// staffId(), queue(). It also tells the screens when what they read may have changed
// (`revision`: a pull, a queued change). main.cpp (or a test) builds one per tablet
// (StaffTablet) and publishes it as the QML singleton StaffSession.
class StaffSession : public QObject
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
    // The unlocked staff member's roles at this tablet's site (as the server said at their
    // last sign-in; kept for offline work) and the permissions they give (protocol/staffroles.h):
    // the screens hide what these do not allow; the server refuses it anyway.
    Q_PROPERTY(QStringList roles READ roles NOTIFY rolesChanged)
    Q_PROPERTY(QStringList permissions READ permissions NOTIFY rolesChanged)
    // Every permission key with whether the roles hold it, for bindings: `StaffSession.allowed.intake`.
    Q_PROPERTY(QVariantMap allowed READ allowed NOTIFY rolesChanged)

public:
    enum class Stage { SignIn, ChoosePin, Locked, Unlocked };
    Q_ENUM(Stage)
    using Clock = StaffPinGuard::Clock;

    StaffSession(Database *database, StaffApi *api, SyncClient *sync, Clock clock,
                 StaffPinGuard::Cost pinCost = StaffPinGuard::Cost::Interactive, QObject *parent = nullptr);
    ~StaffSession() override;

    static StaffSession *create(QQmlEngine *, QJSEngine *);
    // The tablet's sync client; set later when the tablet is enrolled from its screen.
    void setSync(SyncClient *sync);
    SyncClient *sync() const;
    Database *database() const { return m_database; }
    QDateTime now() const { return m_clock(); }
    StaffPinGuard &pinGuard() { return m_pin; }

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
    QStringList roles() const;
    QStringList permissions() const;
    QVariantMap allowed() const;
    // Whether the unlocked staff member's roles hold this permission ("catalogue", "erasure" …).
    Q_INVOKABLE bool can(const QString &permission) const;
    bool can(Wire::Permission permission) const;

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
    // A form or dialog opens: what went wrong before it (on another screen) is not its news.
    Q_INVOKABLE void clearMessage() { setMessage({}); }

    // ---- for the other staff singletons
    // True when a staff member is unlocked; otherwise says so in `message`.
    bool requireUnlocked();
    // True when a staff member is unlocked and their roles hold `permission`; otherwise says
    // which of the two in `message` (the screens hide it; this is the net behind them).
    bool requirePermission(Wire::Permission permission);
    void setMessage(const QString &m, int retryAfter = 0);
    // Signed in online since the app started, so the server can be asked in their name.
    bool hasServerSession() const { return m_sessions.contains(m_staffId); }
    // The unlocked staff member's sites on this tablet's catalogue (all when the account
    // names none).
    QList<Meedoen::Site> sites() const;
    // Queues a staff mutation in the unlocked staff member's name (the payload's staffId is
    // set here), refreshes the screens and asks the sync client for a round. False (and a
    // message) when it could not be stored.
    bool queue(Wire::Payload payload, const QString &entityId);

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void stageChanged();
    void accountsChanged();
    void messageChanged();
    void busyChanged();
    void revisionChanged();
    void idleTimeoutMsChanged();
    void rolesChanged();
    // A change was queued (the sync client should start a round).
    void queued();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setStage(Stage s);
    void setBusy(bool b);
    void signedIn(const Wire::StaffLoginReply &reply);

    static StaffSession *s_instance;
    Database *m_database;
    QPointer<StaffApi> m_api;
    QPointer<SyncClient> m_sync;
    Clock m_clock;
    StaffPinGuard m_pin;
    Stage m_stage = Stage::SignIn;
    QString m_staffId;
    QString m_message;
    int m_retryAfter = 0;
    bool m_busy = false;
    int m_revision = 0;
    QTimer m_idle;
    // Online session tokens of staff who signed in since the app started, so a PIN unlock
    // can call the server again (never stored: the PIN guards the tablet, not the server).
    QHash<QString, QString> m_sessions;
};
