// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "controllers/phonehours.h"

#include "core/tenanthours.h"

#include <QCoreApplication>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace Meedoen;

namespace {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

PhoneHours::PhoneHours(QSqlDatabase db, QObject *parent)
    : QObject(parent)
    , m_repository(db)
    , m_model(&m_repository)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
}

void PhoneHours::setPersonId(const QString &personId)
{
    if (m_personId == personId)
        return;
    m_personId = personId;
    m_model.setPersonId(personId);
    refresh();
    startNew();
}

QVariantList PhoneHours::choices() const
{
    QVariantList list;
    for (const auto &c : m_choices)
        list.append(QVariantMap{{HoursField::opportunity.toString(), c.opportunityId}, {u"title"_s, c.title}});
    return list;
}

QVariantMap PhoneHours::balance() const
{
    const QDate first = QDate::fromString(m_balance.month + u"-01"_s, Qt::ISODate);
    return {{u"month"_s, first},
            {u"agreed"_s, formatHoursDuration(m_balance.agreedMinutes)},
            {u"logged"_s, formatHoursDuration(m_balance.loggedMinutes)},
            {u"verified"_s, formatHoursDuration(m_balance.verifiedMinutes)},
            {u"left"_s, formatHoursDuration(m_balance.leftMinutes())},
            {u"verifiedMinutes"_s, m_balance.verifiedMinutes},
            {u"agreedMinutes"_s, m_balance.agreedMinutes}};
}

void PhoneHours::refresh()
{
    m_choices = m_personId.isEmpty() ? QList<PhoneHoursRepository::Choice>() : m_repository.choices(m_personId);
    m_balance = m_repository.balance(m_personId, today().toString(u"yyyy-MM"_s));
    m_model.refresh();
    if (m_fields.value(HoursField::opportunity.toString()).toString().isEmpty() && !m_choices.isEmpty()) {
        m_fields.insert(HoursField::opportunity.toString(), m_choices.first().opportunityId);
        Q_EMIT fieldsChanged();
    }
    Q_EMIT changed();
}

void PhoneHours::retranslate()
{
    m_model.refresh();
    const QStringList names = m_errors.keys();
    for (const QString &name : names)
        validateField(name);
}

void PhoneHours::startNew()
{
    m_editingId.clear();
    m_fields = {{HoursField::opportunity.toString(), m_choices.isEmpty() ? QString() : m_choices.first().opportunityId},
                {HoursField::date.toString(), today().toString(u"d-M-yyyy"_s)},
                {HoursField::duration.toString(), QString()},
                {HoursField::note.toString(), QString()}};
    m_errors.clear();
    Q_EMIT fieldsChanged();
    Q_EMIT errorsChanged();
}

bool PhoneHours::startEdit(const QString &entryId)
{
    const auto e = m_repository.entry(entryId);
    if (!e || !e->changeable())
        return false;
    m_editingId = entryId;
    m_fields = {{HoursField::opportunity.toString(), e->opportunityId},
                {HoursField::date.toString(), e->date.toString(u"d-M-yyyy"_s)},
                {HoursField::duration.toString(), formatHoursDuration(e->minutes)},
                {HoursField::note.toString(), e->note}};
    m_errors.clear();
    Q_EMIT fieldsChanged();
    Q_EMIT errorsChanged();
    return true;
}

void PhoneHours::setField(const QString &name, const QString &value)
{
    if (m_fields.value(name).toString() == value)
        return;
    m_fields.insert(name, value);
    Q_EMIT fieldsChanged();
    if (m_errors.contains(name))
        validateField(name); // the message goes as soon as the field is right
}

std::optional<FieldError> PhoneHours::check(const QString &name, int *minutesOut, QDate *dateOut) const
{
    const QString value = m_fields.value(name).toString();
    if (name == HoursField::date) {
        const auto d = validateHoursDate(value, today());
        if (dateOut)
            *dateOut = d.value;
        return d.error;
    }
    if (name == HoursField::duration) {
        const auto v = validateHoursDuration(value);
        if (minutesOut)
            *minutesOut = v.value;
        if (v.error)
            return v.error;
        // Twelve hours a day per place, over every entry of that day.
        const QDate date = validateHoursDate(m_fields.value(HoursField::date.toString()).toString(), today()).value;
        const QString opportunity = m_fields.value(HoursField::opportunity.toString()).toString();
        if (!date.isValid())
            return std::nullopt;
        return checkHoursDayTotal(m_repository.minutesOn(m_personId, opportunity, date, m_editingId), v.value);
    }
    if (name == HoursField::note) {
        const auto v = validateFreeText(value, name, kMaxShortTextLength, false);
        return v.error;
    }
    if (name == HoursField::opportunity) {
        for (const auto &c : m_choices) {
            if (c.opportunityId == value)
                return std::nullopt;
        }
        return FieldError{HoursField::opportunity.toString(), u"hours.opportunity.required"_s,
                          QCoreApplication::translate("Validation", "Kies waarvoor je de uren geeft.")};
    }
    return std::nullopt;
}

void PhoneHours::setError(const QString &name, const std::optional<FieldError> &error)
{
    const QString message = error ? error->message : QString();
    if (m_errors.value(name).toString() == message && m_errors.contains(name) == bool(error))
        return;
    if (error)
        m_errors.insert(name, message);
    else
        m_errors.remove(name);
    Q_EMIT errorsChanged();
}

bool PhoneHours::validateField(const QString &name)
{
    const auto error = check(name);
    setError(name, error);
    return !error;
}

bool PhoneHours::save()
{
    if (m_personId.isEmpty())
        return false;
    int minutes = 0;
    QDate date;
    bool ok = validateField(HoursField::opportunity.toString());
    const auto dateError = check(HoursField::date.toString(), nullptr, &date);
    setError(HoursField::date.toString(), dateError);
    const auto durationError = check(HoursField::duration.toString(), &minutes);
    setError(HoursField::duration.toString(), durationError);
    ok = validateField(HoursField::note.toString()) && ok && !dateError && !durationError;
    if (!ok)
        return false;
    HoursEntry e;
    e.id = m_editingId.isEmpty() ? newId() : m_editingId;
    e.personId = m_personId;
    e.opportunityId = m_fields.value(HoursField::opportunity.toString()).toString();
    e.date = date;
    e.minutes = minutes;
    e.note = validateFreeText(m_fields.value(HoursField::note.toString()).toString(), HoursField::note.toString(),
                              kMaxShortTextLength, false)
                 .value;
    if (!m_repository.log(e, m_clock(), newId())) {
        m_errors.insert(u"form"_s, m_repository.storageFull()
                                       ? tr("Je uren zijn niet bewaard: je telefoon is vol. Maak ruimte vrij en "
                                            "probeer het nog eens.")
                                       : tr("Je uren zijn niet bewaard. Probeer het nog eens."));
        Q_EMIT errorsChanged();
        return false;
    }
    startNew();
    refresh();
    Q_EMIT saved();
    return true;
}

bool PhoneHours::withdraw(const QString &entryId)
{
    if (!m_repository.withdraw(entryId, m_clock(), newId()))
        return false;
    if (m_editingId == entryId)
        startNew();
    refresh();
    Q_EMIT saved();
    return true;
}
