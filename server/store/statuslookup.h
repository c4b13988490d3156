// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/store/session.h"
#include "server/store/store.h"

namespace Server {

// A kiosk's status look-up (POST /v1/status, docs/sync-protocol.md): the sign-ups of the
// tenant whose personal code and date of birth both match. Every attempt is counted as a
// failure before the person is looked for — per device and per personal code, in the
// database, so parallel guesses and several server processes cannot get round the back-off
// (Meedoen::kStatusLookupPolicy) — and forgiven when they matched.
class StatusLookup final : public StorePart
{
public:
    explicit StatusLookup(Session &session) : StorePart(session) {}

    std::optional<StatusAnswer> lookUpStatus(const QString &deviceId, const QByteArray &codeHash,
                                             const QString &personalCode, QDate dateOfBirth, const QDateTime &now);
};

} // namespace Server
