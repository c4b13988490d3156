// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/password.h"

#include "core/personalcode.h"

#include <QRandomGenerator>
#include <sodium.h>

namespace Server::Password {

namespace {

bool ready()
{
    static const bool ok = sodium_init() >= 0;
    return ok;
}

} // namespace

std::optional<QByteArray> hash(const QString &password)
{
    if (!ready())
        return std::nullopt;
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, utf8.constData(), quint64(utf8.size()), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE)
        != 0)
        return std::nullopt;
    return QByteArray(out);
}

bool verify(const QByteArray &encodedHash, const QString &password)
{
    if (!ready() || encodedHash.isEmpty())
        return false;
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(encodedHash.constData(), utf8.constData(), quint64(utf8.size())) == 0;
}

const QByteArray &dummyHash()
{
    static const QByteArray dummy = hash(generate()).value_or(QByteArray());
    return dummy;
}

QString generate()
{
    QString out;
    for (int i = 0; i < 16; ++i) {
        if (i > 0 && i % 4 == 0)
            out.append(u'-');
        out.append(Meedoen::kCodeAlphabet.at(QRandomGenerator::system()->bounded(Meedoen::kCodeAlphabetSize)));
    }
    return out;
}

} // namespace Server::Password
