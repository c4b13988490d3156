// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/phonehoursrepository.h"

#include <QAbstractListModel>
#include <QQmlEngine>

// "Mijn uren": the hours one tenant logged (or staff logged for them), newest first, each
// with where it stands in words — waiting to be sent, sent, verified, corrected (with the
// corrected time), rejected (with why). The sentences are made here, so no reason key ever
// reaches the screen; refresh() after a language change makes them again.
class PhoneHoursModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by PhoneHours")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        EntryIdRole = Qt::UserRole + 1,
        OpportunityIdRole,
        OpportunityTitleRole,
        DateRole,
        MinutesRole,
        DurationTextRole,
        NoteRole,
        StateRole,
        StateTextRole,
        CanChangeRole,
    };
    Q_ENUM(Role)

    explicit PhoneHoursModel(PhoneHoursRepository *repository, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setPersonId(const QString &personId);
    void refresh();

    // The state's key as QML compares it ("queued", "sent", "verified", "corrected", "rejected").
    static QString stateKey(PhoneHoursRepository::State state);
    // The entry's state as the tenant reads it.
    static QString stateText(const PhoneHoursRepository::Entry &entry);
    // Why the server refused an entry, in words.
    static QString refusalText(Wire::Reason reason);

Q_SIGNALS:
    void countChanged();

private:
    PhoneHoursRepository *m_repository;
    QString m_personId;
    QList<PhoneHoursRepository::Entry> m_rows;
};
