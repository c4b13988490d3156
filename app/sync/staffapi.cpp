// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/staffapi.h"

#include "protocol/requests.h"
#include "protocol/resultswire.h"
#include "sync/syncclient.h"

#include <QJsonDocument>
#include <QNetworkReply>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

int httpStatus(const QNetworkReply *reply)
{
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

QJsonObject bodyObject(QNetworkReply *reply)
{
    return QJsonDocument::fromJson(reply->readAll()).object();
}

} // namespace

StaffApi::StaffApi(SyncClient *sync, QObject *parent)
    : QObject(parent)
    , m_sync(sync)
{
}

void StaffApi::setSync(SyncClient *sync)
{
    m_sync = sync;
}

SyncClient *StaffApi::sync() const
{
    return m_sync;
}

bool StaffApi::isStaffTablet() const
{
    return m_sync && m_sync->isEnrolledAs(Wire::DeviceKind::Staff);
}

void StaffApi::setSession(const QString &token)
{
    if (m_sync)
        m_sync->setStaffSession(token);
}

void StaffApi::login(const Wire::StaffLoginRequest &request, QObject *context, LoginDone done)
{
    if (!m_sync) {
        done(LoginAnswer{});
        return;
    }
    QNetworkReply *reply = m_sync->request(
        "POST", u"/v1/staff/login"_s, QJsonDocument(Wire::toJson(request)).toJson(QJsonDocument::Compact));
    connect(reply, &QNetworkReply::finished, context, [reply, done = std::move(done)] {
        reply->deleteLater();
        LoginAnswer answer;
        answer.status = httpStatus(reply);
        answer.retryAfterSeconds = reply->rawHeader("Retry-After"_ba).toInt();
        if (answer.status == 200) {
            auto read = Wire::staffLoginReplyFromJson(bodyObject(reply));
            if (read.ok())
                answer.reply = read.value;
        } else if (answer.status != 0) {
            answer.problem = Wire::problemFromJson(bodyObject(reply)).type;
        }
        done(answer);
    });
    // Gone before the answer: nobody to tell, the reply still goes.
    connect(context, &QObject::destroyed, reply, &QObject::deleteLater);
}

void StaffApi::results(const Meedoen::ResultsFilter &filter, QObject *context, ResultsDone done)
{
    if (!m_sync) {
        done(std::nullopt);
        return;
    }
    QString path = u"/v1/staff/results"_s;
    const QUrlQuery query = Wire::resultsQuery(filter);
    if (!query.isEmpty())
        path += u'?' + query.toString(QUrl::FullyEncoded);
    QNetworkReply *reply = m_sync->request("GET", path);
    connect(reply, &QNetworkReply::finished, context, [reply, done = std::move(done)] {
        reply->deleteLater();
        done(httpStatus(reply) == 200 ? Wire::resultsFromJson(bodyObject(reply)) : std::nullopt);
    });
    connect(context, &QObject::destroyed, reply, &QObject::deleteLater);
}

void StaffApi::codeLock(const QString &personId, bool unlock, QObject *context, CodeLockDone done)
{
    if (!m_sync) {
        done(CodeLockAnswer{});
        return;
    }
    QNetworkReply *reply = unlock
        ? m_sync->request("POST", u"/v1/staff/code-unlock"_s,
                          QJsonDocument(Wire::toJson(Wire::CodeUnlockRequest{personId})).toJson(QJsonDocument::Compact))
        : m_sync->request("GET", u"/v1/staff/code-lock?person="_s + QString::fromLatin1(QUrl::toPercentEncoding(personId)));
    connect(reply, &QNetworkReply::finished, context, [reply, done = std::move(done)] {
        reply->deleteLater();
        CodeLockAnswer answer{httpStatus(reply), std::nullopt};
        if (answer.status == 200) {
            const auto read = Wire::codeLockReplyFromJson(bodyObject(reply));
            if (read.ok())
                answer.reply = read.value;
            else
                answer.status = 0; // an answer that does not read tells nothing
        }
        done(answer);
    });
    connect(context, &QObject::destroyed, reply, &QObject::deleteLater);
}

void StaffApi::kiosks(QObject *context, KiosksDone done)
{
    if (!m_sync) {
        done(std::nullopt);
        return;
    }
    QNetworkReply *reply = m_sync->request("GET", u"/v1/staff/kiosks"_s);
    connect(reply, &QNetworkReply::finished, context, [reply, done = std::move(done)] {
        reply->deleteLater();
        if (httpStatus(reply) != 200)
            return done(std::nullopt);
        const auto read = Wire::kioskWatchReplyFromJson(bodyObject(reply));
        done(read.ok() ? std::optional(read.value) : std::nullopt);
    });
    connect(context, &QObject::destroyed, reply, &QObject::deleteLater);
}
