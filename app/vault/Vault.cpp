// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Vault.h"

#include "DurableFile.h"
#include "Schema.h"
#include "SqliteDatabase.h"
#include "VaultConnection.h"
#include "VaultKey.h"
#include "VaultLock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

#ifndef Q_OS_WIN
#include <sys/stat.h>
#endif

namespace rebind {

namespace {

using Mode = VaultConnection::Mode;

// Device and inode: which file a name points at, to notice a rename over it.
QByteArray fileIdentity(const QString& path)
{
#ifdef Q_OS_WIN
    Q_UNUSED(path);
    return {};
#else
    struct stat info = {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0) {
        return {};
    }
    return QByteArray::number(qulonglong(info.st_dev)) + ':' +
           QByteArray::number(qulonglong(info.st_ino));
#endif
}

// Temporary files of ours that a crash can leave beside the vault (a copy being written, a
// recovery rehearsal). Removed only by the holder of the lock file, so never while in use.
void removeLeftovers(const QString& path)
{
    const QFileInfo info(path);
    const QDir dir = info.absoluteDir();
    const QString prefix = info.fileName() + QLatin1Char('.');
    const auto entries =
        dir.entryList({prefix + QStringLiteral("*.tmp"), prefix + QStringLiteral("*.tmp-journal"),
                       prefix + QStringLiteral("part-*")},
                      QDir::Files | QDir::Hidden);
    for (const QString& name : entries) {
        QFile::remove(dir.absoluteFilePath(name));
    }
    // Copies being written or re-encrypted in the backup folder.
    const QDir backups(VaultBackups(path).folder());
    const auto partial = backups.entryList(
        {QStringLiteral("*.tmp"), QStringLiteral("*.tmp-journal")}, QDir::Files | QDir::Hidden);
    for (const QString& name : partial) {
        QFile::remove(backups.absoluteFilePath(name));
    }
}

Result<std::unique_ptr<VaultLock>> lockFor(const QString& path, std::chrono::milliseconds wait)
{
    return VaultLock::acquire(path, wait);
}

} // namespace

Vault::Vault(QString path, VaultSalt salt, SecureBytes key, std::unique_ptr<SqliteDatabase> db,
             std::unique_ptr<VaultLock> lock, Access access)
    : m_path(std::move(path)), m_salt(std::move(salt)), m_key(std::move(key)), m_db(std::move(db)),
      m_lock(std::move(lock)), m_fileIdentity(fileIdentity(m_path)), m_access(access)
{}

Vault::~Vault() = default;

bool Vault::isOpen() const
{
    return m_db != nullptr;
}

void Vault::lock()
{
    m_db.reset();
    m_key.clear();
    m_lock.reset();
}

SqliteDatabase& Vault::database()
{
    Q_ASSERT(m_db);
    return *m_db;
}

Result<VaultSalt> Vault::readSalt(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        return makeError(ErrorCode::Missing,
                         tr("There is no vault file at %1.").arg(QDir::toNativeSeparators(path)));
    }
    if (!info.isFile()) {
        return makeError(
            ErrorCode::NotAVault,
            tr("%1 is a folder, not a Rebind vault.").arg(QDir::toNativeSeparators(path)));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(ErrorCode::Unwritable,
                         tr("The vault file %1 cannot be read: %2")
                             .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    const QByteArray head = file.read(VaultSalt::kSize);
    if (head.isEmpty()) {
        return makeError(
            ErrorCode::NotAVault,
            tr("%1 is empty: it is not a Rebind vault.").arg(QDir::toNativeSeparators(path)));
    }
    if (head.startsWith("SQLite format 3")) {
        return makeError(ErrorCode::NotAVault,
                         tr("%1 is an unencrypted database, not a Rebind vault.")
                             .arg(QDir::toNativeSeparators(path)));
    }
    auto salt = VaultSalt::fromHeader(head);
    if (!salt) {
        return makeError(ErrorCode::NotAVault,
                         tr("%1 is not a Rebind vault.").arg(QDir::toNativeSeparators(path)));
    }
    return *salt;
}

Result<QString> Vault::peekVaultId(const QString& path)
{
    auto salt = readSalt(path);
    if (!salt) {
        return salt.error();
    }
    return salt->vaultId();
}

Result<std::unique_ptr<Vault>> Vault::create(const QString& path, const QString& passphrase,
                                             const KdfParams& params)
{
    const QFileInfo info(path);
    if (info.exists()) {
        return makeError(ErrorCode::AlreadyExists,
                         tr("%1 already exists. Choose another name or open it instead.")
                             .arg(QDir::toNativeSeparators(path)));
    }
    if (!QDir().mkpath(info.absolutePath()) || !QFileInfo(info.absolutePath()).isDir()) {
        return makeError(ErrorCode::Unwritable,
                         tr("The folder %1 cannot be created.")
                             .arg(QDir::toNativeSeparators(info.absolutePath())));
    }
    auto lock = lockFor(path, std::chrono::milliseconds(0));
    if (!lock) {
        return lock.error();
    }
    const VaultSalt salt = VaultSalt::generate(params);
    auto key = VaultKey::derive(passphrase, salt);
    if (!key) {
        return key.error();
    }
    const QString partial =
        path + QStringLiteral(".part-") + QUuid::createUuid().toString(QUuid::Id128).left(8);
    const auto discardPartial = [&partial] {
        QFile::remove(partial);
        QFile::remove(partial + QStringLiteral("-journal"));
    };
    {
        auto db = VaultConnection::connect(partial, Mode::Create, *key, salt);
        if (!db) {
            discardPartial();
            return db.error();
        }
        if (auto migrated = Schema::migrate(**db); !migrated) {
            db->reset();
            discardPartial();
            return migrated.error();
        }
    }
    QFile::setPermissions(partial, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (QFileInfo::exists(path)) {
        discardPartial();
        return makeError(ErrorCode::AlreadyExists,
                         tr("%1 already exists. Choose another name or open it instead.")
                             .arg(QDir::toNativeSeparators(path)));
    }
    if (auto placed = DurableFile::replace(partial, path); !placed) {
        discardPartial();
        return makeError(
            placed.code(),
            tr("The vault could not be saved as %1.").arg(QDir::toNativeSeparators(path)));
    }
    auto db = VaultConnection::connect(path, Mode::ReadWrite, *key, salt);
    if (!db) {
        return db.error();
    }
    return std::unique_ptr<Vault>(new Vault(path, salt, std::move(key).value(),
                                            std::move(db).value(), std::move(lock).value(),
                                            Access::ReadWrite));
}

Result<std::unique_ptr<Vault>> Vault::open(const QString& path, const QString& passphrase)
{
    return open(path, passphrase, OpenOptions());
}

Result<std::unique_ptr<Vault>> Vault::open(const QString& path, const QString& passphrase,
                                           const OpenOptions& options)
{
    auto salt = readSalt(path);
    if (!salt) {
        return salt.error();
    }
    auto key = VaultKey::derive(passphrase, *salt);
    if (!key) {
        return key.error();
    }
    return openVerified(path, *salt, std::move(key).value(), options);
}

Result<std::unique_ptr<Vault>> Vault::openWithKey(const QString& path, SecureBytes key)
{
    return openWithKey(path, std::move(key), OpenOptions());
}

Result<std::unique_ptr<Vault>> Vault::openWithKey(const QString& path, SecureBytes key,
                                                  const OpenOptions& options)
{
    auto salt = readSalt(path);
    if (!salt) {
        return salt.error();
    }
    if (key.size() != VaultKey::kKeyBytes) {
        return makeError(ErrorCode::WrongPassphrase,
                         tr("The remembered key does not fit this vault."));
    }
    return openVerified(path, *salt, std::move(key), options);
}

Result<std::unique_ptr<Vault>> Vault::openVerified(const QString& path, const VaultSalt& salt,
                                                   SecureBytes key, const OpenOptions& options)
{
    std::unique_ptr<VaultLock> lock;
    if (options.access == Access::ReadWrite) {
        // A wrong passphrase is said as such even while another program holds the vault (page 1
        // decrypts or not; nothing is written). With a hot journal only the lock holder may look.
        if (!VaultConnection::hasInterruptedWrite(path)) {
            auto probe = VaultConnection::connect(path, Mode::ReadOnly, key, salt);
            if (!probe && probe.code() == ErrorCode::WrongPassphrase) {
                return probe.error();
            }
        }
        auto taken = lockFor(path, options.lockWait);
        if (!taken) {
            return taken.error();
        }
        lock = std::move(taken).value();
        removeLeftovers(path);
    }
    // A crash in the middle of a write leaves a journal; it is rolled back (with the right key
    // only) before anything else looks at the file. Without the lock, a journal may belong to a
    // live writer, which SQLite's own locking waits for.
    auto check = options.access == Access::ReadOnly ? VaultConnection::Check::Header
                                                    : VaultConnection::Check::Quick;
    if (VaultConnection::hasInterruptedWrite(path)) {
        std::unique_ptr<VaultLock> brief;
        if (!lock) {
            auto taken = lockFor(path, options.lockWait);
            if (taken) {
                brief = std::move(taken).value();
            } else if (taken.code() != ErrorCode::InUse) {
                return taken.error();
            }
        }
        if (lock || brief) {
            if (auto recovered = VaultConnection::recoverInterruptedWrite(path, key, salt);
                !recovered) {
                return recovered.error();
            }
            check = VaultConnection::Check::Full;
        }
    }
    // Everything that can fail is checked on a read-only connection first, so that a failed
    // open never writes to the file.
    auto verified = VaultConnection::connectVerified(path, key, salt, check);
    if (!verified) {
        return verified.error();
    }
    if (options.access == Access::ReadOnly) {
        std::unique_ptr<SqliteDatabase> db = std::move(verified->db);
        if (verified->version < Schema::kCurrentVersion) {
            // Reading an older layout would fail: upgrade it now, which needs the lock.
            db.reset();
            auto upgraded =
                openVerified(path, salt, key.clone(),
                             {Access::ReadWrite, options.lockWait, options.backupsToKeep});
            if (!upgraded) {
                return upgraded.error();
            }
            auto reopened = VaultConnection::connect(path, Mode::ReadOnly, key, salt);
            if (!reopened) {
                return reopened.error();
            }
            db = std::move(reopened).value();
        }
        return std::unique_ptr<Vault>(
            new Vault(path, salt, std::move(key), std::move(db), nullptr, Access::ReadOnly));
    }
    const int version = verified->version;
    verified->db.reset();
    auto db = VaultConnection::connect(path, Mode::ReadWrite, key, salt);
    if (!db) {
        return db.error();
    }
    if (version < Schema::kCurrentVersion) {
        auto kept =
            VaultBackups(path).create(**db, VaultBackups::kMigration, options.backupsToKeep);
        if (!kept) {
            return kept.error();
        }
        if (auto migrated = Schema::migrate(**db); !migrated) {
            return migrated.error();
        }
    }
    auto vault = std::unique_ptr<Vault>(new Vault(path, salt, std::move(key), std::move(db).value(),
                                                  std::move(lock), Access::ReadWrite));
    vault->m_backupsToKeep = options.backupsToKeep;
    return vault;
}

Result<void> Vault::replaceFile(const QString& source, const QString& path)
{
    // A journal beside the vault belongs to the file being replaced; left there, SQLite would
    // roll its pages into the new file.
    for (const QString& side : VaultConnection::sideFiles(path)) {
        if (QFileInfo::exists(side) && !QFile::remove(side)) {
            return makeError(ErrorCode::Unwritable,
                             tr("%1 cannot be removed.").arg(QDir::toNativeSeparators(side)));
        }
    }
    return DurableFile::replace(source, path);
}

Result<void> Vault::changePassphrase(const QString& current, const QString& replacement,
                                     const KdfParams& params)
{
    if (!m_db) {
        return makeError(ErrorCode::Locked, tr("The vault is locked."));
    }
    if (isReadOnly()) {
        return makeError(ErrorCode::InUse,
                         tr("The vault is open read-only, so its passphrase cannot be changed."));
    }
    auto check = VaultKey::derive(current, m_salt);
    if (!check) {
        return check.error();
    }
    if (!check->equals(m_key)) {
        return makeError(ErrorCode::WrongPassphrase, tr("The current passphrase is wrong."));
    }
    m_backupWarnings.clear();
    if (auto kept = backup(VaultBackups::kPassphrase); !kept) {
        return kept.error();
    }
    const VaultSalt salt = VaultSalt::generate(params);
    auto key = VaultKey::derive(replacement, salt);
    if (!key) {
        return key.error();
    }
    const QString partial = DurableFile::temporaryNameBeside(m_path, QStringLiteral("passphrase"));
    const auto failed = [&partial](const Error& error) -> Result<void> {
        QFile::remove(partial);
        QFile::remove(partial + QStringLiteral("-journal"));
        return makeError(error.code, tr("The passphrase was not changed, so the old passphrase "
                                        "still opens the vault. What went wrong: %1")
                                         .arg(error.message));
    };
    if (auto copied = VaultConnection::exportTo(*m_db, partial, *key, salt); !copied) {
        return failed(copied.error());
    }
    if (auto placed = replaceFile(partial, m_path); !placed) {
        return failed(placed.error());
    }
    // From here the file on disk opens with the new key only.
    SecureBytes oldKey = std::move(m_key);
    const VaultSalt oldSalt = m_salt;
    m_salt = salt;
    m_key = std::move(key).value();
    auto reopened = VaultConnection::connect(m_path, Mode::ReadWrite, m_key, m_salt);
    if (!reopened) {
        m_db.reset();
        return makeError(reopened.code(),
                         tr("The passphrase was changed, but the vault could not be opened "
                            "again (%1). Lock Rebind and open it with the new passphrase.")
                             .arg(reopened.message()));
    }
    m_db->adopt(std::move(reopened).value());
    m_fileIdentity = fileIdentity(m_path);
    m_backupWarnings = backups().reencrypt(oldKey, oldSalt, m_key, m_salt);
    return {};
}

Result<void> Vault::checkIntegrity()
{
    if (!m_db) {
        return makeError(ErrorCode::Locked, tr("The vault is locked."));
    }
    auto version = VaultConnection::verify(*m_db, VaultConnection::Check::Full);
    if (!version) {
        return version.error();
    }
    return {};
}

Result<VaultBackup> Vault::backup(const QString& reason)
{
    if (!m_db) {
        return makeError(ErrorCode::Locked, tr("The vault is locked."));
    }
    return backups().create(*m_db, reason, m_backupsToKeep);
}

namespace {

// Copies a backup beside the vault and checks that it opens, whole, with key; a rollback
// journal taken with a raw backup is replayed on the copy.
Result<int> stageBackup(const VaultBackup& backup, const QString& partial, const SecureBytes& key,
                        const VaultSalt& salt)
{
    constexpr qint64 kMaxBytes = qint64(4) << 30;
    const auto discard = [&partial] {
        QFile::remove(partial);
        QFile::remove(partial + QStringLiteral("-journal"));
    };
    Result<void> copied = DurableFile::copy(backup.path, partial, kMaxBytes);
    const QString journal = backup.path + QStringLiteral("-journal");
    if (copied && QFileInfo::exists(journal)) {
        copied = DurableFile::copy(journal, partial + QStringLiteral("-journal"), kMaxBytes);
    }
    if (copied && VaultConnection::hasInterruptedWrite(partial)) {
        copied = VaultConnection::recoverInterruptedWrite(partial, key, salt);
    }
    if (!copied) {
        discard();
        return copied.error();
    }
    auto version = VaultConnection::verify(partial, key, salt, VaultConnection::Check::Full);
    if (!version) {
        discard();
        if (version.code() == ErrorCode::WrongPassphrase) {
            return makeError(
                ErrorCode::WrongPassphrase,
                Vault::tr("The backup %1 does not open with this passphrase.").arg(backup.id));
        }
        return makeError(
            version.code(),
            Vault::tr("The backup %1 cannot be used: %2").arg(backup.id, version.message()));
    }
    return version;
}

Error noSuchBackup(const QString& id)
{
    return makeError(
        ErrorCode::NotFound,
        Vault::tr("There is no backup %1. `rebind-cli backups list` shows them.").arg(id));
}

} // namespace

Result<VaultBackup> Vault::restoreBackup(const QString& backupId)
{
    if (!m_db) {
        return makeError(ErrorCode::Locked, tr("The vault is locked."));
    }
    if (isReadOnly()) {
        return makeError(ErrorCode::InUse,
                         tr("The vault is open read-only, so no backup can be restored."));
    }
    const auto chosen = backups().find(backupId);
    if (!chosen) {
        return noSuchBackup(backupId);
    }
    const QString partial = DurableFile::temporaryNameBeside(m_path, QStringLiteral("restore"));
    auto version = stageBackup(*chosen, partial, m_key, m_salt);
    if (!version) {
        return version.error();
    }
    auto kept = backup(VaultBackups::kRestore);
    if (!kept) {
        QFile::remove(partial);
        return kept.error();
    }
    if (auto placed = replaceFile(partial, m_path); !placed) {
        QFile::remove(partial);
        return placed.error();
    }
    auto reopened = VaultConnection::connect(m_path, Mode::ReadWrite, m_key, m_salt);
    if (!reopened) {
        m_db.reset();
        return reopened.error();
    }
    m_db->adopt(std::move(reopened).value());
    m_fileIdentity = fileIdentity(m_path);
    if (*version < Schema::kCurrentVersion) {
        if (auto migrated = Schema::migrate(*m_db); !migrated) {
            return migrated.error();
        }
    }
    return *kept;
}

Result<VaultBackup> Vault::restoreBackup(const QString& path, const QString& backupId,
                                         const QString& passphrase, const OpenOptions& options)
{
    auto lock = lockFor(path, options.lockWait);
    if (!lock) {
        return lock.error();
    }
    removeLeftovers(path);
    VaultBackups backups(path);
    const auto chosen = backups.find(backupId);
    if (!chosen) {
        return noSuchBackup(backupId);
    }
    auto salt = readSalt(chosen->path);
    if (!salt) {
        return salt.error();
    }
    auto key = VaultKey::derive(passphrase, *salt);
    if (!key) {
        return key.error();
    }
    const QString partial = DurableFile::temporaryNameBeside(path, QStringLiteral("restore"));
    auto version = stageBackup(*chosen, partial, *key, *salt);
    if (!version) {
        return version.error();
    }
    // The current file is kept whatever its state (it may be why the user restores).
    VaultBackup kept;
    if (QFileInfo::exists(path)) {
        auto raw = backups.createRaw(VaultBackups::kRestore, options.backupsToKeep);
        if (!raw) {
            QFile::remove(partial);
            return raw.error();
        }
        kept = *raw;
    }
    if (auto placed = replaceFile(partial, path); !placed) {
        QFile::remove(partial);
        return placed.error();
    }
    return kept;
}

Result<void> Vault::reconnect()
{
    if (!m_db) {
        return makeError(ErrorCode::Locked, tr("The vault is locked."));
    }
    auto salt = readSalt(m_path);
    if (!salt) {
        return salt.error();
    }
    if (salt->bytes() != m_salt.bytes()) {
        return makeError(ErrorCode::WrongPassphrase,
                         tr("The vault file was replaced by one with another passphrase. Open it "
                            "with that passphrase."));
    }
    auto check = isReadOnly() ? VaultConnection::Check::Header : VaultConnection::Check::Quick;
    if (VaultConnection::hasInterruptedWrite(m_path) && m_lock) {
        if (auto recovered = VaultConnection::recoverInterruptedWrite(m_path, m_key, m_salt);
            !recovered) {
            return recovered;
        }
        check = VaultConnection::Check::Full;
    }
    auto version = VaultConnection::verify(m_path, m_key, m_salt, check);
    if (!version) {
        return version.error();
    }
    auto db = VaultConnection::connect(m_path, isReadOnly() ? Mode::ReadOnly : Mode::ReadWrite,
                                       m_key, m_salt);
    if (!db) {
        return db.error();
    }
    if (*version < Schema::kCurrentVersion && !isReadOnly()) {
        if (auto migrated = Schema::migrate(**db); !migrated) {
            return migrated;
        }
    }
    m_db->adopt(std::move(db).value());
    m_fileIdentity = fileIdentity(m_path);
    return {};
}

Result<qint64> Vault::changeCounter()
{
    if (!m_db) {
        return makeError(ErrorCode::Locked, tr("The vault is locked."));
    }
    return m_db->dataVersion();
}

bool Vault::fileWasReplaced() const
{
    const QByteArray now = fileIdentity(m_path);
    return !m_fileIdentity.isEmpty() && now != m_fileIdentity;
}

} // namespace rebind
