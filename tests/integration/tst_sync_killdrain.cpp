// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// g. Mutations queued offline (10,000 by default; MEEDOEN_KILLDRAIN_COUNT=100000 in the
// "slow" run), the device process killed with SIGKILL at random moments while it drains:
// no mutation applied twice, and every restart resumes where the last one stopped.

#include "storage/database.h"
#include "storage/outbox.h"
#include "common/killschedule.h"
#include "common/syncfixture.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using SyncFixture::Server;

class TestSyncKillDrain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedWhileDraining()
    {
        QStandardPaths::setTestModeEnabled(true);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const int count = qEnvironmentVariableIsSet("MEEDOEN_KILLDRAIN_COUNT")
            ? qEnvironmentVariableIntValue("MEEDOEN_KILLDRAIN_COUNT") : 10000;
        const QString driver = QCoreApplication::applicationDirPath() + u"/meedoen_sync_driver"_s;
        Server server(TestPaths::serverBinary(), dir.path());
        QVERIFY(server.createDatabase(u"killdrain"_s));
        QVERIFY(server.importCatalogue(3));
        QVERIFY(server.start());

        const QString path = dir.filePath(u"kiosk.db"_s);
        const auto run = [&](const QStringList &args) {
            QProcess p;
            p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            p.start(driver, QStringList{path} + args);
            p.waitForFinished(600000);
            return p.exitCode() == 0 ? QString::fromUtf8(p.readAllStandardOutput()) : QString();
        };
        QVERIFY(run({u"enroll"_s, server.url(), server.enrollCode(u"kiosk"_s, u"site-a"_s)}).contains(u"enrolled"_s));
        QElapsedTimer timer;
        timer.start();
        QVERIFY(run({u"seed"_s, QString::number(count)}).contains(u"seeded"_s));
        qInfo("queued %d mutations offline in %lld ms", count, timer.elapsed());

        // MEEDOEN_KILL_SEED=<seed> repeats a schedule (as far as timing repeats).
        const KillSchedule::Schedule schedule = KillSchedule::fromEnvironment(1);
        QVERIFY2(schedule.valid, "MEEDOEN_KILL_SEED is not a number");
        const quint32 seed = schedule.seed;
        qInfo("kill schedule seed %u", seed);
        QRandomGenerator random(seed);
        const auto mutationsOnServer = [&] { return server.count(u"SELECT COUNT(*) FROM mutation"_s); };
        const auto pendingOnDevice = [&] {
            Database db;
            return db.open(path) == Database::Status::Open ? Outbox(db.connection()).pendingCount() : -1;
        };
        timer.restart();
        qint64 applied = 0;
        int kills = 0;
        bool drained = false;
        for (int attempt = 0; attempt < 200 && !drained; ++attempt) {
            QProcess p;
            p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            p.start(driver, {path, u"sync"_s});
            QVERIFY(p.waitForStarted());
            // A random moment: a short one most of the time, so that kills land in every phase.
            if (p.waitForFinished(int(random.bounded(50, 1500)))) {
                QCOMPARE(p.exitCode(), 0);
                QVERIFY(p.readAllStandardOutput().contains("drained"));
                drained = true;
                break;
            }
            p.kill();
            QVERIFY(p.waitForFinished(10000));
            ++kills;
            const qint64 now = mutationsOnServer();
            const int pending = pendingOnDevice();
            QVERIFY2(now >= applied, "the server lost applied mutations");
            // Resumes where it stopped: the device never forgets an acknowledgement, and
            // never counts one the server does not have.
            QVERIFY(count - pending <= now);
            applied = now;
        }
        // On a slow machine (AddressSanitizer: each start takes seconds) 200 short runs may not
        // be enough: the rest drains in one run that is not killed.
        if (!drained) {
            QProcess p;
            p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            p.start(driver, {path, u"sync"_s});
            QVERIFY(p.waitForStarted());
            QVERIFY(p.waitForFinished(900000));
            QCOMPARE(p.exitCode(), 0);
            QVERIFY(p.readAllStandardOutput().contains("drained"));
        }
        qInfo("drained %d mutations in %lld ms with %d kills", count, timer.elapsed(), kills);
        QVERIFY(kills > 0);
        QCOMPARE(pendingOnDevice(), 0);
        QCOMPARE(mutationsOnServer(), qint64(count));
        QCOMPARE(server.count(u"SELECT COUNT(DISTINCT mutation_id) FROM mutation"_s), qint64(count));
        QCOMPARE(server.count(u"SELECT MAX(seq) FROM mutation"_s), qint64(count));
        QCOMPARE(server.count(u"SELECT COUNT(*) FROM person"_s), qint64(count));
        QCOMPARE(server.count(u"SELECT COUNT(*) FROM conflict"_s), 0);
    }
};

QTEST_MAIN(TestSyncKillDrain)
#include "tst_sync_killdrain.moc"
