// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "VaultOpening.h"

#include "AppSettings.h"
#include "VaultLock.h"

namespace rebind {

Vault::OpenOptions VaultOpening::options(Vault::Access access)
{
    Vault::OpenOptions options;
    options.access = access;
    // A window waits for nobody: the person decides (read-only, try again) instead.
    options.lockWait = std::chrono::milliseconds(0);
    options.backupsToKeep = AppSettings().backupsToKeep();
    return options;
}

QString VaultOpening::inUseMessage(const Error& error)
{
    return error.message + QStringLiteral("\n\n") +
           tr("Meanwhile you can open it read-only: you can look at everything and export it, "
              "but not change anything.");
}

Result<VaultOpening::Outcome> VaultOpening::withPassphrase(const QString& path,
                                                           const QString& passphrase)
{
    auto opened = Vault::open(path, passphrase, options(Vault::Access::ReadWrite));
    if (opened) {
        return Outcome{std::move(opened).value(), SecureBytes(), QString()};
    }
    if (opened.code() != ErrorCode::InUse) {
        return opened.error();
    }
    // In use, so the key was right: the read-only offer needs it.
    auto looked = Vault::open(path, passphrase, options(Vault::Access::ReadOnly));
    if (!looked) {
        return looked.error();
    }
    return Outcome{nullptr, (*looked)->key().clone(), inUseMessage(opened.error())};
}

Result<VaultOpening::Outcome> VaultOpening::withKey(const QString& path, SecureBytes key)
{
    auto opened = Vault::openWithKey(path, key.clone(), options(Vault::Access::ReadWrite));
    if (opened) {
        return Outcome{std::move(opened).value(), SecureBytes(), QString()};
    }
    if (opened.code() != ErrorCode::InUse) {
        return opened.error();
    }
    auto looked = readOnly(path, key.clone());
    if (!looked) {
        return looked.error();
    }
    return Outcome{nullptr, std::move(key), inUseMessage(opened.error())};
}

Result<std::unique_ptr<Vault>> VaultOpening::readOnly(const QString& path, SecureBytes key)
{
    return Vault::openWithKey(path, std::move(key), options(Vault::Access::ReadOnly));
}

QString VaultOpening::holderOf(const QString& path)
{
    const auto held = VaultLock::holder(path);
    return held ? VaultLock::describe(*held) : tr("another program");
}

} // namespace rebind
