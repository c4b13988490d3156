// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/pullapplier.h"
#include "protocol/mutation.h"
#include "protocol/outcome.h"
#include "protocol/requests.h"
#include "sync/syncschedule.h"

#include <QDateTime>
#include <QJsonArray>
#include <QObject>
#include <QPointer>
#include <QSqlDatabase>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;
class Database;
class SecretStore;

// Carries this device's outbox to meedoen-server and the server's word back
// (docs/sync-protocol.md). One round: push the outbox in batches of ≤ 100 in seq order,
// recording each batch's outcomes and acknowledgements in one transaction, then pull the
// change log page by page, each page with its cursor in one transaction. Rounds start on
// syncNow() (after a local save), on a timer, and when the network comes back, never more
// often than SyncSchedule allows. A kiosk erases each tenant's personal data as soon as
// the server acknowledged their registration.
class SyncClient : public QObject
{
    Q_OBJECT
    Q_PROPERTY(int pendingCount READ pendingCount NOTIFY pendingCountChanged)
    Q_PROPERTY(QDateTime lastSuccessfulSync READ lastSuccessfulSync NOTIFY lastSuccessfulSyncChanged)
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(bool enrolled READ isEnrolled NOTIFY enrolledChanged)
    Q_PROPERTY(QString deviceKind READ deviceKind NOTIFY enrolledChanged)
    Q_PROPERTY(QString site READ site NOTIFY enrolledChanged)
    // The server told this device to stop pushing: its conflicts waiting for staff reached their
    // limit (429 conflict-limit). The state is Error, the next round waits the server's
    // Retry-After (a network coming back does not shorten it); a round that succeeds clears it.
    Q_PROPERTY(bool pushesHeld READ pushesHeld NOTIFY pushesHeldChanged)
    // The server said this device is revoked (401 device-revoked): its personal data and token
    // are deleted (DeviceWipe), no round starts again, and every mode shows only "out of
    // service". Kept across restarts.
    Q_PROPERTY(bool revoked READ isRevoked NOTIFY revokedChanged)
    // The server no longer serves this app's protocol (426 update-app, docs/sync-protocol.md,
    // "Protocol versions"): every mode says "Werk de app bij"; the outbox stays, and a round is
    // tried again only after kUpdateRequiredRetryMs (a network coming back does not shorten
    // it). A round that succeeds clears it.
    Q_PROPERTY(bool updateRequired READ updateRequired NOTIFY updateRequiredChanged)

public:
    enum class State { Idle, Syncing, Offline, Error };
    Q_ENUM(State)

    // How long a device told to update waits before it asks the server again.
    static constexpr qint64 kUpdateRequiredRetryMs = 6 * 60 * 60 * 1000;

    struct Options
    {
        SyncSchedule::Policy schedule;
        int pushBatch = 100;                 // the protocol's maximum
        int pullLimit = 1000;
        int requestTimeoutMs = 30000;
        int periodicIntervalMs = 5 * 60 * 1000; // 0: no timer
        bool watchNetwork = true;            // QNetworkInformation reachability
        // Where the device token is kept; null: a file of mode 0600 beside the database
        // (SecretStore::besideDatabase). Never the database itself.
        SecretStore *secrets = nullptr;
    };

    SyncClient(QNetworkAccessManager *network, Database *database, QObject *parent = nullptr);
    SyncClient(QNetworkAccessManager *network, Database *database, const Options &options,
               SyncSchedule::Clock clock, SyncSchedule::Random random, QObject *parent = nullptr);
    ~SyncClient() override;

    int pendingCount() const { return m_pendingCount; }
    QDateTime lastSuccessfulSync() const { return m_lastSuccess; }
    State state() const { return m_state; }
    bool pushesHeld() const { return m_pushesHeld; }
    bool isRevoked() const { return m_revoked; }
    bool updateRequired() const { return m_updateRequired; }
    // Milliseconds until the schedule lets the next round start (0: now).
    qint64 msUntilNextAttempt() const { return m_schedule.delayUntilNextAttempt(); }
    bool isEnrolled() const;
    QString deviceKind() const;
    // Enrolled, and as this kind of device (a staff tablet syncs the staff scope).
    bool isEnrolledAs(Wire::DeviceKind kind) const;
    QString site() const;
    QUrl serverUrl() const;

    QString deviceId() const;

    // Staff tablet: the signed-in staff member's session token (POST /v1/staff/login),
    // sent as X-Meedoen-Staff-Session on every request; empty to stop sending it.
    void setStaffSession(const QString &token) { m_staffSession = token.toLatin1(); }
    // An online call outside the sync rounds (staff sign-in, results), with the device's
    // token and the staff session. The caller owns the reply.
    QNetworkRequest newRequest(const QUrl &url) const;
    QNetworkReply *request(const QByteArray &verb, const QString &path, const QByteArray &body = {});

    // Exchanges a single-use code for a token; the answer is kept in sync_state.
    Q_INVOKABLE void enroll(const QUrl &serverUrl, const QString &code);

