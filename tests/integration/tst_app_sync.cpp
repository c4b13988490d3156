// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "appcontext.h"
#include "outbox.h"
#include "startup.h"
#include "syncclient.h"
#include "syncfixture.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SyncFixture;

// The app as main.cpp wires it: an enrolled kiosk whose tenant signs up through the
// registration flow; the save goes out by itself, the server's word comes back, and the
// kiosk forgets the tenant.
class TestAppSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_server = std::make_unique<Server>(serverBinary(MEEDOEN_SERVER_PATH), m_dir.path());
        QVERIFY(m_server->createDatabase(u"app"_s));
        const QString catalogue = qEnvironmentVariable("MEEDOEN_SOURCE_DIR") + u"/assets/demo/catalogue.json"_s;
        QCOMPARE(m_server->cli({u"import-catalogue"_s, catalogue}).exitCode, 0);
        QVERIFY(m_server->start());
    }

    void kioskSignupSyncsAndForgetsTheTenant_data()
    {
        QTest::addColumn<QString>("opportunity");
        QTest::addColumn<bool>("seenFull");
        QTest::newRow("open place") << u"wlw-taal-01"_s << false;
        // Full on the kiosk's last sync: the tenant asks for the waitlist; the server,
        // which has room after all, confirms.
        QTest::newRow("waitlist request") << u"wlw-voedselbank-01"_s << true;
    }

    void kioskSignupSyncsAndForgetsTheTenant()
    {
        QFETCH(QString, opportunity);
        QFETCH(bool, seenFull);

        QTemporaryDir deviceDir;
        AppServices services;
        StartupOptions options;
        options.dataDir = deviceDir.path();
        QCOMPARE(services.open(options).exitCode, ExitCode::Ok);

        QNetworkAccessManager network;
        SyncClient sync(&network, &services.database());
        QSignalSpy enrolled(&sync, &SyncClient::enrollFinished);
        sync.enroll(QUrl(m_server->url()), m_server->enrollCode(u"kiosk"_s, u"wielewaal-buurthuis"_s));
        QVERIFY(enrolled.wait(10000));
        QVERIFY2(enrolled.at(0).at(0).toBool(), qPrintable(enrolled.at(0).at(1).toString()));

        AppContext context(AppMode::Kiosk, services);
        context.setSync(&sync);
        QCOMPARE(context.siteName(), u"Buurthuis De Wielewaal"_s);

        RegistrationController *form = context.registration();
        QVERIFY(form->begin(opportunity));
        QCOMPARE(form->isFull(), seenFull);
        const QString canary = seenFull ? u"Kanariewacht"_s : u"Kanariepiet"_s;
        form->setField(u"givenName"_s, canary);
        form->setField(u"familyName"_s, u"Yılmaz"_s);
        form->setField(u"phone"_s, u"06 12345678"_s);
        form->setField(u"postcode"_s, u"3083bk"_s);
        form->setField(u"houseNumber"_s, u"12"_s);
        form->setField(u"birthDay"_s, u"3"_s);
        form->setField(u"birthMonth"_s, u"4"_s);
        form->setField(u"birthYear"_s, u"1985"_s);

        QSignalSpy outcome(&sync, &SyncClient::outcomeArrived);
        QSignalSpy rounds(&sync, &SyncClient::roundFinished);
        QVERIFY2(form->submit(), qPrintable(form->submitError()));
        // Nobody pressed "sync": the save itself started the round.
        QTRY_VERIFY_WITH_TIMEOUT(!outcome.isEmpty(), 15000);
        QCOMPARE(outcome.constLast().at(1).toString(), u"confirmed"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!rounds.isEmpty() && rounds.constLast().at(0).toBool(), 15000);

        const QString signupId = outcome.constLast().at(0).toString();
        const auto signup = services.registrations().signup(signupId);
        QVERIFY(signup);
        QCOMPARE(signup->state, Meedoen::SignupState::Confirmed);
        QCOMPARE(sync.pendingCount(), 0);
        QVERIFY(sync.lastSuccessfulSync().isValid());
        // The kiosk keeps the reference code and the status, nothing of the tenant.
        QCOMPARE(services.registrations().personCount(), 0);
        QVERIFY(services.registrations().persons().isEmpty());
        QCOMPARE(m_server->count(u"SELECT count(*) FROM person WHERE data LIKE ?"_s, QVariantList{QString(u"%"_s + canary + u"%"_s)}), 1);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Server> m_server;
};

QTEST_MAIN(TestAppSync)
#include "tst_app_sync.moc"
