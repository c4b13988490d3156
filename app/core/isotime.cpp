// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "isotime.h"

namespace Meedoen {

QString isoUtc(const QDateTime &t)
{
    if (!t.isValid())
        return {};
    const QDateTime utc = t.toUTC();
    const QDate date = utc.date();
    if (date.year() < 0 || date.year() > 9999)
        return utc.toString(Qt::ISODateWithMs); // signs and wider years: Qt's rules
    const QTime time = utc.time();
    char16_t text[24];
    auto put = [&text](int at, int value, int digits) {
        for (int i = at + digits - 1; i >= at; --i, value /= 10)
            text[i] = char16_t(u'0' + value % 10);
    };
    put(0, date.year(), 4);
    text[4] = u'-';
    put(5, date.month(), 2);
    text[7] = u'-';
    put(8, date.day(), 2);
    text[10] = u'T';
    put(11, time.hour(), 2);
    text[13] = u':';
    put(14, time.minute(), 2);
    text[16] = u':';
    put(17, time.second(), 2);
    text[19] = u'.';
    put(20, time.msec(), 3);
    text[23] = u'Z';
    return QString(reinterpret_cast<const QChar *>(text), 24);
}

} // namespace Meedoen
