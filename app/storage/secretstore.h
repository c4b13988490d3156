// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Where a device keeps its secrets — the device token — instead of the database: a copy of
// meedoen.db (a backup, a support bundle, a stolen SD card) then holds no credential
// (docs/security/text.md, "Secrets at rest").
//
// - FileSecretStore: one file of mode 0600 per secret beside the database (kiosk, and any
//   device without a secret service), written atomically.
// - KeychainSecretStore: the platform keychain through QtKeychain (phone, tablet: the Secret
//   Service on Linux, the Android keystore), when built with it.
// - MemorySecretStore: for a database without a file (":memory:").
//
// moveTokenOutOfDatabase() is the device migration for databases written before: it moves a
// token found in sync_state into the store, deletes the row and truncates the write-ahead log.

#include <QByteArray>
#include <QHash>
#include <QString>

#include <memory>
#include <optional>

class Database;

class SecretStore
{
public:
    virtual ~SecretStore() = default;
    // The secret, empty when there is none; nullopt when the store cannot be read.
    virtual std::optional<QByteArray> read(const QString &name) = 0;
    virtual bool write(const QString &name, const QByteArray &value) = 0;
    virtual bool remove(const QString &name) = 0;

    // The store for the database at `databasePath`: a file store beside it, or memory when
    // the database has no file.
    static std::unique_ptr<SecretStore> besideDatabase(const QString &databasePath);
    // The platform keychain when built with QtKeychain and `preferKeychain`, else besideDatabase().
    static std::unique_ptr<SecretStore> forDevice(const QString &databasePath, bool preferKeychain);
};

class FileSecretStore : public SecretStore
{
public:
    // Secrets live in `<databasePath>.<name>`.
    explicit FileSecretStore(QString databasePath) : m_base(std::move(databasePath)) {}
    std::optional<QByteArray> read(const QString &name) override;
    bool write(const QString &name, const QByteArray &value) override;
    bool remove(const QString &name) override;
    QString pathOf(const QString &name) const { return m_base + u'.' + name; }

private:
    QString m_base;
};

class MemorySecretStore : public SecretStore
{
public:
    std::optional<QByteArray> read(const QString &name) override { return m_secrets.value(name); }
    bool write(const QString &name, const QByteArray &value) override
    {
        m_secrets.insert(name, value);
        return true;
    }
    bool remove(const QString &name) override
    {
        m_secrets.remove(name);
        return true;
    }

private:
    QHash<QString, QByteArray> m_secrets;
};

// The migration: a token kept in sync_state (before the store existed) is written to `store`,
// read back, then deleted from the database and the write-ahead log truncated. True when no
// token is left in the database.
bool moveTokenOutOfDatabase(Database &database, SecretStore &store, const QString &key);
