// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace Meedoen {

// A moment as stored and sent everywhere: UTC, ISO 8601 with milliseconds
// ("2026-11-28T23:07:12.345Z"), exactly what QDateTime::toString(Qt::ISODateWithMs) gives
// for it in UTC; empty when invalid. Written digit by digit: Qt's formatting goes through
// QString::asprintf, which a push batch paid several times per mutation.
QString isoUtc(const QDateTime &t);
// A day as stored and sent everywhere: "2026-11-28"; empty when invalid.
QString isoDate(QDate d);

} // namespace Meedoen
