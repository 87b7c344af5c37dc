// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "KdfParams.h"
#include "Result.h"
#include "SecureBytes.h"
#include "VaultBackups.h"
#include "VaultSalt.h"

#include <chrono>
#include <memory>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace rebind {

class SqliteDatabase;
class VaultLock;

// One open, decrypted vault file. Destroying it (or lock()) closes the connection, releases the
// lock file and wipes the key. The file is one SQLCipher database; see KdfParams.h for how the
// key is derived and where its parameters are recorded.
//
// A vault opened for writing holds <vault>.lock (VaultLock) for as long as it is open, so that
// only one process writes at a time. Rewrites of the whole file (passphrase change, restore)
// write a new file beside the vault and rename it into place: at every instant the file on disk
// opens with exactly one key.
class Vault
{
    Q_DECLARE_TR_FUNCTIONS(Vault)

public:
    enum class Access
    {
        ReadWrite,
        // No lock file, no writes; for looking while another program holds the vault. A hot
        // journal or an older schema still needs the lock, briefly, to be put right.
        ReadOnly
    };
    struct OpenOptions
    {
        Access access = Access::ReadWrite;
        // How long to wait for another holder of the lock file.
        std::chrono::milliseconds lockWait{0};
        // Automatic backups kept in <vault>.backups/ (AppSettings::backupsToKeep).
        int backupsToKeep = 5;
    };

    ~Vault();
    Vault(const Vault&) = delete;
    Vault& operator=(const Vault&) = delete;

    // Creates a new vault at path (which must not exist). Written under a temporary name and
    // renamed into place, so a failure leaves nothing behind.
    static Result<std::unique_ptr<Vault>> create(const QString& path, const QString& passphrase,
                                                 const KdfParams& params);
    static Result<std::unique_ptr<Vault>> open(const QString& path, const QString& passphrase);
    static Result<std::unique_ptr<Vault>> open(const QString& path, const QString& passphrase,
                                               const OpenOptions& options);
    // With a key remembered in the keychain.
    static Result<std::unique_ptr<Vault>> openWithKey(const QString& path, SecureBytes key);
    static Result<std::unique_ptr<Vault>> openWithKey(const QString& path, SecureBytes key,
                                                      const OpenOptions& options);
    // The id a keychain entry for this file is stored under, read without decrypting anything.
    static Result<QString> peekVaultId(const QString& path);

    // Replaces the vault file at path by a backup (by id or number, see VaultBackups::find),
    // for when the vault does not open (or is not open): the backup must open with passphrase;
    // the current file is kept as a backup first, whatever state it is in.
    static Result<VaultBackup> restoreBackup(const QString& path, const QString& backupId,
                                             const QString& passphrase, const OpenOptions& options);

    bool isOpen() const;
    bool isReadOnly() const { return m_access == Access::ReadOnly; }
    void lock();

    // Verifies the current passphrase, keeps a backup, writes a copy of the vault encrypted with
    // a key from a fresh salt and params beside it, re-opens that copy with the new key, and
    // only then renames it over the vault; then re-encrypts the backups. The vault id changes
    // with the salt. The in-memory key changes only after the file did.
    Result<void> changePassphrase(const QString& current, const QString& replacement,
                                  const KdfParams& params);
    // Problems met re-encrypting backups after the last passphrase change (each one removed).
    QStringList backupWarnings() const { return m_backupWarnings; }

    // The full check of the open file (VaultConnection::Check::Full): every page, every index
    // against its table, every reference between rows. Opens check less (see
    // VaultConnection::Check).
    Result<void> checkIntegrity();

    // Keeps an encrypted copy of the vault as it is now (before an import or a merge).
    Result<VaultBackup> backup(const QString& reason);
    // Replaces the open vault by one of its backups (made under the current key), after
    // keeping the current state as a backup. The connection follows the new file.
    Result<VaultBackup> restoreBackup(const QString& backupId);
    VaultBackups backups() const { return VaultBackups(m_path); }
    void setBackupsToKeep(int count) { m_backupsToKeep = count; }

    // Re-opens the connection, for when the file was replaced behind our back (a file synced
    // from another computer): objects holding database() follow.
    Result<void> reconnect();
    // Changes whenever another connection commits to the file (PRAGMA data_version).
    Result<qint64> changeCounter();
    // True when the name now points at another file than the one open (renamed over it).
    bool fileWasReplaced() const;

    QString path() const { return m_path; }
    QString vaultId() const { return m_salt.vaultId(); }
    KdfParams kdfParams() const { return m_salt.params(); }
    // For remembering in the keychain only.
    const SecureBytes& key() const { return m_key; }
    SqliteDatabase& database();

private:
    Vault(QString path, VaultSalt salt, SecureBytes key, std::unique_ptr<SqliteDatabase> db,
          std::unique_ptr<VaultLock> lock, Access access);
    static Result<VaultSalt> readSalt(const QString& path);
    static Result<std::unique_ptr<Vault>> openVerified(const QString& path, const VaultSalt& salt,
                                                       SecureBytes key, const OpenOptions& options);
    // Puts source (a verified file beside the vault) in the vault's place.
    static Result<void> replaceFile(const QString& source, const QString& path);

    QString m_path;
    VaultSalt m_salt;
    SecureBytes m_key;
    std::unique_ptr<SqliteDatabase> m_db;
    std::unique_ptr<VaultLock> m_lock;
    QByteArray m_fileIdentity;
    Access m_access = Access::ReadWrite;
    int m_backupsToKeep = 5;
    QStringList m_backupWarnings;
};

} // namespace rebind
