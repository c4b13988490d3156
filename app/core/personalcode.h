// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Codes a tenant types from a receipt: the personal code (who you are, ≥ 50 bits, with a check
// symbol) and the shorter sign-up reference code.
//
// Alphabet: the 31 symbols 2–9 and A–Z without I, L and O. 0/O and 1/I/L are left out because
// they are confused on paper and on screen. S/5, Z/2, B/8 and U/V stay: 31 is prime, and a
// prime modulus is what lets the weighted check below catch EVERY single wrong symbol and
// EVERY swap of two neighbouring symbols (a Luhn mod N check misses some swaps). Print the
// codes in a font that tells those pairs apart.
//
// Personal code: 11 random symbols (31^11 ≈ 2^54) + 1 check symbol, shown as "ABCD-EFGH-JKMN".
// Check: Σ weight(i) · value(i) ≡ 0 (mod 31) over all 12 symbols, weights 12, 11, … 1 (the
// check symbol has weight 1). Weights are distinct, non-zero and neighbours differ by 1, so
// single substitutions and all transpositions within the code are detected.
//
// Reference code: 8 random symbols (31^8 ≈ 2^39.6), shown as "ABCD-EFGH", no check symbol (a
// check symbol would cost the bits that make the code hard to guess).
//
// What normalise*() forgives when a person types a code:
//  - lower case, spaces, hyphens and other dashes, missing or misplaced group separators;
//  - full-width characters (NFKC), Cyrillic and Greek capitals that look like Latin ones
//    (А→A, В→B, Р→P, З→3, Η→H …), so a tenant on a Cyrillic or Greek keyboard layout can type it.
// What it refuses: 0, O, 1, I and L and any other symbol outside the alphabet. We do not
// guess which symbol was meant (O could be Q, D or 0): every guess would weaken the check.

#include <QRandomGenerator>
#include <QString>
#include <QStringView>
#include <optional>

namespace Meedoen {

inline constexpr QStringView kCodeAlphabet = u"23456789ABCDEFGHJKMNPQRSTUVWXYZ";
inline constexpr int kCodeAlphabetSize = 31;
inline constexpr int kPersonalCodePayloadSymbols = 11;
inline constexpr int kPersonalCodeSymbols = kPersonalCodePayloadSymbols + 1;
inline constexpr int kReferenceCodeSymbols = 8;
inline constexpr int kCodeGroupSize = 4;
static_assert(kCodeAlphabet.size() == kCodeAlphabetSize);

// A new personal code in canonical form. Callers pass *QRandomGenerator::system().
QString generatePersonalCode(QRandomGenerator &rng);

// The canonical "ABCD-EFGH-JKMN" form of what a person typed, or nullopt when it is not a
// personal code (wrong length, a symbol outside the alphabet, or the check symbol disagrees).
std::optional<QString> normalisePersonalCode(QStringView typed);

// Bits of randomness in a personal code (54).
int personalCodeEntropyBits();

// A new sign-up reference code "ABCD-EFGH" for the receipt.
QString generateReferenceCode(QRandomGenerator &rng);

// The canonical "ABCD-EFGH" form of a typed reference code, or nullopt. Same forgiveness as
// normalisePersonalCode; there is no check symbol, so only the form is verified.
std::optional<QString> normaliseReferenceCode(QStringView typed);

// Bits of randomness in a reference code (39).
int referenceCodeEntropyBits();

} // namespace Meedoen
