// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
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

// Holds back the events logSecurityEvent() is given on this thread while it lives, for work
// that may be rolled back and done again: a group of pushes applied in one transaction is,
// after a fault, applied again push by push (PushBatch::applyGroup). What the group did is
// undone, so its events did not happen; each is logged and counted when its push is applied
// for good. release() logs and counts the events held in [from, to) (after the commit, or
// those of a push whose answer stands); what is not released is dropped. Holds nest.
class SecurityEventHold
{
public:
    SecurityEventHold();
    ~SecurityEventHold();
    SecurityEventHold(const SecurityEventHold &) = delete;
    SecurityEventHold &operator=(const SecurityEventHold &) = delete;

    qsizetype size() const { return m_events.size(); }
    void release(qsizetype from = 0, qsizetype to = -1);

private:
    friend void logSecurityEvent(const char *, std::initializer_list<SecurityField>);
    struct Held
    {
        QByteArray event;
        QByteArray line;
    };
    QList<Held> m_events;
    SecurityEventHold *m_outer;
};

} // namespace Server
