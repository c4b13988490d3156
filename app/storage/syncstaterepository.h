// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

// What the device remembers between runs (table sync_state, migration v3): device id,
// token, kind, site, server URL, pull cursor, last successful sync; a phone's high-contrast
// choice (AppContext). No transaction of its own, so that a pulled page and its cursor commit
// together.
class SyncStateRepository
{
public:
    explicit SyncStateRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    // Empty (null) when not set.
    QString value(const QString &key) const;
    bool setValue(const QString &key, const QString &value);
    bool remove(const QString &key);

private:
    QSqlDatabase m_db;
};
