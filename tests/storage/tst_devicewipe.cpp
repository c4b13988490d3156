// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// DeviceWipe: a revoked device deletes every row that can hold personal data in one
// transaction, keeps the catalogue, counts what it could not report, and stays revoked.
#include "storage/database.h"
#include "storage/devicewipe.h"
#include "storage/syncstaterepository.h"

#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

QStringList tablesOf(QSqlDatabase db)
{
    QStringList tables;
    QSqlQuery q(db);
    if (q.exec(u"SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"_s)) {
        while (q.next())
            tables.append(q.value(0).toString());
    }
    return tables;
}

int rowsOf(QSqlDatabase db, const QString &table)
{
    QSqlQuery q(db);
    // Names from sqlite_master of the test's own database.
    if (!q.exec(u"SELECT COUNT(*) FROM "_s + table) || !q.next())
        return -1;
    return q.value(0).toInt();
}

// One row in every ordinary table of the schema, whatever its columns: each column that needs
// a value gets one (checks and foreign keys off while filling), so a table added later is
// filled too and the wipe has to decide about it.
bool fillEveryTable(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (!q.exec(u"PRAGMA foreign_keys = OFF"_s) || !q.exec(u"PRAGMA ignore_check_constraints = ON"_s))
        return false;
    for (const QString &table : tablesOf(db)) {
        if (table.startsWith(u"sqlite_"_s) || table.startsWith(u"opportunity_fts"_s))
            continue;
        QSqlQuery info(db);
        if (!info.exec(u"PRAGMA table_info("_s + table + u')'))
            return false;
        QStringList columns;
        QVariantList values;
        while (info.next()) {
            const QString name = info.value(1).toString();
            const QString type = info.value(2).toString().toUpper();
            columns.append(name);
            if (name == u"acked_at"_s) // the outbox row is queued, not acknowledged
                values.append(QVariant());
            else if (type.contains(u"INT"_s) || type.contains(u"REAL"_s))
                values.append(name == u"seq"_s ? 1 : 7);
            else
                values.append(QString(u"x-"_s + table + u'-' + name));
        }
        QSqlQuery insert(db);
        insert.prepare(u"INSERT INTO "_s + table + u" ("_s + columns.join(u", "_s) + u") VALUES ("_s
                       + QStringList(columns.size(), u"?"_s).join(u", "_s) + u')');
        for (const QVariant &v : std::as_const(values))
            insert.addBindValue(v);
        if (!insert.exec()) {
            qWarning() << "cannot fill" << table;
            return false;
        }
    }
    return q.exec(u"PRAGMA ignore_check_constraints = OFF"_s) && q.exec(u"PRAGMA foreign_keys = ON"_s);
}

} // namespace

class TestDeviceWipe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // A table added to the schema later fails here until it is named wiped or kept.
    void everyTableIsDecided()
    {
        QTemporaryDir dir;
        Database db;
        QCOMPARE(db.open(dir.filePath(u"meedoen.db"_s)), Database::Status::Open);
        for (const QString &table : tablesOf(db.connection())) {
            const bool wiped = DeviceWipe::wipedTables().contains(table);
            const bool kept = DeviceWipe::keptTables().contains(table);
            QVERIFY2(wiped != kept, qPrintable(u"table %1: decide in DeviceWipe whether a revoked device wipes it"_s.arg(table)));
        }
    }

    void wipesEveryPersonalTableAndKeepsTheCatalogue()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"meedoen.db"_s);
        {
            Database db;
            QCOMPARE(db.open(path), Database::Status::Open);
            QVERIFY(fillEveryTable(db.connection()));
            // Three more queued: 1 (filled above) and 2 were reported, 3 and 4 are dropped.
            QSqlQuery q(db.connection());
            for (int seq = 2; seq <= 4; ++seq) {
                q.prepare(u"INSERT INTO outbox (seq, mutation_id, kind, entity_id, payload, created_at) "
                          "VALUES (?, ?, ?, 'p', '{}', '2026-12-01T10:00:00Z')"_s);
                q.addBindValue(seq);
                q.addBindValue(u"m-%1"_s.arg(seq));
                q.addBindValue(seq == 4 ? u"hours"_s : u"signup"_s);
                QVERIFY(q.exec());
            }
            QVERIFY(!DeviceWipe::isRevoked(db.connection()));
            const QDateTime now(QDate(2026, 12, 6), QTime(15, 0), Qt::UTC);
            const auto dropped = DeviceWipe::wipe(db, {1, 2}, now);
            QVERIFY(dropped);
            QCOMPARE(dropped->count, 2);
            QCOMPARE(dropped->byKind.value(u"signup"_s), 1);
            QCOMPARE(dropped->byKind.value(u"hours"_s), 1);
            QVERIFY(DeviceWipe::isRevoked(db.connection()));
        }
        // After a restart: still revoked, every wiped table empty but the revoked mark, the
        // catalogue as it was.
        Database db;
        QCOMPARE(db.open(path), Database::Status::Open);
        QVERIFY(DeviceWipe::isRevoked(db.connection()));
        for (const QString &table : DeviceWipe::wipedTables()) {
            const int expected = table == u"sync_state"_s ? 1 : 0;
            QVERIFY2(rowsOf(db.connection(), table) == expected, qPrintable(table));
        }
        QCOMPARE(SyncStateRepository(db.connection()).value(u"deviceId"_s), QString());
        for (const QString &table : {u"neighbourhood"_s, u"site"_s, u"opportunity"_s})
            QVERIFY2(rowsOf(db.connection(), table) == 1, qPrintable(table));
        // Nothing of a tenant is left in the file or its write-ahead log.
        for (const QString &suffix : {u""_s, u"-wal"_s}) {
            QFile file(path + suffix);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QByteArray bytes = file.readAll();
            QVERIFY2(!bytes.contains("x-person-family_name"), qPrintable(suffix));
            QVERIFY2(!bytes.contains("x-staff_person-data"), qPrintable(suffix));
        }
    }

    void nothingReportedCountsEverything()
    {
        QTemporaryDir dir;
        Database db;
        QCOMPARE(db.open(dir.filePath(u"meedoen.db"_s)), Database::Status::Open);
        QVERIFY(fillEveryTable(db.connection()));
        const auto dropped = DeviceWipe::wipe(db, {}, QDateTime::currentDateTimeUtc());
        QVERIFY(dropped);
        QCOMPARE(dropped->count, 1);
        QCOMPARE(rowsOf(db.connection(), u"outbox"_s), 0);
    }
};

QTEST_GUILESS_MAIN(TestDeviceWipe)
#include "tst_devicewipe.moc"
