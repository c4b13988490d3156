// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/stafferaserequestmodel.h"

#include "storage/staffrepository.h"

using namespace Qt::StringLiterals;

StaffEraseRequestModel::StaffEraseRequestModel(QObject *parent)
    : StaffRowModel(parent)
{
    // Any change of the rows may open or close a request.
    connect(this, &QAbstractItemModel::modelReset, this, &StaffEraseRequestModel::openCountChanged);
    connect(this, &QAbstractItemModel::rowsInserted, this, &StaffEraseRequestModel::openCountChanged);
    connect(this, &QAbstractItemModel::rowsRemoved, this, &StaffEraseRequestModel::openCountChanged);
    connect(this, &QAbstractItemModel::dataChanged, this, &StaffEraseRequestModel::openCountChanged);
}

StaffEraseRequestModel::StaffEraseRequestModel(Database *database, QObject *parent)
    : StaffEraseRequestModel(parent)
{
    setDatabase(database);
}

QHash<int, QByteArray> StaffEraseRequestModel::roleNames() const
{
    return {
        {RequestIdRole, "requestId"},
        {PersonIdRole, "personId"},
        {NameRole, "name"},
        {RequestedAtRole, "requestedAt"},
        {DoneAtRole, "doneAt"},
        {DoneRole, "done"},
        {DoneByRole, "doneBy"},
        {ErasingRole, "erasing"},
    };
}

int StaffEraseRequestModel::openCount() const
{
    int open = 0;
    for (int row = 0; row < rowCount(); ++row) {
        if (!index(row, 0).data(DoneRole).toBool())
            ++open;
    }
    return open;
}

QVariantList StaffEraseRequestModel::readRows(const QSqlDatabase &db) const
{
    return StaffRepository(db).eraseRequests();
}

QString StaffEraseRequestModel::idKey() const
{
    return u"requestId"_s;
}