    // Test seam: called after the server answered a push and before the outcomes are
    // recorded (the fault test kills the process here).
    std::function<void()> beforeRecordingAck;

public Q_SLOTS:
    // Starts a round now if the schedule allows, else as soon as it does. Connect the
    // controllers' "saved" signals here.
    void syncNow();
    // Re-reads the outbox count (after a local save that did not go through this client).
    void refreshPendingCount();

Q_SIGNALS:
    void pendingCountChanged();
    void lastSuccessfulSyncChanged();
    void stateChanged();
    void pushesHeldChanged();
    void revokedChanged();
    void updateRequiredChanged();
    void enrolledChanged();
    void enrollFinished(bool ok, const QString &message);
    // The server's word on one of this device's sign-ups; state is the SignupState key
    // ("confirmed", "waitlisted", "declined", "withdrawn").
    void outcomeArrived(const QString &signupId, const QString &state);
    // The server answered hours this phone logged, edited or withdrew.
    void hoursOutcomeArrived();
    // A round ended: everything pushed and pulled (ok) or stopped by a failure.
    void roundFinished(bool ok);

private:
    void scheduleRound(qint64 delayMs);
    void startRound();
    void push();
    struct PreparedPush
    {
        qint64 afterSeq = 0;
        QByteArray body;
        QList<qint64> seqs;
        QList<Wire::MutationKind> kinds;
        QStringList entityIds;
    };
    // One batch: the oldest queued mutations after afterSeq, as the request body.
    std::optional<PreparedPush> preparePush(qint64 afterSeq) const;
    // What every push and pull tells the server about this device (protocol/devicereport.h).
    Wire::DeviceReport deviceReport() const;
    // Sends the batch after afterSeq; false when there is none. After a full batch the next
    // one is prepared while the server works on this one.
    bool sendPush(qint64 afterSeq);
    // Drops the request sent ahead — the next push batch (sent while the previous answer is
    // recorded) or the next pull page (asked for while this one is written) — when the round
    // ends before its answer: the next round resends the batch or asks for the page again.
    void abandonRequestAhead();
    void onPushReply(QNetworkReply *reply, const QList<qint64> &seqs, const QList<Wire::MutationKind> &kinds,
                     const QStringList &entityIds);
    // Records a batch's outcomes and acknowledgements in one transaction (a kiosk erases
    // the acknowledged personal data in it), then goes on with the round: pulls, unless a
    // batch was sent ahead (its answer goes on), or stops at a conflict or gap.
    // Runs the recording that waits for the batch sent ahead to be on its way, if any.
    void recordPendingOutcomes();
    void recordPushOutcomes(const QList<Wire::Outcome> &results, const QList<qint64> &seqs,
                            const QList<Wire::MutationKind> &kinds, const QStringList &entityIds, bool sentAhead);
    void pull(bool fromScratch = false);
    void requestPullPage(const QString &cursor);
    void onPullReply(QNetworkReply *reply);
    void onPullParsed(const PullApplier::Page &page);
    PullApplier::Scope pullScope() const;
    void finishRound(bool ok, State failureState = State::Error, qint64 retryAfterMs = 0);
    // Kiosk: PRAGMA wal_checkpoint(TRUNCATE) when acknowledged personal data was erased
    // since the last one (at the end of each round, and when the client starts).
    void truncateWalIfErased();
    // `pushedSeqs`: the batch the failed request pushed, if it was a push.
    void fail(QNetworkReply *reply, const QList<qint64> &pushedSeqs = {});
    // 401 device-revoked: report what the server kept, wipe, forget the token, stop.
    void wipeRevoked(const QString &reportCode, const QList<qint64> &pushedSeqs);
    QNetworkReply *send(const QByteArray &verb, const QString &path, const QByteArray &body);
    void setState(State s);
    void setPushesHeld(bool held);
    void setUpdateRequired(bool required);
    void watchReachability();
    void onReachabilityChanged();

    void loadIdentity();

    QNetworkAccessManager *m_network;
    Database *m_database;
    Options m_options;
    std::unique_ptr<SecretStore> m_ownSecrets; // when Options::secrets is null
    SecretStore *m_secrets = nullptr;
    SyncSchedule::Clock m_clock;
    SyncSchedule m_schedule;
    QTimer m_retryTimer;
    QTimer m_periodicTimer;
    QPointer<QNetworkReply> m_inFlight;
    QPointer<QNetworkReply> m_requestAhead;
    std::optional<PreparedPush> m_nextPush;
    std::function<void()> m_pendingRecord;
    bool m_watchingNetwork = false;
    QList<Meedoen::Site> m_pullSites; // see pull()
    bool m_roundRunning = false;
    bool m_again = false;
    bool m_resetDone = false;
    bool m_walHoldsErased = false;
    bool m_pushesHeld = false;
    bool m_revoked = false;
    bool m_updateRequired = false;
    int m_pendingCount = 0;
    QDateTime m_lastSuccess;
    State m_state = State::Idle;
    QUrl m_serverUrl;
    QByteArray m_token;
    QString m_kind;
    QString m_site;
    QByteArray m_staffSession;
};
