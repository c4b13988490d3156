// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/secretstore.h"

#include "storage/database.h"
#include "storage/syncstaterepository.h"

#include <QFile>
#include <QLoggingCategory>

#ifdef MEEDOEN_HAVE_QTKEYCHAIN
#include <QCryptographicHash>
#include <QEventLoop>
#include <QTimer>
#include <qt6keychain/keychain.h>
#endif

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSecrets, "meedoen.secrets")

namespace {

constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

bool hasFile(const QString &databasePath)
{
    return !databasePath.isEmpty() && databasePath != ":memory:"_L1 && !databasePath.startsWith("file::memory:"_L1);
}

#ifdef MEEDOEN_HAVE_QTKEYCHAIN
// The keychain's jobs are asynchronous; a secret is read once at start and written once at
// enrolment, so waiting for the answer (at most 10 s) keeps the callers simple.
class KeychainSecretStore : public SecretStore
{
public:
    // One entry per data folder: two test or demo installations do not share a token.
    explicit KeychainSecretStore(const QString &databasePath)
        : m_account(QString::fromLatin1(
              QCryptographicHash::hash(databasePath.toUtf8(), QCryptographicHash::Sha256).toHex().left(16)))
    {
    }

    std::optional<QByteArray> read(const QString &name) override
    {
        QKeychain::ReadPasswordJob job(u"meedoen"_s);
        job.setAutoDelete(false);
        job.setKey(name + u'@' + m_account);
        if (!run(job)) {
            if (job.error() == QKeychain::EntryNotFound)
                return QByteArray();
            return std::nullopt;
        }
        return job.binaryData();
    }

    bool write(const QString &name, const QByteArray &value) override
    {
        QKeychain::WritePasswordJob job(u"meedoen"_s);
        job.setAutoDelete(false);
        job.setKey(name + u'@' + m_account);
        job.setBinaryData(value);
        return run(job);
    }

    bool remove(const QString &name) override
    {
        QKeychain::DeletePasswordJob job(u"meedoen"_s);
        job.setAutoDelete(false);
        job.setKey(name + u'@' + m_account);
        return run(job) || job.error() == QKeychain::EntryNotFound;
    }

    // Whether a secret service answers at all (a locked or absent one does not).
    bool works() { return read(u"probe"_s).has_value(); }

private:
    static bool run(QKeychain::Job &job)
    {
        QEventLoop loop;
        bool finished = false;
        QObject::connect(&job, &QKeychain::Job::finished, &loop, [&finished, &loop] {
            finished = true;
            loop.quit();
        });
        QTimer::singleShot(10000, &loop, &QEventLoop::quit);
        job.start(); // may finish at once or later; either way through the signal
        if (!finished)
            loop.exec();
        return finished && job.error() == QKeychain::NoError;
    }

    QString m_account;
};
#endif

} // namespace

std::unique_ptr<SecretStore> SecretStore::besideDatabase(const QString &databasePath)
{
    if (!hasFile(databasePath))
        return std::make_unique<MemorySecretStore>();
    return std::make_unique<FileSecretStore>(databasePath);
}

std::unique_ptr<SecretStore> SecretStore::forDevice(const QString &databasePath, bool preferKeychain)
{
#ifdef MEEDOEN_HAVE_QTKEYCHAIN
    if (preferKeychain && hasFile(databasePath)) {
        auto keychain = std::make_unique<KeychainSecretStore>(databasePath);
        if (keychain->works())
            return keychain;
        qCInfo(lcSecrets) << "no secret service answers; the token is kept in a file of mode 0600";
    }
#else
    Q_UNUSED(preferKeychain)
#endif
    return besideDatabase(databasePath);
}

std::optional<QByteArray> FileSecretStore::read(const QString &name)
{
    QFile file(pathOf(name));
    if (!file.exists())
        return QByteArray();
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    // A file someone else could read is a secret no more: tighten it (an older copy, a
    // restore from a backup that lost the mode).
    if (file.permissions() & ~(kOwnerOnly | QFileDevice::ReadUser | QFileDevice::WriteUser))
        file.setPermissions(kOwnerOnly);
    return file.readAll();
}

bool FileSecretStore::write(const QString &name, const QByteArray &value)
{
    // Written beside, flushed to disk, then renamed over: a power cut leaves the old secret
    // or the new one, never half of one. Created 0600, so no moment exists in which the file
    // is readable by others.
    const QString target = pathOf(name);
    const QString temporary = target + u".new"_s;
    QFile file(temporary);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate, kOwnerOnly))
        return false;
    const bool written = file.setPermissions(kOwnerOnly) && file.write(value) == value.size() && file.flush()
                         && ::fsync(file.handle()) == 0;
    file.close();
    if (!written || std::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(target).constData()) != 0) {
        QFile::remove(temporary);
        return false;
    }
    return true;
}

bool FileSecretStore::remove(const QString &name)
{
    QFile file(pathOf(name));
    return !file.exists() || file.remove();
}

bool moveTokenOutOfDatabase(Database &database, SecretStore &store, const QString &key)
{
    SyncStateRepository state(database.connection());
    const QString inDatabase = state.value(key);
    if (inDatabase.isEmpty())
        return true;
    // A token already in the store is the newer one; otherwise keep the database's, and only
    // delete it once the store gives it back.
    const auto stored = store.read(key);
    if (!stored)
        return false;
    if (stored->isEmpty() && (!store.write(key, inDatabase.toLatin1()) || store.read(key) != inDatabase.toLatin1()))
        return false;
    // secure_delete overwrites the row's bytes; the write-ahead log keeps the old page until
    // it is truncated.
    if (!state.remove(key) || !database.checkpointTruncate())
        return false;
    qCInfo(lcSecrets) << "the device token moved out of the database";
    return true;
}
