// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "SecureBytes.h"

#include <QString>

namespace rebind {

// Where "Remember on this computer" keeps a vault's derived key (never the passphrase).
class KeyStore
{
public:
    virtual ~KeyStore() = default;
    // Whether a keychain service answers right now; a reason for people when it does not.
    virtual Result<void> probe() = 0;
    virtual Result<void> store(const QString& vaultId, const SecureBytes& key) = 0;
    // ErrorCode::NotFound when nothing is remembered for this vault.
    virtual Result<SecureBytes> load(const QString& vaultId) = 0;
    virtual Result<void> remove(const QString& vaultId) = 0;
};

} // namespace rebind
