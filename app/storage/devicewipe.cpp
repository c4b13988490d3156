// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/devicewipe.h"

#include "storage/database.h"
#include "storage/syncstaterepository.h"
#include "storage/transaction.h"
#include "core/isotime.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcWipe, "meedoen.storage.wipe")

namespace {

// sync_state's key for the moment this device was revoked; the only row left in sync_state.
const QString kRevokedAt = u"revokedAt"_s;

} // namespace

const QStringList &DeviceWipe::wipedTables()
{
    static const QStringList tables = {
        // kiosk and phone: the tenant, their consents, sign-ups and the queue carrying them
        u"consent"_s, u"erase_request"_s, u"inbox_item"_s, u"hours_entry"_s, u"phone_balance"_s,
        u"phone_link_refusal"_s, u"phone_link"_s, u"signup"_s, u"person"_s, u"outbox"_s,
        // the staff tablet: its site's persons, sign-ups, hours, decisions, erasure requests,
        // the staff members who signed in here (PIN hashes) and what they did
        u"staff_account"_s, u"staff_pin_attempt"_s, u"staff_person"_s, u"staff_signup"_s, u"staff_hours"_s,
        u"staff_balance"_s, u"staff_decision"_s, u"staff_audit"_s, u"staff_action"_s, u"staff_placement"_s,
        u"staff_erase_request"_s,
        // the partner register: contact persons, and what each partner put in
        u"partner"_s, u"partner_contribution"_s,
        // (trajectories) the tenants' steps up the ladder
        u"trajectory_step"_s,
        // the site's goals (ids of the staff members who set them)
        u"staff_goal"_s,
        // the social-return obligations (contract sums)
        u"staff_social_return"_s,
        // who this device was to the server: its id, site, server, pull cursor
        u"sync_state"_s,
        // the outbox's sequence numbers
        u"sqlite_sequence"_s,
    };
    return tables;
}

const QStringList &DeviceWipe::keptTables()
{
    static const QStringList tables = {
        u"neighbourhood"_s, u"site"_s, u"opportunity"_s,
        // the corporation's postcode areas (public CBS data or its own ranges; no person)
        u"postcode_range"_s,
        // (trajectories) the corporation's ladders per route (no person)
        u"ladder"_s,
        // opportunity's full-text index and its shadow tables
        u"opportunity_fts"_s, u"opportunity_fts_data"_s, u"opportunity_fts_idx"_s, u"opportunity_fts_content"_s,
        u"opportunity_fts_docsize"_s, u"opportunity_fts_config"_s,
    };
    return tables;
}

std::optional<DeviceWipe::Dropped> DeviceWipe::wipe(Database &database, const QSet<qint64> &reported,
                                                    const QDateTime &now)
{
    QSqlDatabase db = database.connection();
    Transaction tx(db);
    if (!tx.isActive())
        return std::nullopt;
    Dropped dropped;
    QSqlQuery q(db);
    if (!q.exec(u"SELECT seq, kind FROM outbox WHERE acked_at IS NULL ORDER BY seq"_s))
        return std::nullopt;
    while (q.next()) {
        if (reported.contains(q.value(0).toLongLong()))
            continue;
        ++dropped.count;
        ++dropped.byKind[q.value(1).toString()];
    }
    q.finish();
    for (const QString &table : wipedTables()) {
        // Names from the constant list above, never from outside.
        if (!q.exec(u"DELETE FROM "_s + table)) {
            qCWarning(lcWipe) << "cannot wipe" << table << q.lastError().driverText();
            return std::nullopt;
        }
    }
    if (!SyncStateRepository(db).setValue(kRevokedAt, Meedoen::isoUtc(now)) || !tx.commit())
        return std::nullopt;
    if (!database.checkpointTruncate())
        qCWarning(lcWipe) << "the write-ahead log could not be truncated after the wipe";
    return dropped;
}

bool DeviceWipe::isRevoked(QSqlDatabase db)
{
    return !SyncStateRepository(std::move(db)).value(kRevokedAt).isEmpty();
}
