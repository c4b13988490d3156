// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to app/storage: how a value is bound. Not part of the storage layer's interface.

#include "core/domain.h"

#include <QString>

namespace StorageSql {

// An opportunity's title in the app's language (QLocale() follows it, AppContext::setLanguage),
// Dutch where the catalogue has no translation: the expression for `alias`, with one value to
// bind first (localTitlePath()).
inline QString localTitleSql(QStringView alias)
{
    const QString a = alias.toString();
    return QStringLiteral("COALESCE(NULLIF(json_extract(%1.translations, ?), ''), %1.title, '')").arg(a);
}
inline QString localTitlePath()
{
    return QStringLiteral("$.%1.title").arg(Meedoen::appLanguage());
}

// QSQLITE binds a null QString as SQL NULL; the text columns are NOT NULL DEFAULT ''.
inline QString nonNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

} // namespace StorageSql
