// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/attemptpolicy.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <functional>

// The PIN that unlocks a staff member's work on a shared tablet, also offline. Only a
// libsodium Argon2id hash (crypto_pwhash_str) is kept, per staff member; wrong PINs are
// slowed down by Meedoen::kStaffPinPolicy (back-off, at most 100 attempts an hour, no lock).
// The clock is injected so tests move time without waiting.
class StaffPinGuard
{
public:
    using Clock = std::function<QDateTime()>;
    // Interactive limits in the app; tests may use the minimum to stay fast.
    enum class Cost { Interactive, Minimum };

    enum class Result { Unlocked, WrongPin, Wait, NoPin, UnknownStaff };
    struct Outcome
    {
        Result result = Result::WrongPin;
        int retryAfterSeconds = 0;      // with Wait
    };

    StaffPinGuard(QSqlDatabase db, Clock clock, Cost cost = Cost::Interactive);

    // 5 to 12 digits, not all the same, not a straight run (12345, 98765).
    static bool isAcceptablePin(const QString &pin);
    bool setPin(const QString &staffId, const QString &pin);
    // Checks the PIN unless the policy asks to wait; every checked attempt is recorded.
    Outcome check(const QString &staffId, const QString &pin);
    // Seconds until the next attempt is allowed (0: now).
    int secondsUntilAllowed(const QString &staffId) const;

    static QString hash(const QString &pin, Cost cost);
    static bool verify(const QString &hash, const QString &pin);

private:
    Meedoen::AttemptVerdict verdict(const QString &staffId) const;

    QSqlDatabase m_db;
    Clock m_clock;
    Cost m_cost;
};
