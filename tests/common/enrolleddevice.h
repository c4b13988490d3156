// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A device of the integration tests against the real meedoen-server: its sync client
// enrolled with a fresh code and one round done; and a staff member added with the CLI.

#include "common/syncfixture.h"
#include "common/syncrounds.h"
#include "storage/database.h"
#include "sync/syncclient.h"

#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>

#include <memory>

namespace Fixtures {

// Rounds that retry at once and never on their own: the test asks for each.
inline SyncClient::Options quickRounds()
{
    SyncClient::Options o;
    o.schedule.baseDelayMs = 20;
    o.schedule.maxDelayMs = 400;
    o.schedule.maxAttempts = 100000;
    o.periodicIntervalMs = 0;
    o.watchNetwork = false;
    return o;
}

// The client of `db`, enrolled at `site` as `kind`, after one round of its own (so a test
// starts from a device that has pulled and has no round running or coming); null on failure.
inline std::unique_ptr<SyncClient> enrolledClient(QNetworkAccessManager &nam, Database &db, SyncFixture::Server &server,
                                                  const QString &kind, const QString &site)
{
    auto client = std::make_unique<SyncClient>(&nam, &db, quickRounds(), [] { return QDateTime::currentDateTimeUtc(); },
                                               [] { return 0.5; });
    QSignalSpy enrolled(client.get(), &SyncClient::enrollFinished);
    if (!enrolled.isValid())
        return nullptr;
    client->enroll(QUrl(server.url()), server.enrollCode(kind, site));
    if (!enrolled.wait(20000) || !enrolled.first().at(0).toBool() || !syncRound(*client))
        return nullptr;
    return client;
}

// A device's database and its enrolled client, as the end-to-end tests hold them.
struct EnrolledDevice
{
    Database db;
    std::unique_ptr<SyncClient> client;
};

// A fresh database at `path` whose client is enrolled (enrolledClient); null on failure.
inline std::unique_ptr<EnrolledDevice> enrolledDevice(QNetworkAccessManager &nam, SyncFixture::Server &server,
                                                      const QString &path, const QString &kind, const QString &site)
{
    auto d = std::make_unique<EnrolledDevice>();
    if (d->db.open(path) != Database::Status::Open)
        return nullptr;
    d->client = enrolledClient(nam, d->db, server, kind, site);
    return d->client ? std::move(d) : nullptr;
}

// `meedoen-server staff add` with the password on stdin; every role unless `roles` says
// otherwise (the tests of one flow need its roles; tst_staff_roles checks each).
inline bool addStaff(const QString &serverBinary, const QString &database, const QString &site, const QString &login,
                     const QString &name, const QString &password,
                     const QString &roles = QStringLiteral("coordinator,consultant,viewer,admin"))
{
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(serverBinary, {QStringLiteral("staff"), QStringLiteral("add"), QStringLiteral("--site"), site,
                           QStringLiteral("--name"), name, QStringLiteral("--login"), login, QStringLiteral("--role"),
                           roles, QStringLiteral("--db"), database});
    p.write(password.toUtf8() + '\n');
    p.closeWriteChannel();
    return p.waitForFinished(60000) && p.exitCode() == 0;
}

} // namespace Fixtures
