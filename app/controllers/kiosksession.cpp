// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "controllers/kiosksession.h"
#include "controllers/staffpin.h"

#include <QCoreApplication>
#include <QEvent>

KioskSession::KioskSession(QObject *parent) : QObject(parent)
{
    m_idle.setSingleShot(true);
    connect(&m_idle, &QTimer::timeout, this, &KioskSession::enterWarning);
    connect(&m_countdown, &QTimer::timeout, this, &KioskSession::tick);
    m_nightCheck.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_nightCheck, &QTimer::timeout, this, &KioskSession::updateBlanked);
}

KioskSession::~KioskSession()
{
    if (m_running && QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

void KioskSession::setRunning(bool running)
{
    if (m_running == running)
        return;
    m_running = running;
    if (auto *app = QCoreApplication::instance()) {
        if (running)
            app->installEventFilter(this);
        else
            app->removeEventFilter(this);
    }
    if (running) {
        restart();
    } else {
        m_idle.stop();
        m_countdown.stop();
        setWarning(false);
    }
    updateBlanked();
    Q_EMIT runningChanged();
}

void KioskSession::setIdleTimeout(int ms)
{
    ms = qMax(1, ms);
    if (m_idleTimeout == ms)
        return;
    m_idleTimeout = ms;
    if (m_running && !m_warning)
        m_idle.start(m_idleTimeout);
    Q_EMIT timeoutsChanged();
}

void KioskSession::setWarningTimeout(int ms)
{
    ms = qMax(1, ms);
    if (m_warningTimeout == ms)
        return;
    m_warningTimeout = ms;
    Q_EMIT timeoutsChanged();
}

bool KioskSession::checkStaffPin(const QString &pin) const
{
    // Argon2id (libsodium): a short PIN cannot be read back from the kiosk's configuration.
    return !pin.isEmpty() && StaffPinGuard::verify(m_pinHash, pin);
}

void KioskSession::stillHere()
{
    if (!m_warning)
        return;
    ++m_extensions;
    m_countdown.stop();
    setWarning(false);
    if (m_running)
        m_idle.start(m_idleTimeout);
}

void KioskSession::poke()
{
    if (m_running && !m_warning)
        m_idle.start(m_idleTimeout);
}

void KioskSession::restart()
{
    m_countdown.stop();
    m_extensions = 0;
    setWarning(false);
    if (m_running)
        m_idle.start(m_idleTimeout);
}

bool KioskSession::setNightHours(const QString &window)
{
    if (window.isEmpty()) {
        m_night.reset();
        m_nightCheck.stop();
    } else {
        const auto parsed = Meedoen::DailyWindow::parse(window);
        if (!parsed)
            return false;
        m_night = parsed;
        m_nightCheck.start(60'000);
    }
    updateBlanked();
    return true;
}

void KioskSession::updateBlanked()
{
    const bool blanked = m_running && m_quiet && m_night && m_night->contains(m_clock().time());
    if (blanked == m_blanked)
        return;
    m_blanked = blanked;
    Q_EMIT blankedChanged();
}

bool KioskSession::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::TouchBegin:
    case QEvent::KeyPress:
    case QEvent::Wheel:
        m_quiet = false;
        updateBlanked();
        poke();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void KioskSession::enterWarning()
{
    m_warningClock.start();
    m_secondsLeft = (m_warningTimeout + 999) / 1000;
    Q_EMIT secondsLeftChanged();
    setWarning(true);
    m_countdown.start(qMin(250, m_warningTimeout));
}

void KioskSession::tick()
{
    const qint64 left = m_warningTimeout - m_warningClock.elapsed();
    const int seconds = int(qMax<qint64>(0, (left + 999) / 1000));
    if (seconds != m_secondsLeft) {
        m_secondsLeft = seconds;
        Q_EMIT secondsLeftChanged();
    }
    if (left <= 0) {
        m_countdown.stop();
        setWarning(false);
        Q_EMIT timedOut();
        // The session is over and nobody answered: at night the screen goes dark.
        m_quiet = true;
        updateBlanked();
        if (m_running)
            m_idle.start(m_idleTimeout);
    }
}

void KioskSession::setWarning(bool warning)
{
    if (m_warning == warning)
        return;
    m_warning = warning;
    Q_EMIT warningChanged();
}
