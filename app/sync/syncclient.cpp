// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Longer than 500 lines on purpose: one state machine (enrol, push, pull, back off) whose
// transitions read best in one file; the wire is in app/protocol, the writes in app/storage
// and PullApplier, so what is left here is only the order of things.
#include "sync/syncclient.h"
#include "storage/secretstore.h"

#include "protocol/push.h"
#include "protocol/requests.h"
#include "protocol/protocolversion.h"
#include "protocol/revocation.h"

#include "storage/cataloguerepository.h"
#include "storage/database.h"
#include "storage/devicewipe.h"
#include "core/isotime.h"
#include "storage/outbox.h"
#include "storage/phonehoursrepository.h"
#include "sync/pullapplier.h"
#include "storage/registrationrepository.h"
#include "storage/staffrepository.h"
#include "storage/syncstaterepository.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkInformation>
#include <QNetworkReply>
#include <QPromise>
#include <QRandomGenerator>
#include <QThreadPool>
#include <QUrlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Meedoen;

Q_LOGGING_CATEGORY(lcSync, "meedoen.sync")

namespace {

const QString kServerUrl = u"serverUrl"_s;
const QString kDeviceId = u"deviceId"_s;
const QString kToken = u"token"_s;
const QString kKind = u"kind"_s;
const QString kSite = u"site"_s;
const QString kLastSuccess = u"lastSuccessfulSync"_s;

// The state the server gave a sign-up: its outcome status, or declined when refused.
SignupState signupStateOf(const Wire::Outcome &outcome)
{
    if (outcome.status == Wire::OutcomeStatus::Refused)
        return SignupState::Declined;
    return signupStateFromKey(Wire::toKey(outcome.status)).value_or(SignupState::Declined);
}

int httpStatus(QNetworkReply *reply)
{
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

} // namespace

SyncClient::SyncClient(QNetworkAccessManager *network, Database *database, QObject *parent)
    : SyncClient(network, database, Options{}, [] { return QDateTime::currentDateTimeUtc(); },
                 [] { return QRandomGenerator::global()->generateDouble(); }, parent)
{
}

SyncClient::SyncClient(QNetworkAccessManager *network, Database *database, const Options &options,
                       SyncSchedule::Clock clock, SyncSchedule::Random random, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_database(database)
    , m_options(options)
    , m_clock(clock)
    , m_schedule(options.schedule, clock, std::move(random))
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &SyncClient::syncNow);
    if (m_options.periodicIntervalMs > 0) {
        m_periodicTimer.setInterval(m_options.periodicIntervalMs);
        connect(&m_periodicTimer, &QTimer::timeout, this, &SyncClient::syncNow);
        m_periodicTimer.start();
    }
    if (m_options.secrets) {
        m_secrets = m_options.secrets;
    } else {
        m_ownSecrets = SecretStore::besideDatabase(m_database->path());
        m_secrets = m_ownSecrets.get();
    }
    // The migration for databases enrolled before the token left the database.
    if (!moveTokenOutOfDatabase(*m_database, *m_secrets, kToken))
        qCWarning(lcSync) << "the device token could not be moved out of the database yet";
    loadIdentity();
    m_revoked = DeviceWipe::isRevoked(m_database->connection());
    // A kiosk that stopped in the middle of a round may have left acknowledged personal data
    // in the write-ahead log: truncate it before anything else.
    m_walHoldsErased = Wire::deviceKindFromKey(m_kind) == Wire::DeviceKind::Kiosk;
    truncateWalIfErased();
    const QString last = SyncStateRepository(m_database->connection()).value(kLastSuccess);
    m_lastSuccess = QDateTime::fromString(last, Qt::ISODateWithMs);
    m_pendingCount = Outbox(m_database->connection()).pendingCount();
}

SyncClient::~SyncClient()
{
    if (m_inFlight)
        m_inFlight->abort();
    if (m_database->isOpen())
        truncateWalIfErased();
}

void SyncClient::loadIdentity()
{
    SyncStateRepository state(m_database->connection());
    m_serverUrl = QUrl(state.value(kServerUrl));
    m_token = m_secrets->read(kToken).value_or(QByteArray());
    if (m_token.isEmpty()) // not moved yet (the store failed): still usable, moved next start
        m_token = state.value(kToken).toLatin1();
    m_kind = state.value(kKind);
    m_site = state.value(kSite);
}

