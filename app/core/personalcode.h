// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Codes a tenant types from a receipt: the personal code (who you are, ≥ 50 bits, with a check
// symbol) and the shorter sign-up reference code.
//
// Alphabet: the 29 symbols 2–9 and A–Y without I, L, O and S. 0/O, 1/I/L, 5/S and 2/Z are
// confused on paper and on screen, so one of each pair is left out (a typed S or Z is read
// as 5 or 2). B/8 and U/V stay: 29 is prime, and a prime modulus is what lets the weighted
// check below catch EVERY single wrong symbol and EVERY swap of two neighbouring symbols (a
// Luhn mod N check misses some swaps). Print the codes in a font that tells B and 8 apart.
//
// Personal code: 11 random symbols (29^11 ≈ 2^53) + 1 check symbol, shown as "ABCD-EFGH-JKMN".
// Check: Σ weight(i) · value(i) ≡ 0 (mod 29) over all 12 symbols, weights 12, 11, … 1 (the
// check symbol has weight 1). Weights are distinct, non-zero and neighbours differ by 1, so
// single substitutions and all transpositions within the code are detected.
//
// Reference code: 8 random symbols (29^8 ≈ 2^38.9), shown as "ABCD-EFGH", no check symbol (a
// check symbol would cost the bits that make the code hard to guess).
//
// What normalise*() forgives when a person types a code:
//  - lower case, spaces, hyphens and other dashes, missing or misplaced group separators;
//  - full-width characters (NFKC), Cyrillic and Greek capitals that look like Latin ones
//    (А→A, В→B, Р→P, З→3, Η→H …), so a tenant on a Cyrillic or Greek keyboard layout can type it.
//  - S and Z, read as 5 and 2 (they are not in the alphabet, so this is no guess).
// What it refuses: 0, O, 1, I and L and any other symbol outside the alphabet. We do not
// guess which symbol was meant (O could be Q, D or 0): every guess would weaken the check.

#include <QRandomGenerator>
#include <QString>
#include <QStringView>
#include <optional>

namespace Meedoen {

inline constexpr QStringView kCodeAlphabet = u"23456789ABCDEFGHJKMNPQRTUVWXY";
inline constexpr int kCodeAlphabetSize = 29;
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

// Bits of randomness in a personal code (53).
int personalCodeEntropyBits();

// A new sign-up reference code "ABCD-EFGH" for the receipt.
QString generateReferenceCode(QRandomGenerator &rng);

// The canonical "ABCD-EFGH" form of a typed reference code, or nullopt. Same forgiveness as
// normalisePersonalCode; there is no check symbol, so only the form is verified.
std::optional<QString> normaliseReferenceCode(QStringView typed);

// Bits of randomness in a reference code (38).
int referenceCodeEntropyBits();

} // namespace Meedoen
