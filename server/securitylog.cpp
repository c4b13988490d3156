// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/securitylog.h"

#include "server/metrics.h"

#include <QJsonDocument>
#include <QJsonObject>

Q_LOGGING_CATEGORY(lcSecurity, "meedoen.security")

namespace Server {

QByteArray securityEventLine(const char *event, std::initializer_list<SecurityField> fields)
{
    QJsonObject line{{QStringLiteral("event"), QString::fromLatin1(event)}};
    for (const SecurityField &f : fields)
        line.insert(QString::fromLatin1(f.key), f.value);
    return QJsonDocument(line).toJson(QJsonDocument::Compact);
}

void logSecurityEvent(const char *event, std::initializer_list<SecurityField> fields)
{
    metrics().countSecurityEvent(event);
    writeSecurityEvent(event, fields);
}

void writeSecurityEvent(const char *event, std::initializer_list<SecurityField> fields)
{
    qCWarning(lcSecurity).noquote() << QString::fromUtf8(securityEventLine(event, fields));
}

} // namespace Server
