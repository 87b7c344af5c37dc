// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "SecureBytes.h"
#include "VaultSalt.h"

#include <optional>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace rebind {

class SqliteDatabase;

// One automatic backup: an exact, still encrypted copy of the vault file.
struct VaultBackup
{
    QString id;   // "20261206-201918-import", what `rebind-cli backups restore` takes
    QString path; // the file in <vault>.backups/
    QDateTime created;
    QString reason; // one of VaultBackups' reason keys
    qint64 size = 0;
};

// The encrypted copies Rebind keeps in <vault>.backups/ before every risky rewrite (migration,
// passphrase change, import, merge, restore). A backup is a byte copy of the vault file taken
// while a read lock keeps writers out, so it opens with the vault's current passphrase and key;
// nothing is ever decrypted to make one. The newest `keep` are kept.
class VaultBackups
{
    Q_DECLARE_TR_FUNCTIONS(VaultBackups)

public:
    static const QString kMigration;
    static const QString kPassphrase;
    static const QString kImport;
    static const QString kMerge;
    static const QString kRestore;

    explicit VaultBackups(QString vaultPath);

    QString folder() const;
    // Newest first.
    QList<VaultBackup> list() const;
    // By id, or by its number in list() counted from 1 (newest).
    std::optional<VaultBackup> find(const QString& idOrNumber) const;

    // Copies the vault as db (a connection to it) has it now, then keeps the newest `keep`.
    Result<VaultBackup> create(SqliteDatabase& db, const QString& reason, int keep);
    // A byte copy of the vault file (and a rollback journal beside it) without opening it: for
    // a file that does not open, kept before it is replaced.
    Result<VaultBackup> createRaw(const QString& reason, int keep);
    void rotate(int keep);

    // After a passphrase change: re-encrypts every backup made under oldKey/oldSalt to key/salt,
    // so the old passphrase opens nothing. A backup that cannot be converted is removed; the
    // returned messages say which.
    QStringList reencrypt(const SecureBytes& oldKey, const VaultSalt& oldSalt,
                          const SecureBytes& key, const VaultSalt& salt);

    // "before a passphrase change", … (translated).
    static QString reasonText(const QString& reason);

private:
    Result<QString> newBackupPath(const QString& reason) const;
    // Renames target + ".tmp" (a complete copy, when copied is ok) to target, then rotates.
    Result<VaultBackup> place(const QString& target, Result<void> copied, int keep);

    QString m_vaultPath;
};

} // namespace rebind
