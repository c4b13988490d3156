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
// A real Argon2id hash of a password nobody knows, made once (thread-safe): an unknown login
// is verified against it, so it costs what a known one costs.
const QByteArray &dummyHash();
// 16 symbols of the personal-code alphabet (≈ 79 bits), grouped by four.
QString generate();

} // namespace Server::Password
