// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/passwordchecks.h"

#include "server/password.h"

#include <QPointer>
#include <QThread>

#include <algorithm>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace Server {

namespace {

// Linux keeps a nice value per thread: a worker at 5 weighs a third of the event loop when
// both want a core, so pulls and pushes go first when the machine is busy, yet a check
// still finishes in seconds on a machine loaded many times over (lower starved them).
void lowerThisThreadsPriority()
{
#ifdef Q_OS_LINUX
    thread_local const bool lowered = ::setpriority(PRIO_PROCESS, id_t(::syscall(SYS_gettid)), 5) == 0;
    Q_UNUSED(lowered);
#endif
}

} // namespace

PasswordChecks::PasswordChecks(int workers, int queue)
    : m_workers(workers > 0 ? workers : std::max(1, QThread::idealThreadCount() <= 2 ? 1 : QThread::idealThreadCount() / 2)),
      m_capacity(m_workers + std::max(0, queue))
{
    m_pool.setMaxThreadCount(m_workers);
    m_pool.setExpiryTimeout(-1);
    // The dummy hash is made now, so the first unknown login costs no more than a known one.
    m_pool.start([] {
        lowerThisThreadsPriority();
        Password::dummyHash();
    });
}

void PasswordChecks::waitUntilWarm() const
{
    // A function-local static: this waits for the worker's initialisation, or makes it.
    Password::dummyHash();
}

PasswordChecks::~PasswordChecks()
{
    m_pool.clear();
    m_pool.waitForDone();
}

bool PasswordChecks::submit(const QByteArray &encodedHash, const QString &password, QObject *context,
                            std::function<void(bool matched)> done)
{
    if (m_inFlight >= m_capacity)
        return false;
    ++m_inFlight;
    QPointer<QObject> target(context);
    m_pool.start([this, encodedHash, password, target, done = std::move(done)]() mutable {
        lowerThisThreadsPriority();
        QElapsedTimer timer;
        timer.start();
        // An unknown login is verified too, against a hash nobody can match, at the same cost.
        const bool matched = Password::verify(encodedHash.isEmpty() ? Password::dummyHash() : encodedHash, password)
                             && !encodedHash.isEmpty();
        const qint64 ms = timer.elapsed();
        QMetaObject::invokeMethod(
            &m_home,
            [this, matched, ms, target, done = std::move(done)] {
                --m_inFlight;
                m_averageMs = (m_averageMs * 7 + ms) / 8;
                if (target)
                    done(matched);
            },
            Qt::QueuedConnection);
    });
    return true;
}

int PasswordChecks::retryAfterSeconds() const
{
    const qint64 ms = m_averageMs * m_inFlight / m_workers;
    return int(std::max<qint64>(1, (ms + 999) / 1000));
}

} // namespace Server
