// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the tst_*.qml files of one folder (phone/ or kiosk/, MEEDOEN_SCAN_MODE) against the
// real app on a temporary data folder: the identify step with a camera scan. There is no
// camera here, so the tests show QR codes to the scan view's video sink directly.
#include "common/testpaths.h"
#include "controllers/appcontext.h"
#include "core/personalcode.h"
#include "qrframes.h"
#include "controllers/startup.h"

#include <QAudioDevice>
#include <QCameraDevice>
#include <QMediaDevices>
#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QQuickStyle>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QVideoSink>
#include <QtQuickTest>

#include "common/uitesting.h"
#include <memory>

Q_IMPORT_QML_PLUGIN(MeedoenPlugin)
Q_IMPORT_QML_PLUGIN(Meedoen_UiPlugin)

using namespace Qt::StringLiterals;

// What QML cannot make by itself: camera frames and personal codes. Published to the tests
// as the singleton MeedoenTest.FakeCamera.
class FakeCamera : public QObject
{
    Q_OBJECT

public:
    // A valid personal code, the same for the same seed.
    Q_INVOKABLE QString personalCode(int seed) const
    {
        QRandomGenerator rng(quint32(seed + 1));
        return Meedoen::generatePersonalCode(rng);
    }
    // One camera frame showing `text` as a QR code (an empty text: no code) to `sink`.
    Q_INVOKABLE void show(QObject *sink, const QString &text) const
    {
        if (auto *videoSink = qobject_cast<QVideoSink *>(sink))
            videoSink->setVideoFrame(QrFrames::frame(QrFrames::picture(text), QVideoFrameFormat::Format_NV12));
    }
};

namespace {
QtMessageHandler g_previousHandler = nullptr;

// Qt Multimedia asks PulseAudio for the audio devices as soon as it lists cameras; a test
// machine runs no sound server, so that one line is expected here and passed over. Every
// other message goes on as usual.
void passOverMissingSoundServer(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg && message.startsWith("PulseAudioService: pa_context_connect() failed"_L1))
        return;
    g_previousHandler(type, context, message);
}
} // namespace

class Setup : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    void applicationAvailable()
    {
        // Qt Test puts its own message handler in place later, so list the devices now,
        // while this one hears what Qt Multimedia says on its first use.
        g_previousHandler = qInstallMessageHandler(passOverMissingSoundServer);
        QMediaDevices::videoInputs();
        QMediaDevices::audioInputs();
        qInstallMessageHandler(g_previousHandler);
        QStandardPaths::setTestModeEnabled(true);
        QQuickStyle::setStyle(u"Basic"_s);
    }

    void qmlEngineAvailable(QQmlEngine *engine)
    {
        // The scan view comes from the plugin Meedoen.Scan, as in the app (bin/qml).
        engine->addImportPath(TestPaths::qmlPluginDir());
        engine->addImportPath(u"qrc:/"_s);
        qmlRegisterSingletonInstance("MeedoenTest", 1, 0, "FakeCamera", &m_camera);
        m_app.reset();
        m_app = std::make_unique<UiTesting::TestApp>(MEEDOEN_SCAN_MODE);
    }

    void cleanupTestCase() { m_app.reset(); }

private:
    FakeCamera m_camera;
    std::unique_ptr<UiTesting::TestApp> m_app;
};

QUICK_TEST_MAIN_WITH_SETUP(scanflow, Setup)

#include "tst_scanflow.moc"
