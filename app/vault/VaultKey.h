// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "KdfParams.h"
#include "Result.h"
#include "SecureBytes.h"
#include "VaultSalt.h"

#include <QCoreApplication>

namespace rebind {

// Turns a passphrase into the 32-byte SQLCipher key with Argon2id, and picks the cost.
class VaultKey
{
    Q_DECLARE_TR_FUNCTIONS(VaultKey)

public:
    static constexpr std::size_t kKeyBytes = 32;
    static constexpr int kDefaultDecryptionMs = 500;

    static Result<SecureBytes> derive(const QString& passphrase, const VaultSalt& salt);

    // Parameters that take about targetMs on this machine, never below libsodium's INTERACTIVE
    // limits. Memory stays at 64 MiB (old laptops must cope) and the pass count (at most 255,
    // what the header records) carries the cost.
    static KdfParams tune(int targetMs = kDefaultDecryptionMs);

    // The key as SQLCipher's raw-key literal x'<key hex><salt hex>', in guarded memory.
    static SecureBytes sqlcipherLiteral(const SecureBytes& key, const VaultSalt& salt);
};

} // namespace rebind
