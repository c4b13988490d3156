// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QSqlDatabase>

// Applies one page of `GET /v1/pull` to the device's database: catalogue upserts and
// tombstones, the server's word on this device's sign-ups, and the page's cursor — all in
// ONE transaction, so a crash leaves either the whole page with its cursor or neither.
namespace PullApplier {

inline constexpr QLatin1StringView kCursorKey{"pullCursor"};

// What a device keeps of a page besides the catalogue, by the scope the server gave it.
enum class Scope {
    Device, // a kiosk: the server's word on the sign-ups it holds, nothing else
    Tenant, // a phone: its tenant(s) and their sign-ups, also those made on other devices
    Staff,  // a staff tablet: persons, sign-ups of the site, hours, balances, decisions and
            // audit entries (StaffRepository), tombstones included
};

// False (and nothing written) when the page is malformed or the database refuses it.
bool apply(QSqlDatabase db, const QJsonObject &page, QString *error = nullptr);
bool apply(QSqlDatabase db, const QJsonObject &page, Scope scope, QString *error = nullptr);

// "Reset required": drops the pulled catalogue (and a staff tablet's pulled records) and
// the cursor in one transaction. The outbox and this device's sign-ups stay.
bool reset(QSqlDatabase db);

} // namespace PullApplier
