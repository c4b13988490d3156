// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// "Lees voor" through the real engine, as on a kiosk: Qt's speech-dispatcher plug-in and
// espeak-ng read a Dutch page, and the engine goes from speaking back to ready.
// speech-dispatcher runs privately for the test: its own configuration (espeak-ng only, sound
// to ALSA's "null" device, so no sound card or sound server is needed), its own socket
// (SPEECHD_ADDRESS), nothing of the user's. Skipped only when speech-dispatcher itself is
// not installed; any other failure fails.

#include "controllers/appcontext.h"
#include "controllers/readaloud.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QScopeGuard>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickStyle>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "common/uitesting.h"
#include "shownpageheader.h"

Q_IMPORT_QML_PLUGIN(MeedoenPlugin)
Q_IMPORT_QML_PLUGIN(Meedoen_UiPlugin)

using namespace Qt::StringLiterals;

class TestReadAloudEspeak : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QQuickStyle::setStyle(u"Basic"_s);
        const QString dispatcher = QStandardPaths::findExecutable(u"speech-dispatcher"_s);
        if (dispatcher.isEmpty())
            QSKIP("speech-dispatcher is not installed (scripts/setup-deps.sh installs it)");
        QVERIFY(m_dir.isValid());

        // espeak-ng as the only module; its sound goes to ALSA's null device.
        QVERIFY(QDir(m_dir.path()).mkpath(u"conf/modules"_s));
        QVERIFY(QDir(m_dir.path()).mkpath(u"log"_s));
        QVERIFY(writeFile(m_dir.filePath(u"conf/speechd.conf"_s),
                          "LogLevel 2\n"
                          "AddModule \"espeak-ng\" \"sd_espeak-ng\" \"espeak-ng.conf\"\n"
                          "DefaultModule espeak-ng\n"
                          "AudioOutputMethod \"alsa\"\n"
                          "AudioALSADevice \"null\"\n"));
        QVERIFY(writeFile(m_dir.filePath(u"conf/modules/espeak-ng.conf"_s), ""));

        const QString socket = m_dir.filePath(u"speechd.sock"_s);
        m_dispatcher.setProgram(dispatcher);
        // -s: stays in the foreground (the test ends it); -t: gone a minute after its last client.
        m_dispatcher.setArguments({u"-s"_s, u"-t"_s, u"60"_s, u"-C"_s, m_dir.filePath(u"conf"_s),
                                   u"-c"_s, u"unix_socket"_s, u"-S"_s, socket,
                                   u"-L"_s, m_dir.filePath(u"log"_s), u"-P"_s, m_dir.filePath(u"speechd.pid"_s)});
        m_dispatcher.setProcessChannelMode(QProcess::MergedChannels);
        m_dispatcher.setStandardOutputFile(m_dir.filePath(u"log/stdout"_s));
        m_dispatcher.start();
        QVERIFY2(m_dispatcher.waitForStarted(10000), qPrintable(m_dispatcher.errorString()));
        // Ready once it listens on its socket (or failed when it ended instead). qWaitFor, not
        // QTRY: on a timeout QTRY waits twice as long again to report, past ctest's limit.
        QVERIFY2(QTest::qWaitFor([&] { return QFileInfo::exists(socket) || m_dispatcher.state() == QProcess::NotRunning; },
                                 30000),
                 "speech-dispatcher did not open its socket");
        QVERIFY2(m_dispatcher.state() == QProcess::Running, qPrintable(dispatcherLog()));
        qputenv("SPEECHD_ADDRESS", "unix_socket:" + socket.toLocal8Bit());
    }

    void cleanupTestCase() { stopDispatcher(); }

    // The kiosk's page header in Dutch: pressed, the engine speaks, then is ready again.
    void readsADutchPage()
    {
        UiTesting::TestApp app(AppMode::Kiosk);
        // On failure the dispatcher goes first: a client waiting on a stuck one would hang.
        const auto stopDispatcherOnFailure = qScopeGuard([this] {
            if (QTest::currentTestFailed())
                stopDispatcher();
        });
        ReadAloud *readAloud = app.context().readAloud();
        readAloud->start(u"speechd"_s);
        // Connecting lists espeak-ng's voices: seconds, more on a busy machine.
        QVERIFY2(QTest::qWaitFor([readAloud] { return readAloud->isChecked(); }, 60000), "the engine did not answer");
        QVERIFY2(readAloud->voicedLanguages().contains(u"nl"_s), qPrintable(dispatcherLog()));
        QVERIFY(readAloud->isAvailable());

        QList<bool> speaking;
        connect(readAloud, &ReadAloud::speakingChanged, this, [&speaking, readAloud] {
            speaking.append(readAloud->isSpeaking());
        });

        ShownPageHeader shown(1080);
        QQuickItem *button = shown.button();
        QVERIFY(button);
        QVERIFY(button->isVisible());

        QMetaObject::invokeMethod(button, "clicked");
        QVERIFY2(QTest::qWaitFor([&speaking] { return speaking.size() >= 2; }, 30000), qPrintable(dispatcherLog()));
        QCOMPARE(speaking, (QList<bool>{true, false}));
        QVERIFY(!readAloud->isSpeaking());
        QVERIFY(readAloud->isAvailable());
    }

private:
    void stopDispatcher()
    {
        if (m_dispatcher.state() == QProcess::NotRunning)
            return;
        m_dispatcher.terminate();
        if (!m_dispatcher.waitForFinished(10000))
            m_dispatcher.kill();
    }

    static bool writeFile(const QString &path, const QByteArray &content)
    {
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
    }

    // What speech-dispatcher said, for a failure's message.
    QString dispatcherLog() const
    {
        QString all;
        for (const QString &name : {u"log/stdout"_s, u"log/speech-dispatcher.log"_s, u"log/espeak-ng.log"_s}) {
            QFile file(m_dir.filePath(name));
            if (!file.open(QIODevice::ReadOnly))
                continue;
            // Without the voice list it prints at every connection.
            QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
            lines.removeIf([](const QString &line) { return line.contains("LINE here"_L1); });
            all += name + u":\n"_s + lines.mid(std::max<qsizetype>(0, lines.size() - 20)).join(u'\n') + u'\n';
        }
        return all;
    }

    QTemporaryDir m_dir;
    QProcess m_dispatcher;
};

QTEST_MAIN(TestReadAloudEspeak)

#include "tst_readaloud_espeak.moc"
