// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonValue>
#include <QLoggingCategory>
#include <QString>

#include <initializer_list>
#include <utility>

Q_DECLARE_LOGGING_CATEGORY(lcSecurity)

namespace Server {

// One structured line per security event on the "meedoen.security" category, e.g.
//   {"event":"login-failed","device":"dev-…","attempts":3}
// so IT can alert on them (journald, a SIEM) without parsing prose. Fields carry ids,
// counts, limits and the peer address only: never a name, a date of birth, a guessed
// value, a login typed, a password, a token or a code. Event names are kebab-case nouns
// ("login-failed", "login-locked", "unauthorized", "rate-limited", "identify-failed",
// "enrol-failed", "connection-refused", …) and stay stable: dashboards match on them.
struct SecurityField
{
    const char *key;
    QJsonValue value;
};

// Logs the line and counts the event for GET /metrics (meedoen_security_events_total).
void logSecurityEvent(const char *event, std::initializer_list<SecurityField> fields = {});

// Logs the line only: for SecurityEventThrottle, which counts every event as it happens and
// logs some of them later, summed.
void writeSecurityEvent(const char *event, std::initializer_list<SecurityField> fields);

// The JSON text of the line logSecurityEvent() writes (for tests and for the log itself).
QByteArray securityEventLine(const char *event, std::initializer_list<SecurityField> fields);

} // namespace Server
