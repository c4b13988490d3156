// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "controllers/staffpersons.h"

#include "controllers/staffsession.h"
#include "core/signupstatustext.h"
#include "core/validation.h"
#include "protocol/mutation.h"
#include "storage/database.h"
#include "storage/staffrepository.h"
#include "storage/transaction.h"

#include <QUuid>

#include <array>

using namespace Qt::StringLiterals;
using namespace Meedoen;

StaffPersons *StaffPersons::s_instance = nullptr;

StaffPersons::StaffPersons(StaffSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    // Filled on the first move of `revision` (an unlock, a pull), not here: a kiosk builds these too.
    for (StaffRowModel *list :
         std::array<StaffRowModel *, 4>{&m_personList, &m_hoursList, &m_auditList, &m_eraseRequestList})
        connect(session, &StaffSession::revisionChanged, list, [this, list] { list->reloadFrom(m_session->database()); });
    if (!s_instance)
        s_instance = this;
}

StaffPersons::~StaffPersons()
{
    if (s_instance == this)
        s_instance = nullptr;
}

StaffPersons *StaffPersons::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT(s_instance);
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

bool StaffPersons::verifyHours(const QString &entryId)
{
    if (!m_session->requireUnlocked())
        return false;
    Wire::HoursVerifyPayload payload;
    payload.entryId = entryId;
    return m_session->queue(payload, entryId);
}

bool StaffPersons::correctHours(const QString &entryId, const QString &date, int minutes, const QString &note)
{
    if (!m_session->requireUnlocked())
        return false;
    const QDate day = QDate::fromString(date, Qt::ISODate);
    if (!day.isValid() || minutes < 0 || minutes > kMaxMinutesPerDay) {
        m_session->setMessage(tr("Vul een datum (JJJJ-MM-DD) en 0 tot %1 minuten in.").arg(kMaxMinutesPerDay));
        return false;
    }
    const auto checkedNote = validateFreeText(note, {}, 200, false);
    if (!checkedNote.ok()) {
        m_session->setMessage(tr("De toelichting mag één regel van hoogstens 200 tekens zijn."));
        return false;
    }
    Wire::HoursCorrectPayload payload;
    payload.entry.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    payload.entry.correctsEntryId = entryId;
    payload.entry.date = day;
    payload.entry.minutes = minutes;
    payload.entry.note = checkedNote.value;
    return m_session->queue(payload, entryId);
}

QVariantMap StaffPersons::person(const QString &personId, const QString &language) const
{
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    QVariantMap person = StaffRepository(m_session->database()->connection()).person(personId);
    // Each consent as the tenant reads it too: when, in which language, which text.
    QVariantList consents;
    for (const QVariant &v : person.value(u"consents"_s).toList()) {
        QVariantMap c = v.toMap();
        ConsentRecord record;
        record.textVersion = c.value(u"textVersion"_s).toString();
        record.language = c.value(u"language"_s).toString();
        record.givenAt = QDateTime::fromString(c.value(u"givenAt"_s).toString(), Qt::ISODateWithMs);
        c.insert(u"givenText"_s, consentGivenSentence(record, locale));
        consents.append(c);
    }
    if (!consents.isEmpty())
        person.insert(u"consents"_s, consents);
    return person;
}

bool StaffPersons::setHoursAgreement(const QString &personId, int minutesPerMonth)
{
    if (!m_session->requireUnlocked())
        return false;
    if (minutesPerMonth < 0 || minutesPerMonth > kMaxAgreedMinutesPerMonth) {
        m_session->setMessage(tr("Vul 0 tot 744 uur per maand in."));
        return false;
    }
    Wire::HoursAgreementPayload payload;
    payload.personId = personId;
    payload.minutesPerMonth = minutesPerMonth;
    return m_session->queue(payload, personId);
}

bool StaffPersons::withdrawConsent(const QString &personId, const QString &purpose)
{
    if (!m_session->requireUnlocked())
        return false;
    Wire::ConsentWithdrawPayload payload;
    payload.personId = personId;
    payload.purpose = purpose;
    return m_session->queue(payload, personId);
}

bool StaffPersons::erasePerson(const QString &personId, const QString &pin)
{
    if (!m_session->requireUnlocked() || !m_session->confirmPin(pin))
        return false;
    QSqlDatabase db = m_session->database()->connection();
    {
        // Queued and anonymised here in one go: the tablet forgets at once, the server
        // follows on the next push and tells every other device.
        Transaction tx(db);
        if (!tx.isActive() || !StaffRepository(db).anonymiseLocally(personId) || !tx.commit()) {
            m_session->setMessage(tr("Opslaan is niet gelukt."));
            return false;
        }
    }
    Wire::ErasePersonPayload payload;
    payload.personId = personId;
    return m_session->queue(payload, personId);
}
