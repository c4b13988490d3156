// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>

class AppContext;
class QQuickWindow;
class QSocketNotifier;

// `meedoen --tour DIR --tour-step-sync`: after each step of the tour the app prints
// "tour-step NAME LANGUAGE" on standard output and waits for a line on standard input
// before it goes on, so that a program outside (tests/a11y/walk_tree.py) sees every screen
// settled. The event loop keeps running meanwhile (the screen reader's questions are
// answered on it). Lines understood:
//   next        go on with the tour
//   lang CODE   show the same screen in another language, then announce it again
// Without the option the tour does not wait. QML singleton TourStepSync.
class TourStepSync : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool waiting READ isWaiting NOTIFY waitingChanged)
    // --tour-step-sync given: a screen reader reads each screen.
    Q_PROPERTY(bool enabled READ isEnabled CONSTANT)

public:
    TourStepSync(AppContext *context, bool enabled, QObject *parent = nullptr);
    ~TourStepSync() override;
    static TourStepSync *create(QQmlEngine *, QJSEngine *);

    bool isWaiting() const { return m_waiting; }
    bool isEnabled() const { return m_enabled; }
    // Called by the tour once the step's screen is shown; waits (if enabled) for a line.
    Q_INVOKABLE void stepShown(QQuickWindow *window, const QString &name);

Q_SIGNALS:
    void waitingChanged();

private:
    void readInput();
    void handleLine(const QByteArray &line);
    void announce();
    void setWaiting(bool waiting);

    static TourStepSync *s_instance;
    AppContext *m_context;
    bool m_enabled;
    bool m_waiting = false;
    QString m_step;
    QPointer<QQuickWindow> m_window;
    QSocketNotifier *m_input = nullptr;
    QByteArray m_buffer;
};
