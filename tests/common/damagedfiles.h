// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Device databases damaged as storage damages them: a file that is no database at all, one
// cut short (a full disk or a card pulled out while it grew), one with a page of garbage in
// the middle (a worn-out card). Each starts as a real database with sign-ups in it.

#include "storage/database.h"
#include "storage/registrationrepository.h"
#include "common/storagefixtures.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlQuery>

namespace DamagedFiles {

using namespace Qt::StringLiterals;

enum class Damage { NotADatabase, CutShort, GarbagePage };

// A database at `path` holding `registrations` tenants with a sign-up each, all of it in the
// main file (no -wal left).
inline bool writeDatabase(const QString &path, int registrations)
{
    Database db;
    if (db.open(path) != Database::Status::Open)
        return false;
    RegistrationRepository repository(db.connection());
    for (int n = 1; n <= registrations; ++n) {
        if (!repository.submit(StorageFixtures::registrationWithSignup(n), StorageFixtures::fixedNow()))
            return false;
    }
    return db.checkpointTruncate();
}

inline qint64 pageSize(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray header = f.read(18);
    if (header.size() < 18)
        return 0;
    // Bytes 16-17 of the header, big-endian; 1 stands for 65536.
    const qint64 size = (quint8(header.at(16)) << 8) | quint8(header.at(17));
    return size == 1 ? 65536 : size;
}

// Damages the file at `path` as `damage` says; the same bytes every run.
inline bool damage(const QString &path, Damage damage)
{
    QRandomGenerator random(20261207);
    QFile f(path);
    switch (damage) {
    case Damage::NotADatabase: {
        QByteArray bytes(8192, Qt::Uninitialized);
        random.fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
        return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
    }
    case Damage::CutShort:
        // Cut in the middle of a page, past the first pages: the header still reads.
        return f.size() > 8 * pageSize(path) && f.resize(f.size() * 6 / 10 + 123);
    case Damage::GarbagePage: {
        const qint64 page = pageSize(path);
        const qint64 pages = page > 0 ? f.size() / page : 0;
        if (pages < 8 || !f.open(QIODevice::ReadWrite))
            return false;
        QByteArray bytes(page, Qt::Uninitialized);
        random.fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
        return f.seek(pages / 2 * page) && f.write(bytes) == bytes.size();
    }
    }
    return false;
}

inline QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result();
}

} // namespace DamagedFiles
