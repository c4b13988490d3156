// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QTime>

#include <optional>

namespace Meedoen {

// A stretch of every day, such as the night a kiosk's screen stays dark: "22:00-07:00"
// (across midnight) or "12:30-13:15". From is included, to is not; equal ends are refused.
struct DailyWindow
{
    QTime from;
    QTime to;

    bool contains(QTime time) const;
    // "HH:mm-HH:mm"; nullopt when the text is anything else.
    static std::optional<DailyWindow> parse(QStringView text);
};

} // namespace Meedoen
