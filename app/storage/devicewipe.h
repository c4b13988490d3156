// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QMap>
#include <QSet>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

class Database;

// Revoked means wiped (docs/privacy.md, "A revoked device"). When the server answers a
// device's request with 401 device-revoked, the device deletes every row that can hold
// personal data — the kiosk's queue, the phone's tenant, the tablet's site — and its pull
// state in one transaction, and remembers only that it is out of service. The catalogue
// (opportunities, sites, neighbourhoods) stays: it is public.
//
// Every table of the schema is named once below, wiped or kept: tst_devicewipe fails for a
// table added later without that decision.
class DeviceWipe
{
public:
    // What was queued and not reported to the server: counted by kind, never the content.
    struct Dropped
    {
        int count = 0;
        QMap<QString, int> byKind; // mutation kind key → how many
    };

    // The tables whose rows are deleted (children before parents).
    static const QStringList &wipedTables();
    // The tables that stay: the catalogue and its search index, SQLite's own.
    static const QStringList &keptTables();

    // In one transaction: counts the queued mutations whose seq is not in `reported`, deletes
    // the rows of every wiped table and marks the device revoked; then truncates the
    // write-ahead log (secure_delete already overwrote the rows). nullopt when it failed:
    // nothing was deleted, the next answer of the server starts it again.
    static std::optional<Dropped> wipe(Database &database, const QSet<qint64> &reported, const QDateTime &now);

    // The device was revoked and wiped (kept across restarts).
    static bool isRevoked(QSqlDatabase db);
};
