// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/auth.h"

#include "core/personalcode.h"

#include <QCryptographicHash>

namespace Server::Auth {

QByteArray newToken(QRandomGenerator &rng)
{
    QByteArray bytes(kTokenBytes, Qt::Uninitialized);
    for (char &b : bytes)
        b = char(rng.bounded(256));
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray hashSecret(QByteArrayView secret)
{
    return QCryptographicHash::hash(secret, QCryptographicHash::Sha256).toHex();
}

QString newEnrollmentCode(QRandomGenerator &rng)
{
    QString code;
    for (int i = 0; i < kEnrollmentCodeSymbols; ++i) {
        if (i > 0 && i % 4 == 0)
            code.append(u'-');
        code.append(Meedoen::kCodeAlphabet.at(rng.bounded(Meedoen::kCodeAlphabetSize)));
    }
    return code;
}

std::optional<QString> normaliseEnrollmentCode(QStringView typed)
{
    QString symbols;
    for (QChar c : typed) {
        if (c.isSpace() || c == u'-')
            continue;
        c = c.toUpper();
        if (!Meedoen::kCodeAlphabet.contains(c))
            return std::nullopt;
        symbols.append(c);
    }
    if (symbols.size() != kEnrollmentCodeSymbols)
        return std::nullopt;
    return symbols.mid(0, 4) + u'-' + symbols.mid(4, 4) + u'-' + symbols.mid(8, 4);
}

} // namespace Server::Auth
