// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The kiosk appliance under systemd: READY=1 once the first frame is shown, then WATCHDOG=1
// pings from the event loop, read from a notify socket of the test's own (as systemd would).

#include "controllers/servicenotifier.h"

#include <QSocketNotifier>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

class TestServiceNotifier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readyThenWatchdogPings()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QByteArray path = dir.filePath(u"notify"_s).toLocal8Bit();
        const int fd = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
        QVERIFY(fd >= 0);
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        QVERIFY(size_t(path.size()) < sizeof address.sun_path);
        std::memcpy(address.sun_path, path.constData(), size_t(path.size()));
        QCOMPARE(::bind(fd, reinterpret_cast<const sockaddr *>(&address), sizeof address), 0);

        QStringList received;
        QSocketNotifier readable(qintptr(fd), QSocketNotifier::Read);
        connect(&readable, &QSocketNotifier::activated, this, [&] {
            char buffer[256];
            ssize_t n;
            while ((n = ::recv(fd, buffer, sizeof buffer, 0)) > 0)
                received += QString::fromUtf8(buffer, n).split(u'\n');
        });

        qputenv("NOTIFY_SOCKET", path);
        qputenv("WATCHDOG_USEC", "200000"); // 200 ms: a ping every 100 ms
        ServiceNotifier notifier;
        QCOMPARE(notifier.watchdogIntervalMs(), 0);
        notifier.ready();
        QCOMPARE(notifier.watchdogIntervalMs(), 100);
        QTRY_VERIFY(received.contains(u"READY=1"_s));
        // Pings keep coming while the event loop runs.
        QTRY_VERIFY_WITH_TIMEOUT(received.count(u"WATCHDOG=1"_s) >= 3, 10000);
        qunsetenv("NOTIFY_SOCKET");
        qunsetenv("WATCHDOG_USEC");
        ::close(fd);
    }

    // Outside systemd nothing is sent and no timer runs.
    void nothingOutsideSystemd()
    {
        qunsetenv("NOTIFY_SOCKET");
        ServiceNotifier notifier;
        notifier.ready();
        QCOMPARE(notifier.watchdogIntervalMs(), 0);
    }
};

QTEST_GUILESS_MAIN(TestServiceNotifier)
#include "tst_servicenotifier.moc"
