// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to StaffRepository's files (staffrepository_*.cpp): the small SQL and JSON helpers
// they share. Not part of the storage layer's interface.

#include "storage/sqlvalues_p.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantList>

namespace StaffSql {

using namespace Qt::StringLiterals;

inline QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

inline QJsonObject parse(const QVariant &v)
{
    return QJsonDocument::fromJson(v.toString().toUtf8()).object();
}

using StorageSql::nonNull;

inline bool exec(QSqlQuery &q, const QVariantList &binds)
{
    // A null QString would bind as SQL NULL; every text column here is NOT NULL DEFAULT ''.
    for (const QVariant &b : binds)
        q.addBindValue(b.typeId() == QMetaType::QString && b.toString().isNull() ? QVariant(u""_s) : b);
    return q.exec();
}

inline bool run(const QSqlDatabase &db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(db);
    if (!q.prepare(sql))
        return false;
    return exec(q, binds);
}

// Every row of a prepared query run with `binds`, column i under keys[i]; empty when it fails.
inline QVariantList rowMaps(const QSqlDatabase &db, const QString &sql, const QVariantList &binds,
                            const QStringList &keys)
{
    QVariantList rows;
    QSqlQuery q(db);
    if (!q.prepare(sql) || !exec(q, binds))
        return rows;
    while (q.next()) {
        QVariantMap row;
        for (int i = 0; i < keys.size(); ++i)
            row.insert(keys.at(i), q.value(i));
        rows.append(row);
    }
    return rows;
}

// The tenant's name as the lists show it; empty once erased.
inline QString personName(const QJsonObject &data)
{
    if (data.value(u"erased"_s).toBool())
        return QString();
    const QString name = data.value(u"givenName"_s).toString() + u' ' + data.value(u"familyName"_s).toString();
    return name.trimmed();
}

} // namespace StaffSql
