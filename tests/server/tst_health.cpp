// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/routes.h"
#include "server/store/store.h"

#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// GET /healthz as a load balancer or systemd's watchdog script sees it: 200 while the
// database answers, 503 once it does not, and nothing in it about anybody.
class TestHealth : public QObject
{
    Q_OBJECT

private slots:
    void healthyThenDatabaseGone()
    {
        QTemporaryDir dir;
        QString error;
        const auto store = Server::openStore(u"sqlite:"_s + dir.filePath(u"server.db"_s), &error);
        QVERIFY2(store, qPrintable(error));
        Server::ServerConfig config;
        config.signinWorkers = 1;
        Server::SyncRoutes routes(*store, config);

        const Server::Health up = routes.health();
        QCOMPARE(up.status, 200);
        QCOMPARE(up.body.value(u"status"_s).toString(), u"ok"_s);
        QCOMPARE(up.body.value(u"database"_s).toString(), u"reachable"_s);
        QCOMPARE(up.body.value(u"schemaVersion"_s).toInt(), store->schemaVersion());
        QVERIFY(up.body.value(u"schemaVersion"_s).toInt() > 0);
        QVERIFY(up.body.value(u"uptimeSeconds"_s).toDouble() >= 0);
        // Minimal: these keys and no others (no counts of people, devices or sign-ups).
        QCOMPARE(up.body.keys(), (QStringList{u"database"_s, u"schemaVersion"_s, u"status"_s, u"uptimeSeconds"_s,
                                              u"version"_s}));

        // The database connection is gone (as when its disk fails or PostgreSQL stops).
        for (const QString &name : QSqlDatabase::connectionNames())
            QSqlDatabase::database(name, false).close();
        const Server::Health down = routes.health();
        QCOMPARE(down.status, 503);
        QCOMPARE(down.body.value(u"status"_s).toString(), u"unavailable"_s);
        QCOMPARE(down.body.value(u"database"_s).toString(), u"unreachable"_s);
    }
};

QTEST_GUILESS_MAIN(TestHealth)
#include "tst_health.moc"
