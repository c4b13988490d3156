// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/securitylog.h"

#include "server/metrics.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <utility>

Q_LOGGING_CATEGORY(lcSecurity, "meedoen.security")

namespace Server {

QByteArray securityEventLine(const char *event, std::initializer_list<SecurityField> fields)
{
    QJsonObject line{{QStringLiteral("event"), QString::fromLatin1(event)}};
    for (const SecurityField &f : fields)
        line.insert(QString::fromLatin1(f.key), f.value);
    return QJsonDocument(line).toJson(QJsonDocument::Compact);
}

namespace {

thread_local SecurityEventHold *t_hold = nullptr;

void write(const QByteArray &line)
{
    qCWarning(lcSecurity).noquote() << QString::fromUtf8(line);
}

} // namespace

void logSecurityEvent(const char *event, std::initializer_list<SecurityField> fields)
{
    if (t_hold) {
        t_hold->m_events.append({QByteArray(event), securityEventLine(event, fields)});
        return;
    }
    metrics().countSecurityEvent(event);
    write(securityEventLine(event, fields));
}

void writeSecurityEvent(const char *event, std::initializer_list<SecurityField> fields)
{
    write(securityEventLine(event, fields));
}

SecurityEventHold::SecurityEventHold() : m_outer(std::exchange(t_hold, this)) {}

SecurityEventHold::~SecurityEventHold()
{
    t_hold = m_outer;
}

void SecurityEventHold::release(qsizetype from, qsizetype to)
{
    if (to < 0 || to > m_events.size())
        to = m_events.size();
    for (qsizetype i = from; i < to; ++i) {
        const Held &held = m_events.at(i);
        if (m_outer) {
            m_outer->m_events.append(held);
            continue;
        }
        metrics().countSecurityEvent(held.event.constData());
        write(held.line);
    }
    m_events.remove(from, qMax<qsizetype>(0, to - from));
}

} // namespace Server
