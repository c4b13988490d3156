// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/staffrepository.h"

#include <QString>
#include <QVariantList>

// The CSV files a staff member exports from the tablet, with the same columns as
// `meedoen-server export results|decisions` (docs/sync-protocol.md, "Results"); every cell
// through Meedoen::Csv::field, so a spreadsheet never runs a cell as a formula.
namespace StaffExport {

QString resultsCsv(const StaffRepository::Dashboard &dashboard);
QString decisionsCsv(const QList<QStringList> &rows);
// The organiser's list of an opportunity's confirmed participants (rows of
// StaffRepository::participantsFor): name, phone and e-mail only where the tenant's
// `share-partner` consent stands; otherwise those cells are empty and `shared` says "no".
QString participantsCsv(const QString &opportunityId, const QString &title, const QVariantList &participants);

} // namespace StaffExport
