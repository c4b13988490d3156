// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/killschedule.h"
#include "storage/database.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <sys/types.h>

using namespace Qt::StringLiterals;

namespace {

int count(const Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toInt();
}

} // namespace

// A kiosk can lose power or be killed at any moment. A writer is killed with SIGKILL at a
// random point 100 times (MEEDOEN_KILL_MOMENTS; 1,000 in the "slow" variant); every time the
// file must be sound, every record must have its outbox row and every outbox row its record,
// and nothing the writer reported as committed may be lost. The seed of the kill moments is
// printed; MEEDOEN_KILL_SEED=<seed> repeats a run.
class TestCrashSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void killedWriterLosesNothing()
    {
        const KillSchedule::Schedule schedule = KillSchedule::fromEnvironment(100);
        QVERIFY2(schedule.valid, "MEEDOEN_KILL_MOMENTS or MEEDOEN_KILL_SEED is not a positive number");
        const int moments = schedule.moments;
        const quint32 seed = schedule.seed;
        qInfo("%d kill moments, seed %u (MEEDOEN_KILL_SEED=%u repeats them)", moments, seed, seed);
        QRandomGenerator random(seed);
        const QByteArray seedText = "seed " + QByteArray::number(seed);
        const auto printSeed = qScopeGuard([&] {
            if (QTest::currentTestFailed())
                qWarning("%s", seedText.constData());
        });
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"crash.db"_s);

        int committedBefore = 0; // records present before this run
        int nextNumber = 1;
        // Where the kills landed, as far as the file tells afterwards: after a commit the
        // writer had not reported yet, or before the next commit (in or between transactions).
        int afterUnreportedCommit = 0;
        int beforeCommit = 0;
        QElapsedTimer timer;
        timer.start();
        for (int run = 0; run < moments; ++run) {
            const int target = random.bounded(1, 31);
            QProcess writer;
            writer.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            writer.start(QStringLiteral(CRASHWRITER_PATH), {path, QString::number(nextNumber)});
            QVERIFY2(writer.waitForStarted(10000), seedText.constData());

            int reported = 0;
            QByteArray lastLine;
            while (reported < target) {
                if (!writer.canReadLine() && !writer.waitForReadyRead(10000))
                    QFAIL(QByteArray(seedText + ": the writer stopped; run " + QByteArray::number(run)).constData());
                while (writer.canReadLine()) {
                    lastLine = writer.readLine().trimmed();
                    QVERIFY2(lastLine.startsWith("committed "), seedText.constData());
                    ++reported;
                }
            }
            // Now: the writer is somewhere in its next transaction.
            QVERIFY(::kill(pid_t(writer.processId()), SIGKILL) == 0);
            QVERIFY2(writer.waitForFinished(10000), seedText.constData());
            QCOMPARE(writer.exitStatus(), QProcess::CrashExit);

            Database db;
            QCOMPARE(db.open(path), Database::Status::Open);
            QVERIFY2(db.checkIntegrity(), seedText.constData());
            const int signups = count(db, u"SELECT count(*) FROM signup"_s);
            const int persons = count(db, u"SELECT count(*) FROM person"_s);
            QVERIFY2(signups >= committedBefore + reported,
                     QByteArray(seedText + ": lost acknowledged records in run " + QByteArray::number(run)).constData());
            QCOMPARE(persons, signups);
            QCOMPARE(count(db, u"SELECT count(*) FROM consent"_s), signups);
            // Every record has its outbox row …
            QCOMPARE(count(db, u"SELECT count(*) FROM signup s LEFT JOIN outbox o "
                               "ON o.entity_id = s.id AND o.kind = 'signup' WHERE o.seq IS NULL"_s), 0);
            QCOMPARE(count(db, u"SELECT count(*) FROM person p LEFT JOIN outbox o "
                               "ON o.entity_id = p.id AND o.kind = 'registration' WHERE o.seq IS NULL"_s), 0);
            // … and every outbox row its record.
            QCOMPARE(count(db, u"SELECT count(*) FROM outbox o LEFT JOIN signup s ON s.id = o.entity_id "
                               "WHERE o.kind = 'signup' AND s.id IS NULL"_s), 0);
            QCOMPARE(count(db, u"SELECT count(*) FROM outbox o LEFT JOIN person p ON p.id = o.entity_id "
                               "WHERE o.kind = 'registration' AND p.id IS NULL"_s), 0);
            // The outbox is numbered 1 … n without gaps.
            QCOMPARE(count(db, u"SELECT count(*) FROM outbox"_s), 2 * signups);
            QCOMPARE(count(db, u"SELECT coalesce(max(seq), 0) FROM outbox"_s), 2 * signups);

            if (signups > committedBefore + reported)
                ++afterUnreportedCommit;
            else
                ++beforeCommit;
            committedBefore = signups;
            nextNumber = signups + 1;
            if ((run + 1) % 100 == 0 && run + 1 < moments)
                qInfo("%d kills in %lld ms, %d records", run + 1, timer.elapsed(), committedBefore);
        }
        qInfo("%d kills in %lld ms: %d before a commit, %d after a commit not yet reported; %d records",
              moments, timer.elapsed(), beforeCommit, afterUnreportedCommit, committedBefore);
        QVERIFY(committedBefore >= moments);
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
