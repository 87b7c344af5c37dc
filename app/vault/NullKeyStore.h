// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "KeyStore.h"

#include <QCoreApplication>

namespace rebind {

// No keychain: every call says so; nothing is ever written anywhere instead.
class NullKeyStore : public KeyStore
{
    Q_DECLARE_TR_FUNCTIONS(NullKeyStore)

public:
    Result<void> probe() override;
    Result<void> store(const QString& vaultId, const SecureBytes& key) override;
    Result<SecureBytes> load(const QString& vaultId) override;
    Result<void> remove(const QString& vaultId) override;

private:
    static Error unavailable();
};

} // namespace rebind