bool SyncClient::isEnrolled() const
{
    return m_serverUrl.isValid() && !m_token.isEmpty();
}

QString SyncClient::deviceKind() const
{
    return m_kind;
}

bool SyncClient::isEnrolledAs(Wire::DeviceKind kind) const
{
    return isEnrolled() && Wire::deviceKindFromKey(m_kind) == kind;
}

QString SyncClient::site() const
{
    return m_site;
}

QString SyncClient::deviceId() const
{
    return SyncStateRepository(m_database->connection()).value(kDeviceId);
}

QUrl SyncClient::serverUrl() const
{
    return m_serverUrl;
}

void SyncClient::setState(State s)
{
    if (m_state == s)
        return;
    m_state = s;
    Q_EMIT stateChanged();
}

void SyncClient::refreshPendingCount()
{
    const int count = Outbox(m_database->connection()).pendingCount();
    if (count == m_pendingCount)
        return;
    m_pendingCount = count;
    Q_EMIT pendingCountChanged();
}

QNetworkReply *SyncClient::send(const QByteArray &verb, const QString &path, const QByteArray &body)
{
    QNetworkReply *reply = request(verb, path, body);
    m_inFlight = reply;
    return reply;
}

// Every request of this device, the enrolment included: JSON, its time limit, and the
// protocol it speaks (docs/sync-protocol.md, "Protocol versions").
QNetworkRequest SyncClient::newRequest(const QUrl &url) const
{
    QNetworkRequest request(url);
    request.setTransferTimeout(m_options.requestTimeoutMs);
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    request.setRawHeader(Wire::kProtocolHeader, QByteArray::number(Wire::kProtocolVersion));
    return request;
}

QNetworkReply *SyncClient::request(const QByteArray &verb, const QString &path, const QByteArray &body)
{
    QUrl url = m_serverUrl;
    const qsizetype query = path.indexOf(u'?');
    url.setPath(url.path().chopped(url.path().endsWith(u'/') ? 1 : 0) + path.left(query));
    if (query >= 0)
        url.setQuery(path.mid(query + 1));
    QNetworkRequest request = newRequest(url);
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization"_ba, "Bearer " + m_token);
    if (!m_staffSession.isEmpty())
        request.setRawHeader("X-Meedoen-Staff-Session"_ba, m_staffSession);
    return verb == "GET" ? m_network->get(request) : m_network->post(request, body);
}

// ---------------------------------------------------------------- enrollment

void SyncClient::enroll(const QUrl &serverUrl, const QString &code)
{
    const QNetworkRequest request = newRequest(serverUrl.resolved(QUrl(u"/v1/enroll"_s)));
    QNetworkReply *reply =
        m_network->post(request, QJsonDocument(Wire::toJson(Wire::EnrollRequest{code})).toJson(QJsonDocument::Compact));
    connect(reply, &QNetworkReply::finished, this, [this, reply, serverUrl] {
        reply->deleteLater();
        const int status = httpStatus(reply);
        const auto answer = Wire::enrollReplyFromJson(QJsonDocument::fromJson(reply->readAll()).object());
        if (status == 426) {
            setUpdateRequired(true);
            Q_EMIT enrollFinished(false, tr("Werk de app bij. Deze versie past niet meer bij de server."));
            return;
        }
        if (status != 200 || answer.error) {
            Q_EMIT enrollFinished(false, status == 403 ? tr("Deze code werkt niet (meer). Vraag een nieuwe code aan.")
                                                       : tr("De server is niet bereikbaar. Probeer het later opnieuw."));
            return;
        }
        SyncStateRepository state(m_database->connection());
        // The token goes to the secret store, the rest to the database.
        bool stored = m_secrets->write(kToken, answer.value.token.toLatin1());
        if (stored) {
            Transaction tx(m_database->connection());
            stored = tx.isActive() && state.setValue(kServerUrl, serverUrl.toString())
                && state.setValue(kDeviceId, answer.value.deviceId) && state.setValue(kKind, answer.value.kind)
                && state.setValue(kSite, answer.value.site) && tx.commit();
        }
        if (!stored) {
            Q_EMIT enrollFinished(false, tr("Het apparaat kon de koppeling niet opslaan."));
            return;
        }
        loadIdentity();
        Q_EMIT enrolledChanged();
        Q_EMIT enrollFinished(true, QString());
        syncNow();
    });
}

