#pragma once

#include "KeyStore.h"

#include <QCoreApplication>

namespace rebind {

// The operating system's keychain through QtKeychain (Secret Service on Linux, Keychain on
// macOS, Credential Manager on Windows). QtKeychain is asynchronous; calls here wait for the
// job in a local event loop because unlocking cannot proceed without the answer anyway.
class SystemKeyStore : public KeyStore
{
    Q_DECLARE_TR_FUNCTIONS(SystemKeyStore)

public:
    explicit SystemKeyStore(QString service = QStringLiteral("Rebind"));

    Result<void> probe() override;
    Result<void> store(const QString& vaultId, const SecureBytes& key) override;
    Result<SecureBytes> load(const QString& vaultId) override;
    Result<void> remove(const QString& vaultId) override;

private:
    static QString entryName(const QString& vaultId);
    Error failure(int code, const QString& detail) const;

    QString m_service;
};

} // namespace rebind
