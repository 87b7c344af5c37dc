// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "VaultAccess.h"

#include "AppSettings.h"
#include "PassphraseReader.h"

#include <QDir>

namespace rebind::cli {

Result<void> VaultAccess::check(const QString& path)
{
    auto id = Vault::peekVaultId(path);
    if (!id) {
        return id.error();
    }
    return {};
}

QString VaultAccess::prompt(const QString& path)
{
    return tr("Passphrase for %1: ").arg(QDir::toNativeSeparators(path));
}

Vault::OpenOptions VaultAccess::options(Vault::Access access)
{
    Vault::OpenOptions options;
    options.access = access;
    options.lockWait = std::chrono::milliseconds(kLockWaitMs);
    options.backupsToKeep = AppSettings().backupsToKeep();
    return options;
}

Result<std::unique_ptr<Vault>>
VaultAccess::unlock(const QString& path, const Passphrase& passphrase, Vault::Access access)
{
    return Vault::open(path, passphrase.text(), options(access));
}

Result<std::unique_ptr<Vault>> VaultAccess::open(const QString& path, PassphraseReader& reader,
                                                 Vault::Access access)
{
    if (auto checked = check(path); !checked) {
        return checked.error();
    }
    auto passphrase = reader.readExisting(prompt(path));
    if (!passphrase) {
        return passphrase.error();
    }
    return unlock(path, *passphrase, access);
}

} // namespace rebind::cli
