// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "controllers/staffpin.h"

#include "storage/staffrepository.h"

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace {
bool sodiumReady()
{
    static const bool ok = sodium_init() >= 0;
    return ok;
}
} // namespace

StaffPinGuard::StaffPinGuard(QSqlDatabase db, Clock clock, Cost cost)
    : m_db(std::move(db))
    , m_clock(std::move(clock))
    , m_cost(cost)
{
}

bool StaffPinGuard::isAcceptablePin(const QString &pin)
{
    if (pin.size() < 5 || pin.size() > 12)
        return false;
    for (const QChar c : pin) {
        if (c < u'0' || c > u'9')
            return false;
    }
    bool same = true, up = true, down = true;
    for (qsizetype i = 1; i < pin.size(); ++i) {
        const int step = pin.at(i).unicode() - pin.at(i - 1).unicode();
        same = same && step == 0;
        up = up && step == 1;
        down = down && step == -1;
    }
    return !same && !up && !down;
}

QString StaffPinGuard::hash(const QString &pin, Cost cost)
{
    if (!sodiumReady())
        return {};
    const QByteArray utf8 = pin.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    const bool minimum = cost == Cost::Minimum;
    if (crypto_pwhash_str(out, utf8.constData(), quint64(utf8.size()),
                          minimum ? crypto_pwhash_OPSLIMIT_MIN : crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          minimum ? crypto_pwhash_MEMLIMIT_MIN : crypto_pwhash_MEMLIMIT_INTERACTIVE)
        != 0)
        return {};
    return QString::fromLatin1(out);
}

bool StaffPinGuard::verify(const QString &hash, const QString &pin)
{
    if (!sodiumReady() || hash.isEmpty())
        return false;
    const QByteArray encoded = hash.toLatin1();
    const QByteArray utf8 = pin.toUtf8();
    return crypto_pwhash_str_verify(encoded.constData(), utf8.constData(), quint64(utf8.size())) == 0;
}

bool StaffPinGuard::setPin(const QString &staffId, const QString &pin)
{
    if (!isAcceptablePin(pin))
        return false;
    const QString h = hash(pin, m_cost);
    return !h.isEmpty() && StaffRepository(m_db).setPinHash(staffId, h);
}

Meedoen::AttemptVerdict StaffPinGuard::verdict(const QString &staffId) const
{
    StaffRepository repo(m_db);
    const auto account = repo.account(staffId);
    const QDateTime now = m_clock();
    Meedoen::AttemptState state;
    if (account) {
        state.consecutiveFailures = account->pinFailures;
        state.lastFailureAt = account->pinLastFailure;
    }
    state.attemptsInLastHour = repo.pinAttemptsSince(staffId, now.addSecs(-3600));
    return Meedoen::checkAttempt(Meedoen::kStaffPinPolicy, state, now);
}

int StaffPinGuard::secondsUntilAllowed(const QString &staffId) const
{
    const auto v = verdict(staffId);
    return v.kind == Meedoen::AttemptVerdict::Allowed ? 0 : qMax(1, v.retryAfterSeconds);
}

StaffPinGuard::Outcome StaffPinGuard::check(const QString &staffId, const QString &pin)
{
    StaffRepository repo(m_db);
    const auto account = repo.account(staffId);
    if (!account)
        return {Result::UnknownStaff, 0};
    if (account->pinHash.isEmpty())
        return {Result::NoPin, 0};
    const auto v = verdict(staffId);
    if (v.kind != Meedoen::AttemptVerdict::Allowed)
        return {Result::Wait, qMax(1, v.retryAfterSeconds)};
    const bool ok = verify(account->pinHash, pin);
    repo.recordPinAttempt(staffId, m_clock(), ok);
    if (ok)
        return {Result::Unlocked, 0};
    return {Result::WrongPin, secondsUntilAllowed(staffId)};
}
