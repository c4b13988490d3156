// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A real full disk for the tests: a small tmpfs mounted for the test's lifetime and filled
// to its last byte with one file. Mounting needs the right to (root, CAP_SYS_ADMIN); a test
// skips where it is not given.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QString>

namespace Fixtures {

using namespace Qt::StringLiterals;

// A tmpfs of `megabytes` at `path` while this lives; mounted() false where mounting is not
// allowed (not root, a container without CAP_SYS_ADMIN).
class SmallDisk
{
public:
    SmallDisk(const QString &path, int megabytes) : m_path(path)
    {
        QDir().mkpath(path);
        QProcess mount;
        mount.setProcessChannelMode(QProcess::MergedChannels);
        mount.start(u"mount"_s, {u"-t"_s, u"tmpfs"_s, u"-o"_s, u"size=%1m,mode=0700"_s.arg(megabytes), u"tmpfs"_s, path});
        m_mounted = mount.waitForFinished(20000) && mount.exitStatus() == QProcess::NormalExit && mount.exitCode() == 0;
        m_error = QString::fromLocal8Bit(mount.readAll()).trimmed();
    }
    ~SmallDisk()
    {
        // Lazily if something still holds a file open on it: never left mounted.
        if (m_mounted && QProcess::execute(u"umount"_s, {m_path}) != 0)
            QProcess::execute(u"umount"_s, {u"-l"_s, m_path});
    }
    SmallDisk(const SmallDisk &) = delete;
    SmallDisk &operator=(const SmallDisk &) = delete;

    bool mounted() const { return m_mounted; }
    QString error() const { return m_error; }

    // Fills the disk to its last byte with one file; its size, or -1.
    qint64 fill(const QString &name)
    {
        QFile f(QDir(m_path).filePath(name));
        if (!f.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
            return -1;
        for (qint64 chunk = 1024 * 1024; chunk >= 512; chunk /= 2) {
            const QByteArray bytes(chunk, '\0');
            while (f.write(bytes) == chunk) {
            }
            f.unsetError();
        }
        f.close();
        return f.size();
    }

private:
    QString m_path;
    bool m_mounted = false;
    QString m_error;
};

} // namespace Fixtures
