// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/dailywindow.h"

using namespace Qt::StringLiterals;

namespace Meedoen {

bool DailyWindow::contains(QTime time) const
{
    if (from <= to)
        return from <= time && time < to;
    return time >= from || time < to; // across midnight
}

std::optional<DailyWindow> DailyWindow::parse(QStringView text)
{
    const qsizetype dash = text.indexOf(u'-');
    if (text.size() != 11 || dash != 5)
        return std::nullopt;
    const QTime from = QTime::fromString(text.first(5).toString(), u"HH:mm"_s);
    const QTime to = QTime::fromString(text.sliced(6).toString(), u"HH:mm"_s);
    if (!from.isValid() || !to.isValid() || from == to)
        return std::nullopt;
    return DailyWindow{from, to};
}

} // namespace Meedoen
