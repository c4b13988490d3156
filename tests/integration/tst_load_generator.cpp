// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The load generator (bench/load) end to end, small: 20 kiosks, 50 pushes a second for 3 s,
// a fifth of the pushes sent twice, few places so most sign-ups go on the waitlist. Its own check of the
// server's database passes (nothing lost, nothing doubled, nothing over-booked); the same check
// finds a person removed, a sign-up copied and a capacity cut below the places taken in that
// database. SQLite, or PostgreSQL with MEEDOEN_TEST_PG=1.

#include "common/syncfixture.h"
#include "common/testpaths.h"

#include "loadcheck.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestLoadGenerator : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode = -1;
        QHash<QString, QString> figures;   // name without the prefix → value ("outcomes" → the counts)
        QString err;
    };

    static Run runGenerator(const QStringList &args)
    {
        QProcess p;
        p.start(TestPaths::binDir() + u"/meedoen_bench_load"_s, args);
        Run r;
        if (!p.waitForStarted(10000) || !p.waitForFinished(150000)) {
            p.kill();
            p.waitForFinished();
            r.err = u"did not finish: "_s + QString::fromUtf8(p.readAllStandardError());
            return r;
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.err = QString::fromUtf8(p.readAllStandardError());
        for (const QString &line : QString::fromUtf8(p.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts)) {
            const qsizetype space = line.indexOf(u' ');
            r.figures.insert(line.left(space).mid(u"t_"_s.size()), line.mid(space + 1));
        }
        return r;
    }

    // A short run in `dir`: 20 kiosks, 50 pushes a second for 2 s, three opportunities of
    // five places, with `extra` options.
    Run shortRun(const QString &dir, int seed, const QStringList &extra) const
    {
        return runGenerator(QStringList{u"--devices"_s, u"20"_s, u"--rate"_s, u"50"_s, u"--duration"_s, u"2"_s,
                                        u"--opportunities"_s, u"3"_s, u"--capacity"_s, u"5"_s, u"--seed"_s,
                                        QString::number(seed), u"--db"_s, m_pg ? u"postgresql"_s : u"sqlite"_s,
                                        u"--server-binary"_s, TestPaths::serverBinary(), u"--work-dir"_s, dir,
                                        u"--name"_s, u"t"_s}
                            + extra);
    }

    // "accepted=12 declined=3 …" → its number for `key`, -1 when absent.
    static qint64 count(const QString &counts, const QString &key)
    {
        const auto m = QRegularExpression(u"(?:^| )"_s + key + u"=(\\d+)"_s).match(counts);
        return m.hasMatch() ? m.captured(1).toLongLong() : -1;
    }

    const bool m_pg = SyncFixture::usePostgres();
    QTemporaryDir m_dir;
    QString m_db;       // the run's database, kept for the second test
    QString m_ledger;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qInfo("backend: %s", m_pg ? "PostgreSQL" : "SQLite");
    }

    void smallRunPassesItsCheck()
    {
        const Run r = runGenerator({u"--devices"_s, u"20"_s, u"--rate"_s, u"50"_s, u"--duration"_s, u"3"_s,
                                    u"--duplicates"_s, u"0.2"_s, u"--opportunities"_s, u"3"_s, u"--capacity"_s,
                                    u"5"_s, u"--seed"_s, u"7"_s, u"--db"_s, m_pg ? u"postgresql"_s : u"sqlite"_s,
                                    u"--server-binary"_s, TestPaths::serverBinary(), u"--work-dir"_s, m_dir.path(),
                                    u"--name"_s, u"t"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));

        // It ran: pushes answered (about 150 offered), tenants registered, the places taken
        // and later sign-ups on the waitlist, every resend answered as the first time.
        QVERIFY2(r.figures.value(u"achieved"_s).split(u' ').first().toDouble() > 10, qPrintable(r.err));
        const QString outcomes = r.figures.value(u"outcomes"_s);
        QVERIFY2(count(outcomes, u"accepted"_s) > 100, qPrintable(outcomes)); // registrations and 15 places
        QVERIFY2(count(outcomes, u"waitlisted"_s) > 0, qPrintable(outcomes));
        QVERIFY2(count(outcomes, u"duplicate"_s) > 0, qPrintable(outcomes));
        QCOMPARE(count(outcomes, u"duplicate_mismatch"_s), qint64(0));
        QCOMPARE(count(outcomes, u"rejected"_s), qint64(0));
        // The pages of the timed run are read from their end (the cursor), and their changes
        // counted: the places of three opportunities changed after almost every push.
        QCOMPARE(count(outcomes, u"pull_errors"_s), qint64(0));
        QVERIFY2(count(outcomes, u"pulled_changes"_s) > 100, qPrintable(outcomes));
        QVERIFY(r.figures.value(u"push_p99"_s).endsWith(u" ms"_s));
        QVERIFY(r.figures.value(u"server_cpu"_s).endsWith(u" cores"_s));
        QVERIFY(r.figures.value(u"server_peak_rss"_s).split(u' ').first().toDouble() > 1);

        const QString check = r.figures.value(u"check"_s);
        QVERIFY2(check.endsWith(u" ok"_s), qPrintable(check));
        QVERIFY2(count(check, u"checked"_s) > 200, qPrintable(check));
        QCOMPARE(count(check, u"lost"_s), qint64(0));
        QCOMPARE(count(check, u"doubled"_s), qint64(0));
        QCOMPARE(count(check, u"overbooked"_s), qint64(0));

        const auto kept = QRegularExpression(u"kept: (\\S+) and (\\S+)"_s).match(r.err);
        QVERIFY2(kept.hasMatch(), qPrintable(r.err));
        m_db = kept.captured(1);
        m_ledger = kept.captured(2);
    }

    // Two `serve` processes on the one database, the devices spread over them: the same
    // guarantees hold (tst_server_instances proves them under kills and races).
    void twoInstancesPassTheirCheck()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const Run r = shortRun(dir.path(), 8, {u"--instances"_s, u"2"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString check = r.figures.value(u"check"_s);
        QVERIFY2(check.endsWith(u" ok"_s), qPrintable(check));
        QVERIFY2(count(check, u"checked"_s) > 100, qPrintable(check));
        QCOMPARE(count(r.figures.value(u"outcomes"_s), u"pull_errors"_s), qint64(0));
        // Both instances ran and answered: each wrote its own log, and each enrolled half of
        // the devices (device i goes to instance i mod 2).
        for (const QString &log : {u"server-1.log"_s, u"server-2.log"_s}) {
            QFile f(dir.filePath(log));
            QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(log));
            QCOMPARE(f.readAll().count("enrolled device"), qsizetype(10));
        }
    }

    // The pull-reader setting that is not the database's default (docs/sync-protocol.md,
    // "Pull readers": one worker on SQLite, none on PostgreSQL) keeps the same guarantees, and
    // the server says which it runs.
    void otherPullReaderSettingPassesItsCheck()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const Run r = shortRun(dir.path(), 9, {u"--pull-threads"_s, m_pg ? u"0"_s : u"1"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString check = r.figures.value(u"check"_s);
        QVERIFY2(check.endsWith(u" ok"_s), qPrintable(check));
        QVERIFY2(count(check, u"checked"_s) > 100, qPrintable(check));
        const QString outcomes = r.figures.value(u"outcomes"_s);
        QCOMPARE(count(outcomes, u"pull_errors"_s), qint64(0));
        QVERIFY2(count(outcomes, u"pulled_changes"_s) > 50, qPrintable(outcomes));
        QFile log(dir.filePath(u"server.log"_s));
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QByteArray said = m_pg ? "pull pages read on the event loop" : "pull pages read by 1 worker threads";
        QVERIFY2(log.readAll().contains(said), said.constData());
    }

    void checkFindsLostDoubledAndOverbooked()
    {
        if (m_db.isEmpty())
            QSKIP("the run before failed");
        const auto ledger = LoadCheck::readLedger(m_ledger);
        QVERIFY(ledger);
        QSqlDatabase db = QSqlDatabase::addDatabase(m_pg ? u"QPSQL"_s : u"QSQLITE"_s, u"tamper"_s);
        db.setDatabaseName(m_pg ? m_db.mid(u"postgresql:///"_s.size()) : m_db.mid(u"sqlite:"_s.size()));
        QVERIFY(db.open());
        const auto exec = [&db](const QString &sql, const QVariantList &binds = {}) {
            QSqlQuery q(db);
            q.prepare(sql);
            for (const QVariant &b : binds)
                q.addBindValue(b);
            return q.exec() && q.numRowsAffected() == 1;
        };
        QVERIFY(LoadCheck::check(db, *ledger).ok());

        // A registration the server acknowledged whose person is gone: lost.
        QString person;
        QString signup;
        for (const LoadCheck::Acked &a : ledger->acked) {
            if (a.kind == u"registration"_s && person.isEmpty())
                person = a.entityId;
            if (a.kind == u"signup"_s && a.status == u"confirmed"_s && signup.isEmpty())
                signup = a.entityId;
        }
        QVERIFY(!person.isEmpty() && !signup.isEmpty());
        QVERIFY(exec(u"DELETE FROM person WHERE id = ?"_s, {person}));
        LoadCheck::Result r = LoadCheck::check(db, *ledger);
        QCOMPARE(r.lost, qint64(1));
        QCOMPARE(r.doubled, qint64(0));
        QCOMPARE(r.overbooked, qint64(0));
        QVERIFY(!r.ok());

        // The same sign-up held twice (another id, as if applied again): doubled, and its
        // opportunity now has one confirmed place more than its capacity.
        QVERIFY(exec(u"INSERT INTO signup (id, reference_code, person_id, opportunity_id, site_id, device_id, state, "
                     "arrival, created_at, received_at, data) SELECT ?, ?, person_id, opportunity_id, site_id, "
                     "device_id, state, arrival + 1000000, created_at, received_at, data FROM signup WHERE id = ?"_s,
                     {u"00000000-0000-4000-8000-000000000001"_s, u"TWICE"_s, signup}));
        r = LoadCheck::check(db, *ledger);
        QCOMPARE(r.lost, qint64(1));
        QVERIFY(r.doubled >= 1);
        QCOMPARE(r.overbooked, qint64(1));
        db.close();
    }
};

QTEST_GUILESS_MAIN(TestLoadGenerator)
#include "tst_load_generator.moc"
