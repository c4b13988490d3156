// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the load generator (bench/load) checks in the server's database after a run: every
// mutation the server acknowledged is there exactly once, with the person or sign-up it
// made, and no opportunity holds more places than its capacity. The generator writes what
// it was told into a ledger (one line per acknowledged mutation) so the check can run again
// on a database a test has tampered with.

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace LoadCheck {

// One mutation the server acknowledged with a 200 and an outcome.
struct Acked
{
    QString deviceId;
    qint64 seq = 0;
    QString mutationId;
    QString kind;       // "registration" | "signup"
    QString entityId;   // the person or sign-up it made; empty when the outcome made none
    QString status;     // the outcome's status key
};

// The generator's record of a run: what was acknowledged, and how many registrations and
// sign-ups were sent without an answer (the server may hold them; the device would resend).
struct Ledger
{
    QList<Acked> acked;
    qint64 unansweredRegistrations = 0;
    qint64 unansweredSignups = 0;
};

bool writeLedger(const QString &path, const Ledger &ledger);
std::optional<Ledger> readLedger(const QString &path);

struct Result
{
    qint64 checked = 0;     // acknowledged mutations looked up
    qint64 lost = 0;        // acknowledged, but the mutation or what it made is missing
    qint64 doubled = 0;     // held more than once, or more rows than were ever sent
    qint64 overbooked = 0;  // opportunities with more places taken than their capacity
    QStringList problems;   // the first few, for the report
    bool ok() const { return checked > 0 && lost == 0 && doubled == 0 && overbooked == 0; }
};

// `db` is an open connection to the server's database (SQLite or PostgreSQL); the run must
// have been the only writer of persons and sign-ups in it.
Result check(const QSqlDatabase &db, const Ledger &ledger);

} // namespace LoadCheck
