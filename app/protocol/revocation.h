// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLatin1String>

// Revoked means wiped (docs/sync-protocol.md, "Revoked device"): the keys of the wire that a
// revoked device and the server share.
namespace Wire {

// The type of the 401 for a request with a revoked device's token. An unknown or missing
// token stays "unauthorized", and only this type makes a device delete its personal data.
inline constexpr QLatin1String kProblemDeviceRevoked("device-revoked");
// The code of that 401 on a push when the server kept every mutation of the push in its
// conflict table for staff (never applied); without it nothing of the push was kept.
inline constexpr QLatin1String kRevokedReportKept("report-kept");
// The reason of such a mutation in the server's conflict table.
inline constexpr QLatin1String kConflictDeviceRevoked("device-revoked");

} // namespace Wire
