// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Text of one direction inside a sentence of the other: a Dutch activity title or a code in an
// Arabic line keeps its own order, and the sentence around it keeps its order too. One helper
// for C++ (the receipt, the staff intake), the same rule as Format.isolated in QML.

#include <QChar>
#include <QString>

namespace Meedoen {

// A first-strong isolate (U+2068 … U+2069): the run takes the direction of its own first
// letter, so a title translated into Arabic stays right to left.
inline QString isolated(const QString &text)
{
    return QChar(0x2068) + text + QChar(0x2069);
}

} // namespace Meedoen
