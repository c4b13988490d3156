// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// A device with nothing but its database and the sync client, for the fault tests that
// kill the client process:
//   meedoen_sync_driver DB enroll URL CODE        enrol, print "enrolled"
//   meedoen_sync_driver DB seed N                 queue N registrations offline (one transaction)
//   meedoen_sync_driver DB submit N               N tenants register and sign up for "open" at
//                                                 the kiosk, each in its own transaction (person,
//                                                 consent, sign-up and two outbox rows)
//   meedoen_sync_driver DB sync [--stall-before-ack]
//       sync until the outbox is empty, print "drained", exit 0; with --stall-before-ack,
//       print "stalled before ack" once the server answered the first push and wait to be
//       killed before recording anything.

#include "storage/database.h"
#include "storage/outbox.h"
#include "sync/syncclient.h"
#include "common/syncfixture.h"
#include "storage/transaction.h"
#include "protocol/mutation.h"
#include "protocol/wire.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QSqlQuery>
#include <QThread>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3)
        return 2;
    Database db;
    if (db.open(args.at(1)) != Database::Status::Open)
        return 1;
    const QString command = args.at(2);

    if (command == "seed"_L1) {
        const int n = args.value(3).toInt();
        Transaction tx(db.connection());
        Outbox outbox(db.connection());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (int i = 0; i < n; ++i) {
            const Meedoen::Person p = Fixtures::person(u"Tenant"_s);
            const Meedoen::ConsentRecord c = Fixtures::contactConsent(p, now);
            if (!outbox.enqueue(Wire::RegistrationPayload{p, {c}, false}, p.id, now, Fixtures::uuid()))
                return 1;
        }
        if (!tx.commit())
            return 1;
        std::printf("seeded %d\n", n);
        return 0;
    }

    if (command == "submit"_L1) {
        // Only the queueing is hurried (no wait for the disk per tenant): the tests kill the
        // processes while the outbox drains, after this has ended.
        QSqlQuery(db.connection()).exec(u"PRAGMA synchronous = OFF"_s);
        const int n = args.value(3).toInt();
        for (int i = 0; i < n; ++i) {
            if (Fixtures::queueSignup(db.connection(), u"open"_s).isEmpty())
                return 1;
        }
        std::printf("submitted %d\n", n);
        return 0;
    }

    QNetworkAccessManager network;
    SyncClient::Options options;
    options.schedule.baseDelayMs = 50;
    options.schedule.maxDelayMs = 1000;
    options.schedule.maxAttempts = 1000;
    options.periodicIntervalMs = 0;
    options.watchNetwork = false;
    options.requestTimeoutMs = 20000;
    SyncClient client(&network, &db, options, [] { return QDateTime::currentDateTimeUtc(); },
                      [] { return QRandomGenerator::global()->generateDouble(); });

    if (command == "enroll"_L1) {
        QObject::connect(&client, &SyncClient::enrollFinished, &app, [&](bool ok, const QString &) {
            std::printf(ok ? "enrolled\n" : "refused\n");
            std::fflush(stdout);
            app.exit(ok ? 0 : 1);
        });
        client.enroll(QUrl(args.value(3)), args.value(4));
        return app.exec();
    }
    if (command != "sync"_L1)
        return 2;
    if (args.contains(u"--stall-before-ack"_s)) {
        client.beforeRecordingAck = [] {
            std::printf("stalled before ack\n");
            std::fflush(stdout);
            for (;;)
                QThread::sleep(1);
        };
    }
    QObject::connect(&client, &SyncClient::roundFinished, &app, [&](bool ok) {
        if (ok && client.pendingCount() == 0) {
            std::printf("drained\n");
            std::fflush(stdout);
            app.exit(0);
        }
    });
    client.syncNow();
    return app.exec();
}
