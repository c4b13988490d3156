// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QQmlEngine>
#include <QSqlDatabase>
#include <QVariantList>

class Database;

// The common part of the staff tablet's lists: rows read from this tablet's copy (one
// QVariantMap per row, as StaffRepository reads it) and handed to QML by role, each role
// named like the key of the row. A subclass names its roles and reads its rows; reload()
// reads them again after a pull or a queued change: when the same rows come back in the same
// order only the rows that changed are reported (a view keeps its place), otherwise the
// list is reset. Without a database the list is empty.
class StaffRowModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    explicit StaffRowModel(QObject *parent = nullptr);

    // Where the rows come from (not owned; main.cpp's or a test's). Reads at once.
    void setDatabase(Database *database);
    Database *database() const { return m_database; }
    // The screens' model is filled on first use, not when it is made: a kiosk or a phone
    // builds the staff controllers too and must not read the staff tables at start-up.
    void reloadFrom(Database *database);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    // One row as QML's JavaScript sees it (the keys are the role names).
    Q_INVOKABLE QVariantMap get(int row) const;

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void countChanged();

protected:
    virtual QVariantList readRows(const QSqlDatabase &db) const = 0;
    // The key that tells rows apart ("signupId" …).
    virtual QString idKey() const = 0;

private:
    Database *m_database = nullptr;
    QList<QVariantMap> m_rows;
    QHash<int, QString> m_keys;     // role -> row key, from roleNames()
};
