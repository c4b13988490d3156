// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// meedoen_bench_baseline: the smallest Qt Quick Controls (Basic) app, measured with the
// very same startup probe as meedoen, so bench_startup.sh can report meedoen's first frame
// and memory relative to what Qt Quick costs anyway.

#include "tour/startupprobe.h"

#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();

    QGuiApplication app(argc, argv);
    QQuickStyle::setStyle(u"Basic"_s);
    const bool probe = QGuiApplication::arguments().contains(u"--startup-probe"_s);

    QQmlApplicationEngine engine;
    QObject::connect(
        &engine, &QQmlApplicationEngine::objectCreationFailed, &app, [] { QCoreApplication::exit(1); },
        Qt::QueuedConnection);
    engine.load(QUrl(u"qrc:/MeedoenBenchBaseline/Main.qml"_s));
    if (engine.rootObjects().isEmpty())
        return 1;
    if (probe) {
        if (auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst()))
            StartupProbe::attach(window, sinceStart);
    }
    const int exitCode = app.exec();
    StartupProbe::reportResidentOnExit();
    return exitCode;
}
