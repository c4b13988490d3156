// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/dailywindow.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QQmlEngine>
#include <QTimer>

#include <functional>
#include <optional>

// A tenant's turn at a public kiosk. After idleTimeout without a touch or key, it warns
// ("Ben je er nog?") for warningTimeout; unless the tenant says they are still there, it
// emits timedOut() and the UI wipes everything. Timeouts are properties so tests run fast.
// Also guards the staff-only exit with a PIN, and keeps the screen dark at night (the
// configured hours, MEEDOEN_KIOSK_NIGHT) while nobody uses the kiosk: a touch wakes it.
class KioskSession : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by AppContext")
    Q_PROPERTY(bool running READ isRunning WRITE setRunning NOTIFY runningChanged)
    Q_PROPERTY(int idleTimeout READ idleTimeout WRITE setIdleTimeout NOTIFY timeoutsChanged)
    Q_PROPERTY(int warningTimeout READ warningTimeout WRITE setWarningTimeout NOTIFY timeoutsChanged)
    Q_PROPERTY(bool warning READ isWarning NOTIFY warningChanged)
    Q_PROPERTY(int secondsLeft READ secondsLeft NOTIFY secondsLeftChanged)
    Q_PROPERTY(int extensions READ extensions NOTIFY warningChanged)
    Q_PROPERTY(bool staffExitAvailable READ staffExitAvailable CONSTANT)
    // Night and nobody here: the UI shows a dark screen until the next touch.
    Q_PROPERTY(bool blanked READ isBlanked NOTIFY blankedChanged)

public:
    explicit KioskSession(QObject *parent = nullptr);
    ~KioskSession() override;

    bool isRunning() const { return m_running; }
    void setRunning(bool running);
    int idleTimeout() const { return m_idleTimeout; }
    void setIdleTimeout(int ms);
    int warningTimeout() const { return m_warningTimeout; }
    void setWarningTimeout(int ms);
    bool isWarning() const { return m_warning; }
    int secondsLeft() const { return m_secondsLeft; }
    int extensions() const { return m_extensions; }

    // The staff PIN as an Argon2id string (StaffPinGuard::hash, `meedoen --hash-staff-pin`);
    // empty disables the staff exit.
    void setStaffPinHash(const QString &argon2id) { m_pinHash = argon2id; }
    bool staffExitAvailable() const { return !m_pinHash.isEmpty(); }
    Q_INVOKABLE bool checkStaffPin(const QString &pin) const;

    // The tenant touched "Ik ben er nog".
    Q_INVOKABLE void stillHere();
    // Any input: the idle clock starts again (not while the warning shows).
    Q_INVOKABLE void poke();
    // A new tenant's turn: no warning, idle clock from zero.
    Q_INVOKABLE void restart();

    // "22:00-07:00" (Meedoen::DailyWindow); empty: never dark. False for any other text.
    bool setNightHours(const QString &window);
    bool isBlanked() const { return m_blanked; }
    // The wall clock, replaceable in tests.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    // Looks at the clock again (also every minute by itself).
    void updateBlanked();

Q_SIGNALS:
    void runningChanged();
    void timeoutsChanged();
    void warningChanged();
    void secondsLeftChanged();
    void timedOut();
    void blankedChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void enterWarning();
    void tick();
    void setWarning(bool warning);

    bool m_running = false;
    bool m_warning = false;
    int m_idleTimeout = 60'000;
    int m_warningTimeout = 20'000;
    int m_secondsLeft = 0;
    int m_extensions = 0;
    QString m_pinHash;
    QTimer m_idle;
    QTimer m_countdown;
    QElapsedTimer m_warningClock;
    std::optional<Meedoen::DailyWindow> m_night;
    std::function<QDateTime()> m_clock = [] { return QDateTime::currentDateTime(); };
    QTimer m_nightCheck;
    bool m_quiet = true;    // nobody has touched the kiosk since its last session ended
    bool m_blanked = false;
};
