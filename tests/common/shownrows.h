// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractItemModel>
#include <QVariantList>
#include <QVariantMap>

// The rows a list model (or its filter proxy) hands a page, one map per row keyed by role
// name: what the staff pages' delegates read through their required properties.
inline QVariantList shownRows(const QAbstractItemModel &model)
{
    QVariantList rows;
    const QHash<int, QByteArray> names = model.roleNames();
    for (int r = 0; r < model.rowCount(); ++r) {
        QVariantMap row;
        for (auto it = names.cbegin(); it != names.cend(); ++it) {
            if (it.key() > Qt::UserRole)
                row.insert(QString::fromLatin1(it.value()), model.index(r, 0).data(it.key()));
        }
        rows.append(row);
    }
    return rows;
}
