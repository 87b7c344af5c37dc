// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackupsRestoreCommand.h"

#include "Console.h"
#include "PassphraseReader.h"
#include "TerminalText.h"
#include "Vault.h"
#include "VaultAccess.h"

#include <QDir>

namespace rebind::cli {

QString BackupsRestoreCommand::summary() const
{
    return tr("Put a backup in the vault's place (the current vault is backed up first).");
}

QString BackupsRestoreCommand::synopsis() const
{
    return QStringLiteral("ID");
}

void BackupsRestoreCommand::configure(QCommandLineParser& parser)
{
    parser.addPositionalArgument(QStringLiteral("ID"),
                                 tr("The backup's id or number, as `backups list` shows it."));
}

Outcome BackupsRestoreCommand::run(const CommandContext& context)
{
    const QString id = context.arguments.at(0).trimmed();
    const VaultBackups backups(context.vaultPath);
    const auto chosen = backups.find(id);
    if (!chosen) {
        return Outcome::failure(ExitCode::NotFound,
                                tr("There is no backup “%1”. `rebind-cli backups list` shows them.")
                                    .arg(TerminalText::value(id)));
    }
    auto passphrase = context.passphrases.readExisting(VaultAccess::prompt(context.vaultPath));
    if (!passphrase) {
        return Outcome::vaultUnavailable(passphrase.error());
    }
    auto kept = Vault::restoreBackup(context.vaultPath, chosen->id, passphrase->text(),
                                     VaultAccess::options(Vault::Access::ReadWrite));
    if (!kept) {
        const ErrorCode code = kept.code();
        if (code == ErrorCode::WrongPassphrase || code == ErrorCode::Damaged ||
            code == ErrorCode::NotAVault || code == ErrorCode::TooNew) {
            return Outcome::vaultUnavailable(kept.error());
        }
        return Outcome::fromError(kept.error());
    }
    context.console.errLine(
        kept->id.isEmpty()
            ? tr("Restored the backup %1 (%2). There was no vault file before.")
                  .arg(chosen->id, VaultBackups::reasonText(chosen->reason))
            : tr("Restored the backup %1 (%2). The vault as it was before is kept as backup %3.")
                  .arg(chosen->id, VaultBackups::reasonText(chosen->reason), kept->id));
    return Outcome::success();
}

} // namespace rebind::cli
