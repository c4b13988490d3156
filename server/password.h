// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Staff passwords: libsodium's crypto_pwhash_str (Argon2id, interactive limits). The server
// keeps only the encoded hash (algorithm, parameters and salt included).

#include <QByteArray>
#include <QString>
#include <optional>

namespace Server::Password {

inline constexpr int kMinimumLength = 10;

// nullopt when libsodium cannot start or is out of memory.
std::optional<QByteArray> hash(const QString &password);
bool verify(const QByteArray &encodedHash, const QString &password);
// Spends the same time as verify against a real hash, so an unknown login is not faster.
void verifyDummy(const QString &password);
// 16 symbols of the personal-code alphabet (≈ 79 bits), grouped by four.
QString generate();

} // namespace Server::Password
