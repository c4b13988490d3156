// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/staffrowmodel.h"

#include "storage/database.h"

#include <algorithm>

StaffRowModel::StaffRowModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void StaffRowModel::reloadFrom(Database *database)
{
    if (m_database != database)
        setDatabase(database); // reloads
    else
        reload();
}

void StaffRowModel::setDatabase(Database *database)
{
    if (m_database == database)
        return;
    m_database = database;
    reload();
}

int StaffRowModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant StaffRowModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, QAbstractItemModel::CheckIndexOption::IndexIsValid));
    const auto key = m_keys.constFind(role);
    if (key == m_keys.constEnd())
        return {};
    return m_rows.at(index.row()).value(*key);
}

QVariantMap StaffRowModel::get(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : QVariantMap();
}

void StaffRowModel::reload()
{
    // Filled here, not in the constructor: roleNames() is the subclass's.
    if (m_keys.isEmpty()) {
        const QHash<int, QByteArray> names = roleNames();
        for (auto it = names.cbegin(); it != names.cend(); ++it) {
            if (it.key() > Qt::UserRole)
                m_keys.insert(it.key(), QString::fromLatin1(it.value()));
        }
    }
    QList<QVariantMap> rows;
    if (m_database && m_database->isOpen()) {
        const QVariantList read = readRows(m_database->connection());
        rows.reserve(read.size());
        for (const QVariant &row : read)
            rows.append(row.toMap());
    }
    const QString id = idKey();
    const bool sameRows = !m_rows.isEmpty() && rows.size() == m_rows.size()
        && std::equal(rows.cbegin(), rows.cend(), m_rows.cbegin(),
                      [&id](const QVariantMap &a, const QVariantMap &b) { return a.value(id) == b.value(id); });
    if (sameRows) {
        for (qsizetype i = 0; i < rows.size(); ++i) {
            if (rows.at(i) == m_rows.at(i))
                continue;
            m_rows[i] = rows.at(i);
            Q_EMIT dataChanged(index(int(i)), index(int(i)));
        }
        return;
    }
    const qsizetype oldCount = m_rows.size();
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    if (oldCount != m_rows.size())
        Q_EMIT countChanged();
}
