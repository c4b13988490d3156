// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Tenants as a kiosk registers them, for the tests that need one: a person the server
// accepts, the registration and sign-up payloads a device pushes, and a sign-up queued in a
// device's database the way the registration form queues it.

#include "core/domain.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace Fixtures {

// A fresh UUID without braces, as the app makes its ids.
QString uuid();

// A tenant the server accepts: a Rotterdam postcode, a mobile number, born 17 May 1980.
Meedoen::Person person(const QString &givenName, const QString &familyName = QStringLiteral("Yılmaz"),
                       const QStringList &languages = {QStringLiteral("nl")});

// The tenant's consent to be contacted, given at `at`.
Meedoen::ConsentRecord contactConsent(const Meedoen::Person &p, const QDateTime &at = QDateTime::currentDateTimeUtc());

// The payload of a `registration` mutation: the person and their contact consent.
QJsonObject registrationPayload(const Meedoen::Person &p);

// The payload of a `signup` mutation for `personId` on `opportunity`.
QJsonObject signupPayload(const QString &personId, const QString &opportunity, const QString &signupId = uuid());

// One mutation of a push body as a device sends it: seq, a fresh id, kind, now as deviceTime.
QJsonObject mutationJson(qint64 seq, const QString &kind, const QJsonObject &payload);

// A new tenant registers and signs up for `opportunity` on this device (offline: the
// registration and the sign-up wait in the outbox); with `trajectory`, they also tick the
// consent to follow their route up the ladder. The sign-up's id, empty on failure.
QString queueSignup(const QSqlDatabase &db, const QString &opportunity, const QString &givenName = QStringLiteral("Tenant"),
                    bool trajectory = false);

} // namespace Fixtures
