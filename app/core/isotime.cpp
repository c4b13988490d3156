// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/isotime.h"

namespace Meedoen {

QString isoDate(QDate d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QString isoUtc(const QDateTime &t)
{
    if (!t.isValid())
        return {};
    const QDateTime utc = t.toUTC();
    const QDate date = utc.date();
    if (date.year() < 0 || date.year() > 9999)
        return utc.toString(Qt::ISODateWithMs); // signs and wider years: Qt's rules
    const QTime time = utc.time();
    // Each field's digits, then the character that follows it.
    const struct
    {
        int value;
        int digits;
        char16_t after;
    } fields[] = {{date.year(), 4, u'-'},    {date.month(), 2, u'-'},  {date.day(), 2, u'T'}, {time.hour(), 2, u':'},
                  {time.minute(), 2, u':'}, {time.second(), 2, u'.'}, {time.msec(), 3, u'Z'}};
    char16_t text[24];
    int at = 0;
    for (const auto &field : fields) {
        int value = field.value;
        for (int i = at + field.digits - 1; i >= at; --i, value /= 10)
            text[i] = char16_t(u'0' + value % 10);
        at += field.digits;
        text[at++] = field.after;
    }
    return QString(reinterpret_cast<const QChar *>(text), at);
}

} // namespace Meedoen
