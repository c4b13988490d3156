// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/store/identifyattempts.h"
#include "server/store/session.h"
#include "server/store/store.h"

namespace Server {

// A kiosk's status look-up (POST /v1/status, docs/sync-protocol.md): the sign-ups of the
// tenant whose personal code and date of birth both match. Every attempt is counted as a
// failure before the person is looked for — per device and per personal code, in the
// database, so parallel guesses and several server processes cannot get round the back-off
// (Meedoen::kStatusLookupPolicy) — and forgiven when they matched. A look-up that matched no
// one also counts against the personal code's identify limit (IdentifyAttempts: 5 a day,
// then locked until staff unlock it), so knowing a receipt's code does not make the kiosk a
// date-of-birth oracle: a locked code answers Locked whatever date is given.
class StatusLookup final : public StorePart
{
public:
    explicit StatusLookup(Session &session) : StorePart(session), m_identifyAttempts(session) {}

    std::optional<StatusAnswer> lookUpStatus(const QString &deviceId, const QByteArray &codeHash,
                                             const QString &personalCode, QDate dateOfBirth, const QDateTime &now);

private:
    IdentifyAttempts m_identifyAttempts;
};

} // namespace Server
