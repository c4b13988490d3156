// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/signuplistmodel.h"

#include "core/signupstatustext.h"

using namespace Meedoen;

SignupListModel::SignupListModel(RegistrationRepository *registrations, CatalogueRepository *catalogue,
                                 QObject *parent)
    : QAbstractListModel(parent)
    , m_registrations(registrations)
    , m_catalogue(catalogue)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
}

int SignupListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant SignupListModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, QAbstractItemModel::CheckIndexOption::IndexIsValid));
    const Row &row = m_rows.at(index.row());
    const Signup &s = row.signup;
    switch (role) {
    case Qt::DisplayRole:
    case OpportunityTitleRole:
        return row.title;
    case IdRole:
        return s.id;
    case ReferenceCodeRole:
        return s.referenceCode;
    case OpportunityIdRole:
        return s.opportunityId;
    case StateRole:
        return toKey(s.state);
    case WaitlistPositionRole:
        return s.waitlistPosition;
    case DeclineReasonRole:
        return s.declineReason;
    case CreatedAtRole:
        return s.createdAt;
    case CanWithdrawRole:
        return isAllowedTransition(s.state, SignupState::Withdrawn);
    case StatusTextRole:
        // QLocale() follows the app's language (AppContext::setLanguage()).
        return signupStatusSentence(s, QLocale());
    case MessageRole:
        return signupMessageText(s);
    }
    return {};
}

QHash<int, QByteArray> SignupListModel::roleNames() const
{
    return {
        {IdRole, "signupId"},
        {ReferenceCodeRole, "referenceCode"},
        {OpportunityIdRole, "opportunityId"},
        {OpportunityTitleRole, "opportunityTitle"},
        {StateRole, "state"},
        {WaitlistPositionRole, "waitlistPosition"},
        {DeclineReasonRole, "declineReason"},
        {CreatedAtRole, "createdAt"},
        {CanWithdrawRole, "canWithdraw"},
        {StatusTextRole, "statusText"},
        {MessageRole, "message"},
    };
}

void SignupListModel::setPersonId(const QString &personId)
{
    if (m_personId == personId)
        return;
    m_personId = personId;
    refresh();
}

void SignupListModel::refresh()
{
    const int oldCount = rowCount();
    beginResetModel();
    m_rows.clear();
    if (!m_personId.isEmpty()) {
        const QList<Signup> signups = m_registrations->signups(m_personId);
        for (const Signup &s : signups) {
            const auto o = m_catalogue->opportunity(s.opportunityId);
            m_rows.append({s, o ? o->titleIn(appLanguage()) : s.opportunityId});
        }
    }
    endResetModel();
    if (oldCount != rowCount())
        Q_EMIT countChanged();
}

bool SignupListModel::withdraw(const QString &signupId)
{
    if (!m_registrations->withdraw(signupId, m_clock()))
        return false;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).signup.id == signupId) {
            if (auto fresh = m_registrations->signup(signupId))
                m_rows[i].signup = *fresh;
            Q_EMIT dataChanged(index(i), index(i));
        }
    }
    return true;
}

void SignupListModel::retranslate()
{
    for (Row &row : m_rows) {
        if (const auto o = m_catalogue->opportunity(row.signup.opportunityId))
            row.title = o->titleIn(appLanguage());
    }
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1),
                           {Qt::DisplayRole, OpportunityTitleRole, StatusTextRole, MessageRole});
}

void SignupListModel::clear()
{
    m_personId.clear();
    refresh();
}
