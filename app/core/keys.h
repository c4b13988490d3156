// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Every enum that is stored or sent as text keeps its keys in one table indexed by the
// enum's value (domain, signup states, the wire's kinds, statuses, reasons and entities).
// These two read such a table both ways.

#include <QString>
#include <QStringView>

#include <array>
#include <cstddef>
#include <optional>

namespace Meedoen {

template<typename E, std::size_t N>
QString keyOf(const std::array<QStringView, N> &keys, E value)
{
    return keys[std::size_t(value)].toString();
}

template<typename E, std::size_t N>
std::optional<E> enumFromKey(const std::array<QStringView, N> &keys, QStringView key)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (keys[i] == key)
            return E(i);
    }
    return std::nullopt;
}

} // namespace Meedoen