// ---------------------------------------------------------------- rounds

void SyncClient::onReachabilityChanged()
{
    if (QNetworkInformation::instance()->reachability() != QNetworkInformation::Reachability::Online)
        return;
    if (!m_pushesHeld && !m_updateRequired)
        m_schedule.resetBackoff(); // a server's "stop pushing" or "update" is not a network fault
    syncNow();
}

void SyncClient::syncNow()
{
    if (!isEnrolled())
        return;
    if (m_roundRunning) {
        m_again = true;
        return;
    }
    const qint64 delay = m_schedule.delayUntilNextAttempt();
    if (delay > 0) {
        scheduleRound(delay);
        return;
    }
    m_retryTimer.stop();
    startRound();
}

void SyncClient::scheduleRound(qint64 delayMs)
{
    if (m_retryTimer.isActive() && m_retryTimer.remainingTime() <= delayMs)
        return;
    m_retryTimer.start(int(std::min<qint64>(delayMs, std::numeric_limits<int>::max())));
}

void SyncClient::startRound()
{
    m_roundRunning = true;
    m_again = false;
    m_resetDone = false;
    m_schedule.recordAttempt();
    setState(State::Syncing);
    push();
}

void SyncClient::truncateWalIfErased()
{
    if (!m_walHoldsErased)
        return;
    if (m_database->checkpointTruncate())
        m_walHoldsErased = false;
    else
        qCWarning(lcSync) << "the write-ahead log could not be truncated";
}

void SyncClient::watchReachability()
{
    // Loading the network-information backend (NetworkManager over D-Bus, GLib) takes
    // milliseconds an app's first frame should not wait for, and a device that never syncs
    // has nothing to watch: it starts once the first round is over.
    if (!m_options.watchNetwork || m_watchingNetwork)
        return;
    m_watchingNetwork = true;
    if (QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
                &SyncClient::onReachabilityChanged);
    }
}

void SyncClient::setPushesHeld(bool held)
{
    if (m_pushesHeld == held)
        return;
    m_pushesHeld = held;
    Q_EMIT pushesHeldChanged();
}

void SyncClient::setUpdateRequired(bool required)
{
    if (m_updateRequired == required)
        return;
    m_updateRequired = required;
    Q_EMIT updateRequiredChanged();
}

void SyncClient::finishRound(bool ok, State failureState, qint64 retryAfterMs)
{
    watchReachability();
    abandonRequestAhead();
    m_nextPush.reset();
    // Not reached with a recording still waiting (the answer of the batch sent ahead records
    // it first); were it dropped, the next round would resend and get the stored outcomes.
    m_pendingRecord = {};
    truncateWalIfErased();
    m_roundRunning = false;
    refreshPendingCount();
    if (ok) {
        m_schedule.recordSuccess();
        setPushesHeld(false);
        setUpdateRequired(false);
        setState(State::Idle);
    } else {
        m_schedule.recordFailure(retryAfterMs);
        setState(failureState);
    }
    Q_EMIT roundFinished(ok);
    if (!ok || m_again) {
        m_again = false;
        scheduleRound(std::max<qint64>(1, m_schedule.delayUntilNextAttempt()));
    }
}

