// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringView>

// The device schema, as an ordered list of migrations. Migration i brings a database
// from user_version i to i + 1. Never edit a released migration: append a new one.
namespace Migrations {
const QList<QList<QStringView>> &all();

// What the search index holds for the opportunity `row` ("new" in a trigger, "o" in a query
// over opportunity o), as the values of (rowid, title, summary, description, organiser,
// place, tags): since v13 the title and summary with their translations, so a tenant finds an
// opportunity in the language they type in.
QString searchIndexValues(QStringView row);
}
