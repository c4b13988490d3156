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

// False (and nothing written) when the page is malformed or the database refuses it.
bool apply(QSqlDatabase db, const QJsonObject &page, QString *error = nullptr);
// The same; with `staffScope` (a staff tablet) persons, sign-ups of the site, hours,
// balances, decisions and audit entries are kept too (StaffRepository), tombstones included.
bool apply(QSqlDatabase db, const QJsonObject &page, bool staffScope, QString *error = nullptr);

// "Reset required": drops the pulled catalogue (and a staff tablet's pulled records) and
// the cursor in one transaction. The outbox and this device's sign-ups stay.
bool reset(QSqlDatabase db);

} // namespace PullApplier