void SyncClient::fail(QNetworkReply *reply, const QList<qint64> &pushedSeqs)
{
    const int status = httpStatus(reply);
    if (status == 401) {
        // Only the server's "revoked" wipes; any other 401 (an unknown token, a proxy in
        // between) keeps everything and tries again later.
        const Wire::Problem problem = Wire::problemFromJson(QJsonDocument::fromJson(reply->readAll()).object());
        if (problem.type == Wire::kProblemDeviceRevoked) {
            wipeRevoked(problem.code, pushedSeqs);
            return;
        }
        qCWarning(lcSync) << "server refused the request:" << status << reply->url().path() << problem.type;
        finishRound(false, State::Error);
        return;
    }
    if (status == 0) {
        // No HTTP answer: refused, unreachable or timed out.
        finishRound(false, State::Offline);
        return;
    }
    if (status == 426) {
        // This app is older than the server serves (docs/sync-protocol.md, "Protocol
        // versions"): nothing it sends will be taken until it is updated. Everything stays
        // queued; it asks again seldom (an update restarts the app anyway).
        const Wire::Problem problem = Wire::problemFromJson(QJsonDocument::fromJson(reply->readAll()).object());
        qCWarning(lcSync) << "server no longer serves this app's protocol" << Wire::kProtocolVersion << problem.type
                          << "- the app must be updated";
        setUpdateRequired(true);
        finishRound(false, State::Error, kUpdateRequiredRetryMs);
        return;
    }
    qint64 retryAfterMs = 0;
    if (status == 429) {
        retryAfterMs = reply->rawHeader("Retry-After"_ba).toLongLong() * 1000;
        // Too many conflicts waiting for staff: no more pushes until the Retry-After, whatever
        // triggers a round (docs/security/scope.md).
        const Wire::Problem problem = Wire::problemFromJson(QJsonDocument::fromJson(reply->readAll()).object());
        if (problem.type == Wire::kProblemConflictLimit) {
            qCWarning(lcSync) << "server holds this device's pushes: too many conflicts waiting for staff";
            setPushesHeld(true);
        }
    }
    if (status == 400) {
        // A 400 is a bug on this side (our validators should have refused it): name the
        // field and code (never a value) and keep the outbox.
        const Wire::Problem problem = Wire::problemFromJson(QJsonDocument::fromJson(reply->readAll()).object());
        qCWarning(lcSync) << "server refused the request:" << status << reply->url().path() << problem.field
                          << problem.code;
    }
    finishRound(false, State::Error, retryAfterMs);
}

void SyncClient::wipeRevoked(const QString &reportCode, const QList<qint64> &pushedSeqs)
{
    // The server kept the whole push in its conflict table, or nothing of it.
    const QSet<qint64> reported = reportCode == Wire::kRevokedReportKept ? QSet<qint64>(pushedSeqs.cbegin(), pushedSeqs.cend())
                                                                         : QSet<qint64>();
    abandonRequestAhead();
    m_nextPush.reset();
    m_pendingRecord = {};
    const auto dropped = DeviceWipe::wipe(*m_database, reported, m_clock());
    if (!dropped) {
        // Nothing deleted: the token stays, so the next round hears "revoked" again and retries.
        qCCritical(lcSync) << "device revoked, but its data could not be deleted yet";
        finishRound(false, State::Error);
        return;
    }
    if (!m_secrets->remove(kToken))
        qCCritical(lcSync) << "device revoked: the token could not be removed from the secret store";
    // Counts and kinds only: what was queued is personal.
    QStringList kinds;
    for (auto it = dropped->byKind.cbegin(); it != dropped->byKind.cend(); ++it)
        kinds.append(it.key() + u'=' + QString::number(it.value()));
    qCWarning(lcSync).noquote() << "device revoked: personal data deleted;" << reported.size()
                                << "queued mutations reported to the server," << dropped->count
                                << "dropped unsent" << (kinds.isEmpty() ? QString() : u'(' + kinds.join(u", ") + u')');
    m_token.clear();
    m_staffSession.clear();
    m_serverUrl = QUrl();
    m_site.clear();
    m_periodicTimer.stop();
    m_retryTimer.stop();
    m_roundRunning = false;
    m_revoked = true;
    refreshPendingCount();
    setPushesHeld(false);
    setState(State::Idle);
    Q_EMIT enrolledChanged();
    Q_EMIT revokedChanged();
    Q_EMIT roundFinished(false);
}

// ---------------------------------------------------------------- push

void SyncClient::push()
{
    if (!sendPush(0))
        pull();
}

std::optional<SyncClient::PreparedPush> SyncClient::preparePush(qint64 afterSeq) const
{
    const QList<Outbox::Entry> entries = Outbox(m_database->connection()).pending(m_options.pushBatch, afterSeq);
    if (entries.isEmpty())
        return std::nullopt;
    QList<Wire::OutgoingMutation> mutations;
    mutations.reserve(entries.size());
    PreparedPush batch;
    batch.afterSeq = afterSeq;
    for (const Outbox::Entry &e : entries) {
        mutations.append({e.seq, e.mutationId, e.kind, e.createdAt, e.payload});
        batch.seqs.append(e.seq);
        batch.kinds.append(e.kind);
        batch.entityIds.append(e.entityId);
    }
    batch.body = Wire::pushBody(mutations, deviceReport());
    return batch;
}

