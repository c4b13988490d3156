// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/phonehoursmodel.h"

#include "core/tenanthours.h"

using State = PhoneHoursRepository::State;

PhoneHoursModel::PhoneHoursModel(PhoneHoursRepository *repository, QObject *parent)
    : QAbstractListModel(parent), m_repository(repository)
{
}

int PhoneHoursModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant PhoneHoursModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, QAbstractItemModel::CheckIndexOption::IndexIsValid));
    const PhoneHoursRepository::Entry &e = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case OpportunityTitleRole:
        return e.opportunityTitle;
    case EntryIdRole:
        return e.id;
    case OpportunityIdRole:
        return e.opportunityId;
    case DateRole:
        return e.date;
    case MinutesRole:
        return e.minutes;
    case DurationTextRole:
        return Meedoen::formatHoursDuration(e.minutes);
    case NoteRole:
        return e.note;
    case StateRole:
        return stateKey(e.state);
    case StateTextRole:
        return stateText(e);
    case CanChangeRole:
        return e.changeable();
    }
    return {};
}

QHash<int, QByteArray> PhoneHoursModel::roleNames() const
{
    return {
        {EntryIdRole, "entryId"},
        {OpportunityIdRole, "opportunityId"},
        {OpportunityTitleRole, "opportunityTitle"},
        {DateRole, "date"},
        {MinutesRole, "minutes"},
        {DurationTextRole, "durationText"},
        {NoteRole, "note"},
        {StateRole, "state"},
        {StateTextRole, "stateText"},
        {CanChangeRole, "canChange"},
    };
}

void PhoneHoursModel::setPersonId(const QString &personId)
{
    if (m_personId == personId)
        return;
    m_personId = personId;
    refresh();
}

void PhoneHoursModel::refresh()
{
    const int oldCount = rowCount();
    beginResetModel();
    m_rows = m_personId.isEmpty() ? QList<PhoneHoursRepository::Entry>() : m_repository->entries(m_personId);
    endResetModel();
    if (rowCount() != oldCount)
        Q_EMIT countChanged();
}

QString PhoneHoursModel::stateKey(State state)
{
    switch (state) {
    case State::Queued: return QStringLiteral("queued");
    case State::Sent: return QStringLiteral("sent");
    case State::Verified: return QStringLiteral("verified");
    case State::Corrected: return QStringLiteral("corrected");
    case State::Rejected: return QStringLiteral("rejected");
    }
    return {};
}

QString PhoneHoursModel::stateText(const PhoneHoursRepository::Entry &e)
{
    switch (e.state) {
    case State::Queued: return tr("Wacht op verzenden");
    case State::Sent: return tr("Verstuurd — nog niet goedgekeurd");
    case State::Verified: return tr("Goedgekeurd");
    case State::Corrected:
        return e.reason.isEmpty() ? tr("Aangepast naar %1 uur").arg(Meedoen::formatHoursDuration(e.correctedMinutes))
                                  : tr("Aangepast naar %1 uur: %2")
                                        .arg(Meedoen::formatHoursDuration(e.correctedMinutes), e.reason);
    case State::Rejected: {
        const QString why = e.refusal ? refusalText(*e.refusal) : e.reason;
        return why.isEmpty() ? tr("Afgekeurd") : tr("Afgekeurd: %1").arg(why);
    }
    }
    return {};
}

QString PhoneHoursModel::refusalText(Wire::Reason reason)
{
    switch (reason) {
    case Wire::Reason::DateInFuture: return tr("de datum ligt in de toekomst");
    case Wire::Reason::DateOutsideWindow:
        return tr("de datum is langer dan %n dagen geleden", nullptr, Meedoen::kHoursWindowDays);
    case Wire::Reason::NotQuarterHours: return tr("vul de tijd in per kwartier");
    case Wire::Reason::DayLimit:
        return tr("meer dan %n uur op één dag", nullptr, Meedoen::kTenantMaxMinutesPerDay / 60);
    case Wire::Reason::SignupNotConfirmed: return tr("je bent hier (nog) niet aangenomen");
    case Wire::Reason::EntryVerified: return tr("de medewerker had het al bekeken");
    case Wire::Reason::OpportunityUnknown: return tr("deze activiteit bestaat niet meer");
    default: return tr("de corporatie kon dit niet verwerken");
    }
}
