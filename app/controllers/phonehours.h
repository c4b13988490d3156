// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/phonehoursmodel.h"
#include "storage/phonehoursrepository.h"

#include <QDateTime>
#include <QObject>
#include <QQmlEngine>
#include <QVariantMap>

#include <functional>

// A tenant logs hours on their phone (issue 13): the form (opportunity, date, duration,
// note) holds what was typed until it is saved, even when a field is wrong, with one
// translated message per field; an entry not yet verified can be edited (same id, a new
// `hours` mutation) or withdrawn. Saves go through PhoneHoursRepository, record and outbox at
// once. The month's tegenprestatie (agreed, logged, verified, left) shows when the tenant
// has an agreement.
class PhoneHours : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by AppContext")
    Q_PROPERTY(PhoneHoursModel *entries READ entries CONSTANT)
    // [{opportunityId, title}]: confirmed volunteer and zelfbeheer places.
    Q_PROPERTY(QVariantList choices READ choices NOTIFY changed)
    Q_PROPERTY(bool canLog READ canLog NOTIFY changed)
    Q_PROPERTY(QVariantMap fields READ fields NOTIFY fieldsChanged)
    Q_PROPERTY(QVariantMap errors READ errors NOTIFY errorsChanged)
    // The entry being edited; empty for a new one.
    Q_PROPERTY(QString editingId READ editingId NOTIFY fieldsChanged)
    Q_PROPERTY(bool hasAgreement READ hasAgreement NOTIFY changed)
    // This month: month (date of its first day), agreed, logged, verified, left ("H:MM").
    Q_PROPERTY(QVariantMap balance READ balance NOTIFY changed)

public:
    PhoneHours(QSqlDatabase db, QObject *parent = nullptr);

    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    void setPersonId(const QString &personId);
    QString personId() const { return m_personId; }

    PhoneHoursModel *entries() { return &m_model; }
    QVariantList choices() const;
    bool canLog() const { return !m_choices.isEmpty(); }
    QVariantMap fields() const { return m_fields; }
    QVariantMap errors() const { return m_errors; }
    QString editingId() const { return m_editingId; }
    bool hasAgreement() const { return m_balance.agreedMinutes > 0; }
    QVariantMap balance() const;

    // A new entry: today, the first place, empty duration and note.
    Q_INVOKABLE void startNew();
    // Fills the form with an entry the tenant may still change; false when they may not.
    Q_INVOKABLE bool startEdit(const QString &entryId);
    Q_INVOKABLE void setField(const QString &name, const QString &value);
    // Checks one field as the tenant leaves it; true when fine.
    Q_INVOKABLE bool validateField(const QString &name);
    // Checks everything and saves (queued for the server); the form starts anew. False with
    // the messages in errors and what was typed kept.
    Q_INVOKABLE bool save();
    Q_INVOKABLE bool withdraw(const QString &entryId);
    // Reads entries, places and balance again (a sync round, a language change).
    Q_INVOKABLE void refresh();
    void retranslate();

Q_SIGNALS:
    void changed();
    void fieldsChanged();
    void errorsChanged();
    // Something waits in the outbox.
    void saved();

private:
    QDate today() const { return m_clock().toLocalTime().date(); }
    std::optional<Meedoen::FieldError> check(const QString &name, int *minutes = nullptr, QDate *date = nullptr) const;
    void setError(const QString &name, const std::optional<Meedoen::FieldError> &error);

    PhoneHoursRepository m_repository;
    PhoneHoursModel m_model;
    std::function<QDateTime()> m_clock;
    QString m_personId;
    QList<PhoneHoursRepository::Choice> m_choices;
    PhoneHoursRepository::Balance m_balance;
    QVariantMap m_fields;
    QVariantMap m_errors;
    QString m_editingId;
};
