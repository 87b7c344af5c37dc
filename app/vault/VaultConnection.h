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

    // How much of the file verify() reads to call it intact. SQLCipher authenticates every page
    // as it is read, so damage to a page never goes unnoticed; what the checks add is finding it
    // before it matters. At 10,000 bindings (a 5 MiB file; bench_vault VAULT PASSPHRASE) Header
    // costs nothing measurable, Quick 25-70 ms and Full 70-80 ms, on this project's 2-core VM.
    //  - Header: the key, the application id and the schema version only (page 1). Enough for
    //    reading: a command that only reads meets any damaged page it needs as an error, and
    //    changes nothing. Read-only opens ("list", "plan", "export") use it.
    //  - Quick: SQLite's quick_check, every page and b-tree, but not each index against its
    //    table. Read-write opens use it, so that nothing is written into a damaged file.
    //  - Full: integrity_check and the foreign keys. For files that have just been through
    //    something: a crash rolled back, a backup about to be restored, the re-encrypted copy
    //    of a passphrase change, and on demand ("rebind-cli check").
    enum class Check
    {
        Header,
        Quick,
        Full
    };

    // Everything that can be checked without writing: the key opens page 1, the file is
    // Rebind's, not too new, and intact. Returns the schema version.
    static Result<int> verify(const QString& path, const SecureBytes& key, const VaultSalt& salt,
                              Check check);
    static Result<int> verify(SqliteDatabase& db, Check check);

    // A read-only connection that passed verify(), kept open for the reads that follow (the
    // pages the check decrypted stay in its cache).
    struct Verified
    {
        std::unique_ptr<SqliteDatabase> db;
        int version = 0;
    };
    static Result<Verified> connectVerified(const QString& path, const SecureBytes& key,
                                            const VaultSalt& salt, Check check);

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