Wire::DeviceReport SyncClient::deviceReport() const
{
    const Outbox::Backlog backlog = Outbox(m_database->connection()).backlog();
    const qint64 age = backlog.oldestCreatedAt.isValid() ? backlog.oldestCreatedAt.secsTo(m_clock()) : 0;
    Wire::DeviceReport report{QCoreApplication::applicationVersion(), backlog.count,
                              std::clamp<qint64>(age, 0, Wire::kMaxReportedQueueAgeSeconds)};
    // A build without a usable version (tests, a developer's build) says so: a report the
    // server would refuse would stop every push and pull.
    if (!Wire::deviceReportFromJson(Wire::toJson(report), QString()).ok())
        report.appVersion = u"unknown"_s;
    return report;
}

bool SyncClient::sendPush(qint64 afterSeq)
{
    // The batch after the one in flight was prepared while waiting for its answer; queued
    // entries never change, so it is still the right one if it starts where asked.
    std::optional<PreparedPush> batch = std::exchange(m_nextPush, std::nullopt);
    if (!batch || batch->afterSeq != afterSeq)
        batch = preparePush(afterSeq);
    if (!batch)
        return false;
    QNetworkReply *reply = send("POST", u"/v1/push"_s, batch->body);
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, seqs = batch->seqs, kinds = batch->kinds, entityIds = batch->entityIds] {
                onPushReply(reply, seqs, kinds, entityIds);
            });
    if (batch->seqs.size() >= m_options.pushBatch)
        m_nextPush = preparePush(batch->seqs.constLast());
    return true;
}

void SyncClient::abandonRequestAhead()
{
    if (!m_requestAhead)
        return;
    QNetworkReply *ahead = m_requestAhead;
    m_requestAhead = nullptr;
    ahead->disconnect(this);
    ahead->abort();
    ahead->deleteLater();
}

void SyncClient::onPushReply(QNetworkReply *reply, const QList<qint64> &seqs, const QList<Wire::MutationKind> &kinds,
                             const QStringList &entityIds)
{
    reply->deleteLater();
    // The batch before this one is recorded first (the round may end there).
    recordPendingOutcomes();
    if (!m_roundRunning)
        return;
    if (m_requestAhead == reply)
        m_requestAhead = nullptr;
    if (httpStatus(reply) != 200 || reply->error() != QNetworkReply::NoError) {
        fail(reply, seqs);
        return;
    }
    const auto answer = Wire::pushAnswerFromJson(QJsonDocument::fromJson(reply->readAll()).object());
    if (answer.error || answer.value.results.size() != seqs.size()) {
        if (answer.error)
            qCWarning(lcSync) << "push answer not understood:" << answer.error->field << answer.error->code;
        finishRound(false);
        return;
    }
    const QList<Wire::Outcome> &results = answer.value.results;
    // The server has committed this batch. When all of it was acknowledged and more is
    // queued, the next batch goes out now and the server works on it while this one is
    // recorded here: a crash in between only means a resend, answered from the server's
    // stored outcomes.
    bool allAcknowledged = true;
    for (qsizetype i = 0; i < results.size() && allAcknowledged; ++i)
        allAcknowledged = results.at(i).seq == seqs.at(i) && results.at(i).isAcknowledged();
    const bool sentAhead = allAcknowledged && seqs.size() >= m_options.pushBatch && sendPush(seqs.constLast());
    if (!sentAhead) {
        recordPushOutcomes(results, seqs, kinds, entityIds, false);
        return;
    }
    m_requestAhead = m_inFlight;
    // QNetworkAccessManager hands a request's body to its network thread through this
    // thread's event loop: record once the batch sent ahead is on its way, or it would wait
    // for the recording and its disk flush. Its answer records first if it comes earlier.
    m_pendingRecord = [this, results, seqs, kinds, entityIds] {
        recordPushOutcomes(results, seqs, kinds, entityIds, true);
    };
    connect(m_requestAhead, &QNetworkReply::uploadProgress, this, [this](qint64 sent, qint64 total) {
        if (total > 0 && sent >= total)
            recordPendingOutcomes();
    });
}

