// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/personalcode.h"

#include <QList>

#include <cmath>

namespace Meedoen {

namespace {

// Capitals of other scripts that look like an alphabet symbol, as typed on a Cyrillic or Greek
// keyboard layout. Look-alikes of excluded symbols (О, Ο, І, Ӏ) are left out on purpose.
QChar latinLookAlike(QChar c)
{
    switch (c.unicode()) {
    case 0x0410: case 0x0391: return u'A'; // Cyrillic А, Greek Α
    case 0x0412: case 0x0392: return u'B'; // В, Β
    case 0x0415: case 0x0395: return u'E'; // Е, Ε
    case 0x041D: case 0x0397: return u'H'; // Н, Η
    case 0x041A: case 0x039A: return u'K'; // К, Κ
    case 0x041C: case 0x039C: return u'M'; // М, Μ
    case 0x039D: return u'N';              // Greek Ν
    case 0x0420: case 0x03A1: return u'P'; // Р, Ρ
    case 0x0421: case 0x03F9: return u'C'; // С, Greek lunate sigma Ϲ
    case 0x0405: return u'5';              // Ѕ, read as S, which stands for 5
    case 0x0422: case 0x03A4: return u'T'; // Т, Τ
    case 0x0425: case 0x03A7: return u'X'; // Х, Χ
    case 0x04AE: case 0x03A5: return u'Y'; // Ү, Υ
    case 0x0396: return u'2';              // Greek Ζ, read as Z, which stands for 2
    case 0x0417: return u'3';              // Cyrillic З
    case u'S': return u'5';                // not in the alphabet: the digit it is mistaken for
    case u'Z': return u'2';
    default: return c;
    }
}

// Alphabet values of the symbols in `typed`, or nullopt when something else is in it.
std::optional<QList<int>> symbolValues(QStringView typed)
{
    const QString compatible = typed.toString().normalized(QString::NormalizationForm_KC);
    QList<int> values;
    values.reserve(compatible.size());
    for (const QChar c : compatible) {
        if (c.isSpace() || c.category() == QChar::Punctuation_Dash)
            continue;
        const qsizetype value = kCodeAlphabet.indexOf(latinLookAlike(c.toUpper()));
        if (value < 0)
            return std::nullopt;
        values.append(int(value));
    }
    return values;
}

QString grouped(const QList<int> &values)
{
    QString code;
    code.reserve(values.size() + values.size() / kCodeGroupSize);
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0 && i % kCodeGroupSize == 0)
            code += u'-';
        code += kCodeAlphabet[values[i]];
    }
    return code;
}

// Σ weight · value mod 29 with weights n, n-1, … 1 for a code of n symbols.
int weightedSum(const QList<int> &values, qsizetype symbols)
{
    int sum = 0;
    for (qsizetype i = 0; i < values.size(); ++i)
        sum = (sum + int(symbols - i) * values[i]) % kCodeAlphabetSize;
    return sum;
}

QList<int> randomValues(QRandomGenerator &rng, int count)
{
    QList<int> values;
    values.reserve(count + 1);
    for (int i = 0; i < count; ++i)
        values.append(int(rng.bounded(quint32(kCodeAlphabetSize))));
    return values;
}

int entropyBits(int symbols)
{
    return int(std::floor(symbols * std::log2(double(kCodeAlphabetSize))));
}

} // namespace

QString generatePersonalCode(QRandomGenerator &rng)
{
    QList<int> values = randomValues(rng, kPersonalCodePayloadSymbols);
    // The check symbol has weight 1, so it is whatever brings the sum to 0 mod 29.
    const int sum = weightedSum(values, kPersonalCodeSymbols);
    values.append((kCodeAlphabetSize - sum) % kCodeAlphabetSize);
    return grouped(values);
}

std::optional<QString> normalisePersonalCode(QStringView typed)
{
    const auto values = symbolValues(typed);
    if (!values || values->size() != kPersonalCodeSymbols || weightedSum(*values, kPersonalCodeSymbols) != 0)
        return std::nullopt;
    return grouped(*values);
}

int personalCodeEntropyBits()
{
    return entropyBits(kPersonalCodePayloadSymbols);
}

QString generateReferenceCode(QRandomGenerator &rng)
{
    return grouped(randomValues(rng, kReferenceCodeSymbols));
}

std::optional<QString> normaliseReferenceCode(QStringView typed)
{
    const auto values = symbolValues(typed);
    if (!values || values->size() != kReferenceCodeSymbols)
        return std::nullopt;
    return grouped(*values);
}

int referenceCodeEntropyBits()
{
    return entropyBits(kReferenceCodeSymbols);
}

} // namespace Meedoen
