// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "SecureBytes.h"
#include "Vault.h"

#include <memory>
#include <QCoreApplication>
#include <QString>

namespace rebind {

// How the GUI opens a vault: for writing, holding its lock file from unlock to lock, and when
// another program (rebind-cli, another window) holds it, with the choice of looking at it
// read-only meanwhile. The key is checked either way, so that "in use" is never offered for a
// wrong passphrase.
class VaultOpening
{
    Q_DECLARE_TR_FUNCTIONS(VaultOpening)

public:
    struct Outcome
    {
        // Open for writing; or null when another program holds the vault, and then:
        std::unique_ptr<Vault> vault;
        // the key, known to open the file (for "Open read-only" and "Try again"),
        SecureBytes key;
        // and what to tell the person (who holds it, what they can do).
        QString inUse;

        bool isInUse() const { return vault == nullptr; }
    };

    // The GUI's options: no waiting for the lock, the backups setting.
    static Vault::OpenOptions options(Vault::Access access);

    // Derives the key (slow: call it from runInBackground), twice when the vault is in use.
    static Result<Outcome> withPassphrase(const QString& path, const QString& passphrase);
    static Result<Outcome> withKey(const QString& path, SecureBytes key);
    static Result<std::unique_ptr<Vault>> readOnly(const QString& path, SecureBytes key);

    // "rebind-cli (process 1234)", or "another program" when nobody (or nobody known) holds it.
    static QString holderOf(const QString& path);

private:
    static QString inUseMessage(const Error& error);
};

} // namespace rebind
