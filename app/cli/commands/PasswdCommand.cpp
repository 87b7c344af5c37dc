// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PasswdCommand.h"

#include "Console.h"
#include "NewPassphrase.h"
#include "PassphraseReader.h"
#include "ValueParser.h"
#include "VaultAccess.h"
#include "VaultKey.h"

#include <QDir>

namespace rebind::cli {

QString PasswdCommand::summary() const
{
    return tr("Change the vault's passphrase (the old one, then the new one).");
}

QString PasswdCommand::synopsis() const
{
    return QStringLiteral("[--decryption-time MS]");
}

void PasswdCommand::configure(QCommandLineParser& parser)
{
    m_decryptionTime = QCommandLineOption(
        QStringList{QStringLiteral("decryption-time")},
        tr("How long opening the vault should take from now on, in milliseconds (default %1).")
            .arg(VaultKey::kDefaultDecryptionMs),
        QStringLiteral("MS"));
    parser.addOption(m_decryptionTime);
}

Outcome PasswdCommand::run(const CommandContext& context)
{
    const auto decryptionTime = ValueParser::decryptionTime(context.options, m_decryptionTime);
    if (!decryptionTime) {
        return Outcome::fromError(decryptionTime.error());
    }
    const int targetMs = *decryptionTime;
    const QString path = context.vaultPath;
    if (auto checked = VaultAccess::check(path); !checked) {
        return Outcome::vaultUnavailable(checked.error());
    }
    auto current = context.passphrases.readExisting(
        tr("Current passphrase for %1: ").arg(QDir::toNativeSeparators(path)));
    if (!current) {
        return Outcome::vaultUnavailable(current.error());
    }
    auto vault = VaultAccess::unlock(path, *current);
    if (!vault) {
        return Outcome::vaultUnavailable(vault.error());
    }
    auto replacement =
        NewPassphrase::ask(context.passphrases, context.console, tr("New passphrase: "));
    if (!replacement) {
        return Outcome::fromError(replacement.error());
    }
    const KdfParams params = VaultKey::tune(targetMs);
    if (auto changed = (*vault)->changePassphrase(current->text(), replacement->text(), params);
        !changed) {
        return Outcome::fromError(changed.error());
    }
    for (const QString& warning : (*vault)->backupWarnings()) {
        context.console.errLine(warning);
    }
    context.console.errLine(
        tr("Changed the passphrase of %1. The old passphrase no longer opens it, nor any of its "
           "backups.")
            .arg(QDir::toNativeSeparators(path)));
    return Outcome::success();
}

} // namespace rebind::cli
