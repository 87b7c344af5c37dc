// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Passphrase.h"
#include "Result.h"
#include "Vault.h"

#include <memory>
#include <QCoreApplication>

namespace rebind::cli {

class PassphraseReader;

// Opens an existing vault for a command. The file is checked before the passphrase is asked
// for, so that a missing or foreign file fails at once instead of after a prompt.
class VaultAccess
{
    Q_DECLARE_TR_FUNCTIONS(VaultAccess)

public:
    // Missing, not a vault, unreadable: everything that can be told without the passphrase.
    static Result<void> check(const QString& path);
    static QString prompt(const QString& path);
    // A writing command holds the vault's lock file for the whole command, waiting up to
    // kLockWaitMs for another holder (then ErrorCode::InUse, exit code 8). A reading command
    // takes no lock and sees the last committed state.
    static constexpr int kLockWaitMs = 5000;
    static Vault::OpenOptions options(Vault::Access access);
    static Result<std::unique_ptr<Vault>> unlock(const QString& path, const Passphrase& passphrase,
                                                 Vault::Access access = Vault::Access::ReadWrite);
    // check, then the passphrase from reader, then unlock.
    static Result<std::unique_ptr<Vault>> open(const QString& path, PassphraseReader& reader,
                                               Vault::Access access = Vault::Access::ReadWrite);
};

} // namespace rebind::cli