void SyncClient::recordPendingOutcomes()
{
    if (auto record = std::exchange(m_pendingRecord, {}))
        record();
}

void SyncClient::recordPushOutcomes(const QList<Wire::Outcome> &results, const QList<qint64> &seqs,
                                    const QList<Wire::MutationKind> &kinds, const QStringList &entityIds, bool sentAhead)
{
    if (beforeRecordingAck)
        beforeRecordingAck();

    QSqlDatabase db = m_database->connection();
    RegistrationRepository registrations(db);
    PhoneHoursRepository phoneHours(db);
    Outbox outbox(db);
    const bool kiosk = Wire::deviceKindFromKey(m_kind) == Wire::DeviceKind::Kiosk;
    const bool staff = Wire::deviceKindFromKey(m_kind) == Wire::DeviceKind::Staff;
    // A kiosk, and a staff tablet for its intakes, keep a tenant's personal data only until the
    // server has it (a tablet's staff screens show the person as pulled).
    const bool erasesTenants = kiosk || staff;
    QList<qint64> acked;
    QList<QPair<QString, QString>> outcomes;
    bool erased = false;
    bool stop = false;
    bool hoursAnswered = false;
    {
        Transaction tx(db);
        if (!tx.isActive()) {
            finishRound(false);
            return;
        }
        for (qsizetype i = 0; i < results.size(); ++i) {
            const Wire::Outcome &r = results.at(i);
            if (r.seq != seqs.at(i) || !r.isAcknowledged()) {
                // conflict or gap: never renumber, never drop; staff must look.
                qCWarning(lcSync) << "push stopped at seq" << seqs.at(i) << "status" << Wire::toKey(r.status);
                stop = true;
                break;
            }
            const Wire::MutationKind kind = kinds.at(i);
            if (kind == Wire::MutationKind::Signup) {
                const QString signupId = entityIds.at(i);
                const SignupState state = signupStateOf(r);
                if (!registrations.applyOutcome(signupId, state, r.waitlistPosition.value_or(0), r.reason, 0)) {
                    finishRound(false);
                    return;
                }
                const QString reference = r.referenceCode.value_or(QString());
                if (!reference.isEmpty() && !registrations.setReferenceCode(signupId, reference)) {
                    finishRound(false);
                    return;
                }
                outcomes.append({signupId, toKey(state)});
                if (erasesTenants) {
                    // Everything the tenant typed goes: the person and the sign-up's own fields.
                    if (!registrations.forgetTypedSignupFields(signupId)) {
                        finishRound(false);
                        return;
                    }
                    erased = true;
                    const auto s = registrations.signup(signupId);
                    if (s && !s->personId.isEmpty()) {
                        if (!registrations.erasePersonInTransaction(s->personId)) {
                            finishRound(false);
                            return;
                        }
                        erased = true;
                    }
                }
            } else if (kind == Wire::MutationKind::Link) {
                if (!registrations.applyLinkOutcome(entityIds.at(i), r)) {
                    finishRound(false);
                    return;
                }
            } else if (kind == Wire::MutationKind::Hours || kind == Wire::MutationKind::HoursWithdraw) {
                if (!staff && !phoneHours.applyOutcome(kind, entityIds.at(i), r)) {
                    finishRound(false);
                    return;
                }
                hoursAnswered = !staff;
            } else if (kind == Wire::MutationKind::Registration && erasesTenants) {
                if (!registrations.erasePersonInTransaction(entityIds.at(i))) {
                    finishRound(false);
                    return;
                }
                erased = true;
            }
            if (staff && !StaffRepository(db).recordOutcome(seqs.at(i), r)) {
                finishRound(false);
                return;
            }
            acked.append(seqs.at(i));
        }
        if (!outbox.markAcknowledged(acked, m_clock()) || !tx.commit()) {
            finishRound(false);
            return;
        }
    }
    // Acknowledged payloads and erased persons were overwritten (secure_delete); the
    // write-ahead log still holds the old pages until it is truncated, once when this round
    // ends (finishRound()), not after every batch: each truncation waits for the disk.
    if ((kiosk && !acked.isEmpty()) || erased)
        m_walHoldsErased = true;
    refreshPendingCount();
    for (const auto &[signupId, state] : std::as_const(outcomes))
        Q_EMIT outcomeArrived(signupId, state);
    if (hoursAnswered)
        Q_EMIT hoursOutcomeArrived();
    if (stop) {
        finishRound(false);
        return;
    }
    if (!sentAhead) // else the answer to the batch sent ahead goes on with the round
        pull();
}

