// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "controllers/deviceenrollment.h"

#include "sync/syncclient.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

// An enrolment code is what `meedoen-server enroll` prints: letters, digits and dashes.
bool looksLikeCode(const QString &code)
{
    if (code.size() < 6 || code.size() > 64)
        return false;
    return std::all_of(code.begin(), code.end(), [](QChar c) {
        return (c.isLetterOrNumber() && c.unicode() < 128) || c == u'-';
    });
}

} // namespace

DeviceEnrollment::DeviceEnrollment(QObject *parent)
    : QObject(parent)
{
}

void DeviceEnrollment::setClient(SyncClient *client)
{
    if (m_client == client)
        return;
    if (m_client)
        disconnect(m_client, nullptr, this, nullptr);
    m_client = client;
    if (client) {
        connect(client, &SyncClient::enrolledChanged, this, &DeviceEnrollment::changed);
        connect(client, &SyncClient::enrollFinished, this, &DeviceEnrollment::onFinished);
    }
    Q_EMIT changed();
}

bool DeviceEnrollment::isAvailable() const
{
    return m_client && !m_client->isEnrolled();
}

bool DeviceEnrollment::isEnrolled() const
{
    return m_client && m_client->isEnrolled();
}

bool DeviceEnrollment::enroll(const QString &serverUrl, const QString &code)
{
    if (!isAvailable() || m_busy)
        return false;
    m_serverText = serverUrl.trimmed();
    m_codeText = code.trimmed();
    m_checked = true;
    retranslate();
    if (!m_errors.isEmpty())
        return false;
    QUrl url = QUrl::fromUserInput(m_serverText);
    m_busy = true;
    m_message = tr("Bezig met koppelen…");
    Q_EMIT changed();
    m_client->enroll(url, m_codeText);
    return true;
}

void DeviceEnrollment::retranslate()
{
    if (!m_checked)
        return;
    m_errors.clear();
    const QUrl url = QUrl::fromUserInput(m_serverText);
    if (m_serverText.isEmpty())
        m_errors.insert(u"server"_s, tr("Vul het adres van de server in, bijvoorbeeld https://meedoen.corporatie.nl."));
    else if (!url.isValid() || url.host().isEmpty() || (url.scheme() != "https"_L1 && url.scheme() != "http"_L1))
        m_errors.insert(u"server"_s, tr("Dit is geen adres van een server. Het begint met https:// en heeft geen spaties."));
    if (m_codeText.isEmpty())
        m_errors.insert(u"code"_s, tr("Vul de koppelcode in die je van de beheerder kreeg."));
    else if (!looksLikeCode(m_codeText))
        m_errors.insert(u"code"_s, tr("Deze koppelcode klopt niet. Een koppelcode heeft alleen letters, cijfers en streepjes."));
    Q_EMIT changed();
}

void DeviceEnrollment::onFinished(bool ok, const QString &message)
{
    if (!m_busy)
        return;
    m_busy = false;
    m_message = ok ? tr("Gekoppeld. Dit apparaat wisselt nu gegevens uit met de corporatie.") : message;
    if (ok) {
        m_serverText.clear();
        m_codeText.clear();
        m_checked = false;
    }
    Q_EMIT changed();
}
