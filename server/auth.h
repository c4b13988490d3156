// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Secrets a device holds: the single-use enrollment code an admin hands out and the bearer
// token it gets for it. The server keeps only SHA-256 hashes of both.

#include <QByteArray>
#include <QRandomGenerator>
#include <QString>
#include <QStringView>
#include <optional>

namespace Server::Auth {

inline constexpr int kTokenBytes = 32;            // 256 bits
inline constexpr int kEnrollmentCodeSymbols = 12; // 31^12 ≈ 2^59, valid 15 minutes
inline constexpr int kEnrollmentValidMinutes = 15;

// 32 random bytes, base64url without padding (43 characters). Pass *QRandomGenerator::system().
QByteArray newToken(QRandomGenerator &rng);
// Lower-case hex SHA-256.
QByteArray hashSecret(QByteArrayView secret);
// "ABCD-EFGH-JKMN" from the same 31-symbol alphabet as personal codes.
QString newEnrollmentCode(QRandomGenerator &rng);
// Canonical form of a typed code (case, spaces and hyphens forgiven), or nullopt.
std::optional<QString> normaliseEnrollmentCode(QStringView typed);

} // namespace Server::Auth
