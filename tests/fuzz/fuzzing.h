// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the fuzz harnesses share (docs/security/fuzz.md): a quiet QCoreApplication, a fixed
// clock, and throw-away SQLite databases that go back to their prepared state before every
// input, so each input sees the same database and a crash replays from its input alone.
// A harness defines LLVMFuzzerTestOneInput; libFuzzer (preset fuzz) or replay.cpp (the
// normal build, ctest) calls it.

#include "sqlite/sqlitedirect.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QSqlDatabase>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace Fuzz {

// The instant every harness lives at: the golden files' day (2026-12-04), an hour later.
inline QDateTime now()
{
    return QDateTime(QDate(2026, 12, 4), QTime(10, 0), Qt::UTC);
}

// The bytes libFuzzer hands over, as Qt's byte array (no copy).
inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
}

// One QCoreApplication for the process (QtSql's plugins and the event loop need it), with
// Qt's log lines dropped: a rejected input logs a warning on every run, which would slow
// the fuzzer and hide its own report. A qFatal still aborts, and counts as a finding.
inline void ensureApplication()
{
    static int argc = 1;
    static char name[] = "meedoen-fuzz";
    static char *argv[] = {name, nullptr};
    if (QCoreApplication::instance())
        return;
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &message) {
        if (type == QtFatalMsg) {
            fprintf(stderr, "qFatal: %s\n", qPrintable(message));
            abort();
        }
    });
    static QCoreApplication app(argc, argv);
}

// The contents of a file of the source tree (the demo catalogue), found from
// MEEDOEN_SOURCE_DIR or the path compiled in.
inline QByteArray sourceFile(const QString &relative)
{
    QString root = qEnvironmentVariable("MEEDOEN_SOURCE_DIR");
    if (root.isEmpty())
        root = QStringLiteral(MEEDOEN_SOURCE_DIR);
    QFile f(root + u'/' + relative);
    if (!f.open(QIODevice::ReadOnly)) {
        fprintf(stderr, "cannot read %s\n", qPrintable(f.fileName()));
        abort();
    }
    return f.readAll();
}

// An in-memory SQLite database's whole image, taken once it is prepared and put back before
// each input (sqlite3_serialize / sqlite3_deserialize: a copy of a few hundred KiB, where
// building the schema again would cost milliseconds).
class Snapshot
{
public:
    void take(const QSqlDatabase &db)
    {
        sqlite3 *h = handleOf(db);
        sqlite3_int64 size = 0;
        unsigned char *image = sqlite3_serialize(h, "main", &size, 0);
        if (!image) {
            fprintf(stderr, "sqlite3_serialize failed\n");
            abort();
        }
        m_image = QByteArray(reinterpret_cast<const char *>(image), qsizetype(size));
        sqlite3_free(image);
    }

    void restore(const QSqlDatabase &db) const
    {
        sqlite3 *h = handleOf(db);
        const auto size = sqlite3_int64(m_image.size());
        auto *copy = static_cast<unsigned char *>(sqlite3_malloc64(sqlite3_uint64(size)));
        memcpy(copy, m_image.constData(), size_t(size));
        // SQLite owns the copy from here, also when it refuses it.
        if (sqlite3_deserialize(h, "main", copy, size, size,
                                SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_RESIZEABLE)
            != SQLITE_OK) {
            fprintf(stderr, "sqlite3_deserialize failed: %s\n", sqlite3_errmsg(h));
            abort();
        }
    }

private:
    static sqlite3 *handleOf(const QSqlDatabase &db)
    {
        sqlite3 *h = SqliteDirect::handle(db);
        if (!h) {
            fprintf(stderr, "not a SQLite connection\n");
            abort();
        }
        return h;
    }

    QByteArray m_image;
};

} // namespace Fuzz
