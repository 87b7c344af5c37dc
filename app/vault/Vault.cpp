#include "Vault.h"

#include "Schema.h"
#include "SqliteDatabase.h"
#include "VaultKey.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

namespace rebind {

namespace {

constexpr qint64 kPageSize =
    1024; // SQLCipher 3 layout, which 4.x reads with cipher_compatibility = 3

enum ConnectMode
{
    ReadOnly,
    ReadWrite,
    Create
};

// Anything failing after page 1 decrypted is damage, not a wrong passphrase.
Error asDamage(const Error& error)
{
    if (error.code == ErrorCode::WrongPassphrase || error.code == ErrorCode::Internal) {
        return makeError(ErrorCode::Damaged,
                         Vault::tr("The vault file is damaged: some of its pages "
                                   "cannot be read. Restore it from a backup."));
    }
    return error;
}

} // namespace

Vault::Vault(QString path, VaultSalt salt, SecureBytes key, std::unique_ptr<SqliteDatabase> db)
    : m_path(std::move(path)), m_salt(std::move(salt)), m_key(std::move(key)), m_db(std::move(db))
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

Result<std::unique_ptr<SqliteDatabase>>
Vault::connect(const QString& path, int mode, const SecureBytes& key, const VaultSalt& salt)
{
    const auto dbMode = mode == ReadOnly    ? SqliteDatabase::Mode::ReadOnly
                        : mode == ReadWrite ? SqliteDatabase::Mode::ReadWrite
                                            : SqliteDatabase::Mode::Create;
    auto opened = SqliteDatabase::open(path, dbMode);
    if (!opened) {
        return opened.error();
    }
    std::unique_ptr<SqliteDatabase> db = std::move(opened).value();
    if (auto keyed = db->applyKey(VaultKey::sqlcipherLiteral(key, salt)); !keyed) {
        return keyed.error();
    }
    // Ignored by 3.4 (already the 3.x layout); makes 4.x read and write the same layout, so one
    // file opens with either library.
    if (auto compat = db->exec(QStringLiteral("PRAGMA cipher_compatibility = 3")); !compat) {
        return compat.error();
    }
    auto cipher = db->scalar(QStringLiteral("PRAGMA cipher_version"));
    if (!cipher || cipher->isEmpty()) {
        return makeError(ErrorCode::NoCipher,
                         tr("Rebind was built against plain SQLite instead of SQLCipher and cannot "
                            "encrypt the vault. Reinstall Rebind."));
    }
    // sqlite3_key accepts any key; a wrong one shows here, on the first read of page 1.
    if (auto probe = db->scalar(QStringLiteral("SELECT count(*) FROM sqlite_master")); !probe) {
        return probe.error();
    }
    if (mode != ReadOnly) {
        const QString setup =
            QStringLiteral("PRAGMA foreign_keys = ON; PRAGMA secure_delete = ON; "
                           "PRAGMA temp_store = MEMORY; PRAGMA journal_mode = DELETE;");
        if (auto configured = db->exec(setup); !configured) {
            return configured.error();
        }
    }
    return db;
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
        auto db = connect(partial, Create, *key, salt);
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
    if (!QFile::rename(partial, path)) {
        discardPartial();
        return makeError(
            ErrorCode::Unwritable,
            tr("The vault could not be saved as %1.").arg(QDir::toNativeSeparators(path)));
    }
    auto db = connect(path, ReadWrite, *key, salt);
    if (!db) {
        return db.error();
    }
    return std::unique_ptr<Vault>(
        new Vault(path, salt, std::move(key).value(), std::move(db).value()));
}

Result<std::unique_ptr<Vault>> Vault::open(const QString& path, const QString& passphrase)
{
    auto salt = readSalt(path);
    if (!salt) {
        return salt.error();
    }
    auto key = VaultKey::derive(passphrase, *salt);
    if (!key) {
        return key.error();
    }
    return openVerified(path, *salt, std::move(key).value());
}

Result<std::unique_ptr<Vault>> Vault::openWithKey(const QString& path, SecureBytes key)
{
    auto salt = readSalt(path);
    if (!salt) {
        return salt.error();
    }
    if (key.size() != VaultKey::kKeyBytes) {
        return makeError(ErrorCode::WrongPassphrase,
                         tr("The remembered key does not fit this vault."));
    }
    return openVerified(path, *salt, std::move(key));
}

Result<std::unique_ptr<Vault>> Vault::openVerified(const QString& path, const VaultSalt& salt,
                                                   SecureBytes key)
{
    const qint64 size = QFileInfo(path).size();
    if (size < kPageSize || size % kPageSize != 0) {
        return makeError(ErrorCode::Damaged,
                         tr("The vault file is damaged: it is incomplete (%1 bytes).").arg(size));
    }
    // Everything that can fail is checked on a read-only connection first, so that a failed open
    // never writes to the file. A leftover rollback journal means an interrupted write, which
    // only a writable connection can roll back; then the check runs on that connection.
    const bool interruptedWrite = QFileInfo(path + QStringLiteral("-journal")).size() > 0;
    {
        auto checked = connect(path, interruptedWrite ? ReadWrite : ReadOnly, key, salt);
        if (!checked) {
            return checked.error();
        }
        SqliteDatabase& db = **checked;
        auto appId = db.scalar(QStringLiteral("PRAGMA application_id"));
        if (!appId) {
            return asDamage(appId.error());
        }
        if (appId->toInt() != Schema::kApplicationId) {
            return makeError(ErrorCode::NotAVault,
                             tr("This encrypted file was not made by Rebind."));
        }
        auto version = Schema::version(db);
        if (!version) {
            return asDamage(version.error());
        }
        if (*version > Schema::kCurrentVersion) {
            return makeError(
                ErrorCode::TooNew,
                tr("This vault was made by a newer version of Rebind. Update Rebind to open it."));
        }
        auto integrity = db.scalar(QStringLiteral("PRAGMA integrity_check"));
        if (!integrity) {
            return asDamage(integrity.error());
        }
        if (*integrity != QLatin1String("ok")) {
            return makeError(
                ErrorCode::Damaged,
                tr("The vault file is damaged (%1). Restore it from a backup.").arg(*integrity));
        }
    }
    auto db = connect(path, ReadWrite, key, salt);
    if (!db) {
        return db.error();
    }
    if (auto migrated = Schema::migrate(**db); !migrated) {
        return migrated.error();
    }
    return std::unique_ptr<Vault>(new Vault(path, salt, std::move(key), std::move(db).value()));
}

Result<void> Vault::changePassphrase(const QString& current, const QString& replacement,
                                     const KdfParams& params)
{
    if (!m_db) {
        return makeError(ErrorCode::Locked, tr("The vault is locked."));
    }
    auto check = VaultKey::derive(current, m_salt);
    if (!check) {
        return check.error();
    }
    if (!check->equals(m_key)) {
        return makeError(ErrorCode::WrongPassphrase, tr("The current passphrase is wrong."));
    }
    const VaultSalt salt = VaultSalt::generate(params);
    auto key = VaultKey::derive(replacement, salt);
    if (!key) {
        return key.error();
    }
    if (auto rekeyed = m_db->rekey(VaultKey::sqlcipherLiteral(*key, salt)); !rekeyed) {
        return rekeyed;
    }
    m_salt = salt;
    m_key = std::move(key).value();
    return {};
}

} // namespace rebind
