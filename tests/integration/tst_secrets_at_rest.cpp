// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Secrets at rest (issue 15, item 6; docs/security/text.md "Secrets at rest"), after real use
// of a staff tablet against the real server: enrolled, a staff member signed in (password
// online, then a PIN), rounds synced with the staff session. The device token is only in its
// file of mode 0600; the staff session token is on no disk at all (the tablet keeps it in
// memory; a restart asks for the password again); neither is in the database, its -wal or
// -shm. The data folder is 0700 and every file in it is readable by this user only.
#include "controllers/startup.h"
#include "controllers/stafftablet.h"
#include "storage/secretstore.h"
#include "sync/syncclient.h"
#include "common/enrolleddevice.h"
#include "common/syncfixture.h"
#include "common/syncrounds.h"
#include "common/testpaths.h"

#include <QDirIterator>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SyncFixture;

namespace {

constexpr QFileDevice::Permissions kOthers = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
                                             | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;

// The device's own network stack, remembering the secrets its requests carried (the test's
// only way to learn the staff session token: the app never shows it).
class RecordingNetwork : public QNetworkAccessManager
{
public:
    QByteArray lastBearer;
    QByteArray lastSession;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *data) override
    {
        const QByteArray auth = request.rawHeader("Authorization"_ba);
        if (auth.startsWith("Bearer "))
            lastBearer = auth.mid(7);
        if (request.hasRawHeader("X-Meedoen-Staff-Session"_ba))
            lastSession = request.rawHeader("X-Meedoen-Staff-Session"_ba);
        return QNetworkAccessManager::createRequest(op, request, data);
    }
};

// Every file below `folder`, with how often `needle` occurs in it.
QMap<QString, int> occurrences(const QString &folder, const QByteArray &needle)
{
    QMap<QString, int> hits;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (f.open(QIODevice::ReadOnly))
            hits.insert(QFileInfo(path).fileName(), int(f.readAll().count(needle)));
    }
    return hits;
}

} // namespace

class TestSecretsAtRest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Server> m_server;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_server = std::make_unique<Server>(TestPaths::serverBinary(), m_dir.path());
        QVERIFY(m_server->createDatabase(u"secrets"_s));
        QVERIFY(m_server->importCatalogue(10));
        QVERIFY(m_server->start());
    }

    void staffTabletKeepsNoSecretInItsDatabase()
    {
        // The app's data folder as main.cpp opens it (created here).
        const QString folder = m_dir.filePath(u"tablet-data"_s);
        AppServices services;
        StartupOptions options;
        options.dataDir = folder;
        QCOMPARE(services.open(options).exitCode, ExitCode::Ok);
        QCOMPARE(QFileInfo(folder).permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

        RecordingNetwork network;
        Database &db = services.database();
        const auto client = Fixtures::enrolledClient(network, db, *m_server, u"staff"_s, u"site-a"_s);
        QVERIFY(client);
        QVERIFY(Fixtures::addStaff(TestPaths::serverBinary(), m_server->db(), u"site-a"_s, u"anna"_s,
                                   u"Anna de Vries"_s, u"correct horse battery"_s));
        StaffTablet tablet(&db, client.get(), [] { return QDateTime::currentDateTimeUtc(); },
                           StaffPinGuard::Cost::Minimum);
        QSignalSpy stage(tablet.session(), &StaffSession::stageChanged);
        tablet.session()->login(u"anna"_s, u"correct horse battery"_s);
        QVERIFY(stage.wait(20000));
        QCOMPARE(tablet.session()->stage(), StaffSession::Stage::ChoosePin);
        QVERIFY(tablet.session()->choosePin(u"24680"_s, u"24680"_s));
        // Rounds with the session: the staff scope pulled and written.
        QVERIFY(Fixtures::syncRound(*client));
        QVERIFY(Fixtures::syncRound(*client));

        const QByteArray deviceToken = network.lastBearer;
        const QByteArray session = network.lastSession;
        QVERIFY(deviceToken.size() >= 32);
        QVERIFY2(session.size() >= 32, session.constData());

        // The device token: only in its own file, 0600.
        const QString dbPath = QDir(folder).filePath(u"meedoen.db"_s);
        FileSecretStore store(dbPath);
        QCOMPARE(store.read(u"token"_s).value_or(QByteArray()), deviceToken);
        const QMap<QString, int> tokenHits = occurrences(folder, deviceToken);
        for (auto it = tokenHits.cbegin(); it != tokenHits.cend(); ++it)
            QVERIFY2(it.value() == (it.key() == u"meedoen.db.token"_s ? 1 : 0), qPrintable(it.key()));
        // The staff session: on no disk at all.
        const QMap<QString, int> sessionHits = occurrences(folder, session);
        for (auto it = sessionHits.cbegin(); it != sessionHits.cend(); ++it)
            QVERIFY2(it.value() == 0, qPrintable(it.key()));
        // The database with its write-ahead log and index were there to be searched.
        QVERIFY(sessionHits.contains(u"meedoen.db"_s));
        QVERIFY(sessionHits.contains(u"meedoen.db-wal"_s));
        QVERIFY(sessionHits.contains(u"meedoen.db-shm"_s));

        // Nothing in the data folder is readable by anyone else.
        QDirIterator files(folder, QDir::Files | QDir::Hidden);
        while (files.hasNext()) {
            const QString path = files.next();
            QVERIFY2((QFileInfo(path).permissions() & kOthers) == QFileDevice::Permissions(), qPrintable(path));
        }
        QCOMPARE(QFileInfo(store.pathOf(u"token"_s)).permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
};

QTEST_MAIN(TestSecretsAtRest)
#include "tst_secrets_at_rest.moc"
