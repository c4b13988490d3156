// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What meedoen-server keeps, behind one interface so the HTTP routes and the admin commands
// do not care whether SQLite or PostgreSQL sits underneath. All state lives in the database:
// several server processes may share one.

#include "domain.h"
#include "signup.h"
#include "wire.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <functional>
#include <memory>
#include <optional>

namespace Server {

struct Device
{
    QString id;
    QString kind;       // "kiosk" | "phone" | "staff"
    QString site;
    QDateTime enrolledAt;
    QDateTime revokedAt;
    bool isRevoked() const { return revokedAt.isValid(); }
};

// One pushed mutation after the routes validated its shape and fields.
struct Mutation
{
    qint64 seq = 0;
    QString id;
    QString kind;                   // "registration" | "signup" | "withdrawal"
    QDateTime deviceTime;
    QByteArray payloadHash;         // SHA-256 over id, kind and payload
    QByteArray canonicalPayload;    // compact JSON, kept for conflicts only
    // registration
    std::optional<Meedoen::Person> person;
    QList<Meedoen::ConsentRecord> consents;
    // signup
    std::optional<Meedoen::Signup> signup;
    bool identify = false;
    std::optional<QString> identifyCode;   // nullopt: not a personal code at all
    QDate identifyDateOfBirth;
    // withdrawal
    QString signupId;
    // A business refusal the routes already know (e.g. "too-young" from validatePerson).
    QString refusal;
};

struct PushResult
{
    QJsonArray results;
    qint64 lastSeq = 0;
};

struct Change
{
    qint64 seq = 0;
    QString entity;
    QString id;
    QString op;         // "upsert" | "delete"
    QJsonObject data;
};

struct PullPage
{
    QList<Change> changes;
    qint64 cursor = 0;
    bool more = false;
    bool resetRequired = false;
};

struct RateDecision
{
    bool allowed = true;
    int retryAfterSeconds = 0;
};

class Store
{
public:
    virtual ~Store() = default;

    virtual QString lastError() const = 0;
    virtual bool migrate() = 0;
    virtual int schemaVersion() = 0;

    virtual bool importCatalogue(const Wire::Catalogue &catalogue, const QDateTime &now) = 0;
    // "id name" per site, ordered by id.
    virtual QList<Meedoen::Site> sites() = 0;
    virtual bool hasSite(const QString &siteId) = 0;

    virtual bool addEnrollmentCode(const QByteArray &codeHash, const QString &kind, const QString &site,
                                   const QDateTime &expiresAt) = 0;
    // Uses the code (once) and creates the device; nullopt when the code is unknown, used or
    // expired.
    virtual std::optional<Device> redeemEnrollmentCode(const QByteArray &codeHash, const QString &deviceId,
                                                       const QByteArray &tokenHash, const QDateTime &now) = 0;
    virtual std::optional<Device> deviceByTokenHash(const QByteArray &tokenHash) = 0;
    virtual QList<Device> devices() = 0;
    // False when the device does not exist.
    virtual bool revoke(const QString &deviceId, const QDateTime &now) = 0;

    virtual RateDecision countRequest(const QString &deviceId, const QDateTime &now, int limitPerMinute) = 0;

    // Applies a batch in one transaction; nullopt on a server fault (nothing applied).
    virtual std::optional<PushResult> push(const Device &device, const QList<Mutation> &mutations,
                                           const QDateTime &now) = 0;
    virtual std::optional<PullPage> pull(const Device &device, std::optional<qint64> cursor, int limit) = 0;
    // Forgets change-log rows before `beforeSeq` that are tombstones or superseded; cursors
    // older than that get "reset required".
    virtual bool compactChanges(qint64 beforeSeq) = 0;

    // Test-only fault injection: called inside the push transaction after each applied
    // mutation with the number applied so far.
    std::function<void(int)> afterApply;
};

// "sqlite:PATH" or "postgresql://user:pass@host:port/dbname" (empty parts come from libpq's
// PG* environment). nullptr with `error` set when the database cannot be opened.
std::unique_ptr<Store> openStore(const QString &spec, QString *error);

} // namespace Server
