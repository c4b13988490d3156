// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Promotion from and renumbering of a waitlist (Waitlist, waitlist.h).

#include "server/store/waitlist.h"
#include "server/store/changelog.h"
#include "server/store/storehelpers.h"

#include "core/signup.h"

#include <QList>
#include <QPair>

using namespace Qt::StringLiterals;

namespace Server {

using namespace Meedoen;
using namespace StoreHelpers;

bool Waitlist::renumber(const QString &opportunityId)
{
    QList<QPair<QString, int>> rows;
    {
        auto q = run(u"SELECT id, waitlist_position FROM signup WHERE opportunity_id = ? AND state = 'waitlisted' "
                     "ORDER BY arrival"_s,
                     {opportunityId});
        if (!q)
            return false;
        while (q->next())
            rows.append({q->value(0).toString(), q->value(1).toInt()});
    }
    for (int i = 0; i < rows.size(); ++i) {
        if (rows.at(i).second == i + 1)
            continue;
        if (!run(u"UPDATE signup SET waitlist_position = ? WHERE id = ?"_s, {i + 1, rows.at(i).first})
            || !m_changes.emitEntity(Wire::Entity::Signup, {rows.at(i).first}))
            return false;
    }
    return true;
}

bool Waitlist::promote(const QString &opportunityId, const QDateTime &now)
{
    bool changed = false;
    for (;;) {
        auto o = run(u"SELECT capacity, confirmed, needs_review FROM opportunity WHERE id = ?"_s, {opportunityId});
        if (!o || !o->next())
            return false;
        const int capacity = o->value(0).toInt(), confirmed = o->value(1).toInt();
        const SignupState to = o->value(2).toInt() != 0 ? SignupState::Pending : SignupState::Confirmed;
        o->finish();
        if (capacity != 0 && confirmed >= capacity)
            break;
        const auto first = scalar(u"SELECT id FROM signup WHERE opportunity_id = ? AND state = 'waitlisted' "
                                  "ORDER BY arrival LIMIT 1"_s,
                                  {opportunityId});
        if (!first)
            return false;
        if (first->isNull())
            break;
        const QString promoted = first->toString();
        if (!run(u"UPDATE signup SET state = ?, waitlist_position = 0, version = version + 1, state_at = ? "
                 "WHERE id = ?"_s,
                 {toKey(to), isoUtc(now), promoted})
            || !run(u"UPDATE opportunity SET confirmed = confirmed + 1 WHERE id = ?"_s, {opportunityId})
            || !m_changes.emitEntity(Wire::Entity::Signup, {promoted}))
            return false;
        changed = true;
    }
    if (!renumber(opportunityId))
        return false;
    return !changed || m_changes.emitEntity(Wire::Entity::Opportunity, {opportunityId});
}

bool Waitlist::withdraw(const QString &signupId, const QDateTime &now)
{
    auto q = run(u"SELECT state, opportunity_id FROM signup WHERE id = ?"_s, {signupId});
    if (!q || !q->next())
        return false;
    const QString state = q->value(0).toString(), opportunityId = q->value(1).toString();
    q->finish();
    const bool heldPlace = state == toKey(SignupState::Confirmed) || state == toKey(SignupState::Pending);
    if (!heldPlace && state != toKey(SignupState::Waitlisted))
        return true;
    if (!run(u"UPDATE signup SET state = 'withdrawn', waitlist_position = 0, version = version + 1, state_at = ? "
             "WHERE id = ?"_s,
             {isoUtc(now), signupId})
        || !m_changes.emitEntity(Wire::Entity::Signup, {signupId}))
        return false;
    if (heldPlace && !run(u"UPDATE opportunity SET confirmed = confirmed - 1 WHERE id = ?"_s, {opportunityId}))
        return false;
    return promote(opportunityId, now) && renumber(opportunityId)
        && m_changes.emitEntity(Wire::Entity::Opportunity, {opportunityId});
}

} // namespace Server
