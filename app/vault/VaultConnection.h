// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "SecureBytes.h"
#include "VaultSalt.h"

#include <memory>
#include <QCoreApplication>
#include <QString>

namespace rebind {

class SqliteDatabase;

// Opening one vault file with a known key: the SQLCipher connection with Rebind's settings, the
// read-only checks that tell a wrong key from damage, the recovery of a write that a crash
// interrupted, and the encrypted copy a passphrase change or a backup re-encryption writes.
// Vault and VaultBackups share it, so every file Rebind trusts went through the same checks.
class VaultConnection
{
    Q_DECLARE_TR_FUNCTIONS(VaultConnection)

public:
    enum class Mode
    {
        ReadOnly,
        ReadWrite,
        Create
    };

    // How long a connection waits for another one's SQLite lock.
    static constexpr int kBusyTimeoutMs = 5000;

    static Result<std::unique_ptr<SqliteDatabase>>
    connect(const QString& path, Mode mode, const SecureBytes& key, const VaultSalt& salt);

    // Everything that can be checked without writing: the key opens page 1, the file is
    // Rebind's, not too new, and intact. Returns the schema version.
    static Result<int> verify(const QString& path, const SecureBytes& key, const VaultSalt& salt);
    static Result<int> verify(SqliteDatabase& db);

    // True when a crash left a rollback journal or a write-ahead log beside path.
    static bool hasInterruptedWrite(const QString& path);
    // Rolls an interrupted write back, but only with the right key: the rollback is first tried
    // on a copy of the file and its journal, so that a wrong key (or damage) leaves the real
    // file exactly as it was. The caller holds the vault's lock file.
    static Result<void> recoverInterruptedWrite(const QString& path, const SecureBytes& key,
                                                const VaultSalt& salt);

    // Writes a complete copy of source's main database, encrypted with key and salt, to the new
    // file target (sqlcipher_export), with the schema version and application id that 3.x's
    // export does not copy, flushed to the disk and verified by opening it again.
    static Result<void> exportTo(SqliteDatabase& source, const QString& target,
                                 const SecureBytes& key, const VaultSalt& salt);

    // The vault's own file and the SQLite files that may stand beside it.
    static QStringList sideFiles(const QString& path);

    // Anything failing after page 1 decrypted is damage, not a wrong passphrase.
    static Error asDamage(const Error& error);
};

} // namespace rebind
