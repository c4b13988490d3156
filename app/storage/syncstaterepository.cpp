// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/syncstaterepository.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

QString SyncStateRepository::value(const QString &key) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT value FROM sync_state WHERE key = ?"_s);
    q.addBindValue(key);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0).toString();
}

bool SyncStateRepository::setValue(const QString &key, const QString &value)
{
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO sync_state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
    q.addBindValue(key);
    q.addBindValue(value.isNull() ? u""_s : value);
    return q.exec();
}

bool SyncStateRepository::remove(const QString &key)
{
    QSqlQuery q(m_db);
    q.prepare(u"DELETE FROM sync_state WHERE key = ?"_s);
    q.addBindValue(key);
    return q.exec();
}
