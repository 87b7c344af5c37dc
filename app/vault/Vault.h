#pragma once

#include "KdfParams.h"
#include "Result.h"
#include "SecureBytes.h"
#include "VaultSalt.h"

#include <memory>
#include <QCoreApplication>
#include <QString>

namespace rebind {

class SqliteDatabase;

// One open, decrypted vault file. Destroying it (or lock()) closes the connection and wipes the
// key. The file is one SQLCipher database; see KdfParams.h for how the key is derived and where
// its parameters are recorded.
class Vault
{
    Q_DECLARE_TR_FUNCTIONS(Vault)

public:
    ~Vault();
    Vault(const Vault&) = delete;
    Vault& operator=(const Vault&) = delete;

    // Creates a new vault at path (which must not exist). Written under a temporary name and
    // renamed into place, so a failure leaves nothing behind.
    static Result<std::unique_ptr<Vault>> create(const QString& path, const QString& passphrase,
                                                 const KdfParams& params);
    static Result<std::unique_ptr<Vault>> open(const QString& path, const QString& passphrase);
    // With a key remembered in the keychain.
    static Result<std::unique_ptr<Vault>> openWithKey(const QString& path, SecureBytes key);
    // The id a keychain entry for this file is stored under, read without decrypting anything.
    static Result<QString> peekVaultId(const QString& path);

    bool isOpen() const;
    void lock();

    // Verifies the current passphrase, then re-encrypts every page with a key from a fresh salt
    // and params (one SQLCipher rekey, all or nothing). The vault id changes with the salt.
    Result<void> changePassphrase(const QString& current, const QString& replacement,
                                  const KdfParams& params);

    QString path() const { return m_path; }
    QString vaultId() const { return m_salt.vaultId(); }
    KdfParams kdfParams() const { return m_salt.params(); }
    // For remembering in the keychain only.
    const SecureBytes& key() const { return m_key; }
    SqliteDatabase& database();

private:
    Vault(QString path, VaultSalt salt, SecureBytes key, std::unique_ptr<SqliteDatabase> db);
    static Result<VaultSalt> readSalt(const QString& path);
    static Result<std::unique_ptr<Vault>> openVerified(const QString& path, const VaultSalt& salt,
                                                       SecureBytes key);
    static Result<std::unique_ptr<SqliteDatabase>>
    connect(const QString& path, int mode, const SecureBytes& key, const VaultSalt& salt);

    QString m_path;
    VaultSalt m_salt;
    SecureBytes m_key;
    std::unique_ptr<SqliteDatabase> m_db;
};

} // namespace rebind
