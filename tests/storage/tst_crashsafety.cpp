// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/database.h"

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
// random point 100 times; every time the file must be sound, every record must have its
// outbox row and every outbox row its record, and nothing the writer reported as
// committed may be lost.
class TestCrashSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void killedWriterLosesNothing()
    {
        const quint32 seed = QRandomGenerator::global()->generate();
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
        for (int run = 0; run < 100; ++run) {
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

            committedBefore = signups;
            nextNumber = signups + 1;
        }
        QVERIFY(committedBefore >= 100);
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
