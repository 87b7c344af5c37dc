// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "KeychainError.h"
#include "KeyStore.h"

#include <QCoreApplication>

namespace rebind {

// The operating system's keychain through QtKeychain (Secret Service on Linux, Keychain on
// macOS, Credential Manager on Windows). QtKeychain is asynchronous; calls here wait for the
// job in a local event loop, up to D-Bus' 25 s (twice for a read) when the service hangs: the
// GUI makes them on a thread of their own (UiContext). All calls of a process must come from
// one thread that lives on: QtKeychain queues every job through one object that belongs to the
// thread of the first job. Failures read as KeychainError words.
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
    static Error failure(KeychainError::Operation operation, int code, const QString& detail,
                         qint64 elapsedMs);

    QString m_service;
};

} // namespace rebind
