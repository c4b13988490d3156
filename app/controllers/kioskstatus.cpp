// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "controllers/kioskstatus.h"

#include "controllers/registrationcontroller.h"
#include "core/signupstatustext.h"
#include "protocol/statuslookup.h"
#include "storage/cataloguerepository.h"
#include "sync/syncclient.h"

#include <QJsonDocument>
#include <QNetworkReply>

using namespace Qt::StringLiterals;
using namespace Meedoen;

KioskStatus::KioskStatus(RegistrationController *form, CatalogueRepository *catalogue, QObject *parent)
    : QObject(parent), m_form(form), m_catalogue(catalogue)
{
}

KioskStatus::~KioskStatus()
{
    if (m_reply)
        m_reply->abort();
}

QString KioskStatus::message() const
{
    switch (m_state) {
    case State::Idle:
    case State::Found:
        return {};
    case State::Asking:
        return tr("Even geduld, we vragen het na…");
    case State::NotFound:
        return tr("We vinden geen aanmelding bij deze persoonlijke code en geboortedatum. Kijk ze na en probeer het nog eens.");
    case State::Wait:
        return tr("Te vaak geprobeerd. Probeer het over %n seconden nog eens.", nullptr, m_retryAfterSeconds);
    case State::Offline:
        return tr("Dit kan alleen met een internetverbinding, en die is er nu niet. Probeer het later nog eens, "
                  "of kijk in de app op je telefoon.");
    case State::Failed:
        return tr("Het opvragen is niet gelukt. Probeer het later nog eens.");
    case State::Locked:
        return tr("Je code is op slot gezet, omdat er te vaak een verkeerde geboortedatum bij is ingevuld. "
                  "Vraag een medewerker of je wijkconsulent om je code weer open te zetten.");
    case State::UpdateApp:
        return tr("Werk de app bij. Deze versie past niet meer bij de server. Zeg het tegen een medewerker.");
    }
    return {};
}

QVariantList KioskStatus::signups() const
{
    QVariantList list;
    for (const Signup &s : m_signups) {
        const auto opportunity = m_catalogue->opportunity(s.opportunityId);
        // QLocale() follows the app's language (AppContext::setLanguage()).
        list.append(QVariantMap{{u"referenceCode"_s, s.referenceCode},
                                {u"title"_s, opportunity ? opportunity->title : QString()},
                                {u"sentence"_s, signupStatusSentence(s, QLocale())},
                                {u"message"_s, signupMessageText(s)}});
    }
    return list;
}

bool KioskStatus::lookUp()
{
    clear();
    const auto identity = m_form->identification();
    if (!identity)
        return false;
    if (!m_sync || !m_sync->isEnrolled()) {
        setState(State::Offline);
        return false;
    }
    Wire::StatusRequest request;
    request.personalCode = identity->first;
    request.dateOfBirth = identity->second;
    m_reply = m_sync->request("POST"_ba, u"/v1/status"_s,
                              QJsonDocument(Wire::toJson(request)).toJson(QJsonDocument::Compact));
    QNetworkReply *reply = m_reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] { finished(reply); });
    setState(State::Asking);
    return true;
}

void KioskStatus::finished(QNetworkReply *reply)
{
    reply->deleteLater();
    if (reply != m_reply)
        return; // cleared meanwhile: the answer is not for this tenant
    m_reply.clear();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0) {
        setState(State::Offline); // no answer at all: no connection
        return;
    }
    if (status == 404) {
        setState(State::NotFound);
        return;
    }
    if (status == 423) {
        setState(State::Locked);
        return;
    }
    if (status == 426) {
        // The server no longer serves this app (docs/sync-protocol.md, "Protocol versions").
        setState(State::UpdateApp);
        return;
    }
    if (status == 429) {
        m_retryAfterSeconds = std::max(1, reply->rawHeader("Retry-After"_ba).toInt());
        setState(State::Wait);
        return;
    }
    const auto answer = Wire::statusReplyFromJson(QJsonDocument::fromJson(reply->readAll()).object());
    if (status != 200 || answer.error) {
        setState(State::Failed);
        return;
    }
    m_signups = answer.value.signups;
    setState(State::Found);
}

void KioskStatus::clear()
{
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply.clear();
        reply->abort();
    }
    m_signups.clear();
    m_retryAfterSeconds = 0;
    setState(State::Idle);
}

void KioskStatus::setState(State state)
{
    m_state = state;
    Q_EMIT changed();
}
