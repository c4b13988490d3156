// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The server writes a push batch's rows to PostgreSQL through libpq (PgDirect::Pipeline) on
// the connection QtSql holds. What it writes must read back exactly as QtSql would have
// written it, a refused row must fail the whole batch, and QtSql must carry on on the same
// connection afterwards. Runs under MEEDOEN_TEST_PG=1 (pg_virtualenv), like the other
// PostgreSQL tests.
#include "server/store/pgdirect.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

class TstPgDirect : public QObject
{
    Q_OBJECT

private:
    QSqlDatabase m_db;

    int count(const QString &where = u"TRUE"_s)
    {
        QSqlQuery q(m_db);
        // The condition is this test's own text, never input.
        if (!q.exec(u"SELECT COUNT(*) FROM row_under_test WHERE "_s + where) || !q.next())
            return -1;
        return q.value(0).toInt();
    }
    bool exec(const QString &sql)
    {
        QSqlQuery q(m_db);
        const bool ok = q.exec(sql);
        if (!ok)
            qWarning().noquote() << q.lastError().text();
        return ok;
    }

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariable("MEEDOEN_TEST_PG") != "1"_L1)
            QSKIP("PostgreSQL only: run under pg_virtualenv with MEEDOEN_TEST_PG=1 (scripts/test.sh does)");
        m_db = QSqlDatabase::addDatabase(u"QPSQL"_s, u"pgdirect"_s);
        m_db.setDatabaseName(qEnvironmentVariable("PGDATABASE", u"postgres"_s));
        QVERIFY2(m_db.open(), qPrintable(m_db.lastError().text()));
        QVERIFY(PgDirect::handle(m_db) != nullptr);
        QVERIFY(exec(u"SET client_min_messages = warning"_s));
        QVERIFY(exec(u"CREATE TEMP TABLE row_under_test (id TEXT PRIMARY KEY, note TEXT, big BIGINT, flag BOOLEAN, "
                     "ratio DOUBLE PRECISION, bytes BYTEA, places INTEGER CHECK (places <= 3))"_s));
    }

    void init() { QVERIFY(exec(u"TRUNCATE row_under_test"_s)); }

    void notQpsqlHasNoHandle()
    {
        QSqlDatabase sqlite = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"not-pg"_s);
        sqlite.setDatabaseName(u":memory:"_s);
        QVERIFY(sqlite.open());
        QCOMPARE(PgDirect::handle(sqlite), nullptr);
        sqlite.close();
        sqlite = {};
        QSqlDatabase::removeDatabase(u"not-pg"_s);
    }

    // Text a tenant typed (quotes, backslashes, line breaks, emoji), an empty text next to
    // NULL, numbers at their limits, a byte array with a zero byte: all as QtSql reads them.
    void valuesReadBackExactly()
    {
        const QString text = u"Zo'n \"tuin\" \\ achter\nhet blok\t🌱 Ø"_s;
        const QByteArray bytes("\x00\x01\xff\\x", 5);
        PgDirect::Pipeline p;
        p.add(u"INSERT INTO row_under_test (id, note, big, flag, ratio, bytes, places) VALUES "
              "($1, $2, $3, $4, $5, $6, $7), ($8, $9, $10, $11, $12, $13, $14)"_s,
              {u"a"_s, text, std::numeric_limits<qint64>::max(), true, 0.1, bytes, 3,
               u"b"_s, QString(), std::numeric_limits<qint64>::min(), false, -2.5e-300, QVariant(), QVariant()});
        QVERIFY2(p.run(PgDirect::handle(m_db)), qPrintable(p.error()));
        QVERIFY(p.isEmpty());

        QSqlQuery q(m_db);
        QVERIFY(q.exec(u"SELECT id, note, big, flag, ratio, bytes, places, note IS NULL, bytes IS NULL "
                       "FROM row_under_test ORDER BY id"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(1).toString(), text);
        QCOMPARE(q.value(2).toLongLong(), std::numeric_limits<qint64>::max());
        QCOMPARE(q.value(3).toBool(), true);
        QCOMPARE(q.value(4).toDouble(), 0.1);
        QCOMPARE(q.value(5).toByteArray(), bytes);
        QCOMPARE(q.value(6).toInt(), 3);
        QVERIFY(q.next());
        QCOMPARE(q.value(7).toBool(), false); // a null QString is '' (as QPSQL binds it) …
        QCOMPARE(q.value(1).toString(), QString());
        QCOMPARE(q.value(2).toLongLong(), std::numeric_limits<qint64>::min());
        QCOMPARE(q.value(3).toBool(), false);
        QCOMPARE(q.value(4).toDouble(), -2.5e-300);
        QCOMPARE(q.value(8).toBool(), true); // … only a null QVariant is NULL
        QVERIFY(q.value(6).isNull());
    }

    // A batch whose second statement the database refuses: run() says so and names the
    // constraint, the statement after it does not run, the transaction rolls back whole, and
    // QtSql and the next pipeline work on the same connection.
    void refusedStatementFailsTheBatch()
    {
        QVERIFY(exec(u"BEGIN"_s));
        PgDirect::Pipeline p;
        p.add(u"INSERT INTO row_under_test (id, places) VALUES ($1, $2)"_s, {u"first"_s, 1});
        p.add(u"INSERT INTO row_under_test (id, places) VALUES ($1, $2)"_s, {u"too-many"_s, 4});
        p.add(u"INSERT INTO row_under_test (id, places) VALUES ($1, $2)"_s, {u"after"_s, 1});
        QVERIFY(!p.run(PgDirect::handle(m_db)));
        QVERIFY2(p.error().contains(u"row_under_test_places_check"_s), qPrintable(p.error()));
        QVERIFY(exec(u"ROLLBACK"_s));
        QCOMPARE(count(), 0);

        p.add(u"INSERT INTO row_under_test (id, places) VALUES ($1, $2)"_s, {u"again"_s, 2});
        QVERIFY2(p.run(PgDirect::handle(m_db)), qPrintable(p.error()));
        QCOMPARE(count(u"id = 'again'"_s), 1);
    }

    // A statement text is prepared the first time and run by name after that: also after a
    // batch that failed and rolled back after preparing it, and when its preparation was
    // skipped because an earlier statement of the batch failed.
    void preparedStatementsOutliveFailures()
    {
        const QString insert = u"INSERT INTO row_under_test (id, places) VALUES ($1, $2)"_s;
        const QString update = u"UPDATE row_under_test SET places = places + $1 WHERE id = $2"_s;
        const QString remove = u"DELETE FROM row_under_test WHERE id = $1 AND places = $2"_s;
        auto preparedOnConnection = [this] {
            QSqlQuery q(m_db);
            q.exec(u"SELECT COUNT(*) FROM pg_prepared_statements WHERE name LIKE 'meedoen_pgdirect_%'"_s);
            return q.next() ? q.value(0).toInt() : -1;
        };
        const int before = preparedOnConnection();
        PgDirect::Pipeline p;
        for (int i = 0; i < 3; ++i)
            p.add(insert, {u"row-%1"_s.arg(i), i});
        QVERIFY2(p.run(PgDirect::handle(m_db)), qPrintable(p.error()));

        QVERIFY(exec(u"BEGIN"_s));
        p.add(update, {1, u"row-0"_s}); // prepared here, then the batch fails and rolls back
        p.add(update, {5, u"row-2"_s}); // 2 + 5 > 3
        p.add(remove, {u"row-1"_s, 1}); // never prepared: the batch failed before it
        QVERIFY(!p.run(PgDirect::handle(m_db)));
        QVERIFY(exec(u"ROLLBACK"_s));

        p.add(update, {1, u"row-0"_s});
        p.add(remove, {u"row-1"_s, 1});
        p.add(insert, {u"row-3"_s, 3});
        QVERIFY2(p.run(PgDirect::handle(m_db)), qPrintable(p.error()));
        QCOMPARE(count(u"id = 'row-0' AND places = 1"_s), 1);
        QCOMPARE(count(u"id = 'row-1'"_s), 0);
        QCOMPARE(count(), 3);
        // Run by name: each of the three texts was prepared on the connection once.
        QCOMPARE(preparedOnConnection(), before + 3);
    }

    // QtSql reads a forward-only query row by row (libpq's single-row mode); one read only
    // in part must not block the pipeline, and QtSql's next query still works.
    void afterAPartlyReadQuery()
    {
        PgDirect::Pipeline p;
        p.add(u"INSERT INTO row_under_test (id) SELECT 'r' || g FROM generate_series(1, 50) g"_s, {});
        QVERIFY2(p.run(PgDirect::handle(m_db)), qPrintable(p.error()));

        QSqlQuery partly(m_db);
        partly.setForwardOnly(true);
        QVERIFY(partly.exec(u"SELECT id FROM row_under_test"_s));
        QVERIFY(partly.next());

        p.add(u"DELETE FROM row_under_test WHERE id = $1"_s, {u"r1"_s});
        QVERIFY2(p.run(PgDirect::handle(m_db)), qPrintable(p.error()));
        QCOMPARE(count(), 49);
    }
};

QTEST_GUILESS_MAIN(TstPgDirect)
#include "tst_pgdirect.moc"
