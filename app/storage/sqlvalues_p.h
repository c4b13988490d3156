// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to app/storage: how a value is bound. Not part of the storage layer's interface.

#include <QString>

namespace StorageSql {

// QSQLITE binds a null QString as SQL NULL; the text columns are NOT NULL DEFAULT ''.
inline QString nonNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

} // namespace StorageSql