// ---------------------------------------------------------------- pull

void SyncClient::pull(bool fromScratch)
{
    // The sites an opportunity of the coming pages may point at: those stored now, and
    // those of every page read since (onPullParsed()).
    m_pullSites = CatalogueRepository(m_database->connection()).sites();
    const QString cursor = fromScratch ? QString()
                                       : SyncStateRepository(m_database->connection()).value(QString(PullApplier::kCursorKey));
    requestPullPage(cursor);
}

void SyncClient::requestPullPage(const QString &cursor)
{
    const QUrlQuery query = Wire::toQuery(Wire::PullQuery{cursor, m_options.pullLimit, deviceReport()});
    QNetworkReply *reply = send("GET", u"/v1/pull?"_s + query.toString(QUrl::FullyEncoded), {});
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onPullReply(reply); });
}

void SyncClient::onPullReply(QNetworkReply *reply)
{
    reply->deleteLater();
    if (m_requestAhead == reply)
        m_requestAhead = nullptr;
    const int status = httpStatus(reply);
    if (status == 409 && !m_resetDone) {
        // Our cursor is older than the server's history: start over, keep the outbox.
        m_resetDone = true;
        if (!PullApplier::reset(m_database->connection())) {
            finishRound(false);
            return;
        }
        pull(true);
        return;
    }
    if (status != 200 || reply->error() != QNetworkReply::NoError) {
        fail(reply);
        return;
    }
    // The page is read and checked on a worker thread (it touches no database), so that
    // reading one page overlaps with writing the one before it; pages stay in order because
    // the next one is asked for only once this one is read.
    struct Parsed
    {
        std::optional<PullApplier::Page> page;
        QString error;
    };
    auto promise = std::make_shared<QPromise<Parsed>>();
    auto *watcher = new QFutureWatcher<Parsed>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        Parsed parsed = watcher->future().takeResult();
        if (!parsed.page) {
            qCWarning(lcSync) << "pulled page refused:" << parsed.error;
            finishRound(false);
            return;
        }
        onPullParsed(*parsed.page);
    });
    watcher->setFuture(promise->future());
    QThreadPool::globalInstance()->start(
        [promise, body = reply->readAll(), scope = pullScope(), known = m_pullSites] {
            promise->start();
            Parsed parsed;
            parsed.page = PullApplier::parse(QJsonDocument::fromJson(body).object(), scope, known, &parsed.error);
            promise->addResult(std::move(parsed));
            promise->finish();
        });
}

PullApplier::Scope SyncClient::pullScope() const
{
    const auto kind = Wire::deviceKindFromKey(m_kind);
    return kind == Wire::DeviceKind::Staff   ? PullApplier::Scope::Staff
           : kind == Wire::DeviceKind::Phone ? PullApplier::Scope::Tenant
                                             : PullApplier::Scope::Device;
}

void SyncClient::onPullParsed(const PullApplier::Page &page)
{
    // The next page is asked for before this one is written, so that the server pages while
    // this side writes. It starts at this page's cursor, which write() stores with the page
    // in one transaction; if the write fails, the request is dropped unanswered and the next
    // round starts again from the stored cursor.
    m_pullSites.append(page.sites);
    if (page.more) {
        requestPullPage(page.cursor);
        m_requestAhead = m_inFlight;
    }
    QString error;
    if (!PullApplier::write(m_database->connection(), page, pullScope(), &error)) {
        qCWarning(lcSync) << "pulled page refused:" << error;
        finishRound(false); // drops the page asked for ahead
        return;
    }
    if (page.more)
        return; // the next page is on its way
    m_lastSuccess = m_clock();
    SyncStateRepository(m_database->connection()).setValue(kLastSuccess, m_lastSuccess.toString(Qt::ISODateWithMs));
    Q_EMIT lastSuccessfulSyncChanged();
    finishRound(true);
}
