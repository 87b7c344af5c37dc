// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "InitCommand.h"

#include "Console.h"
#include "NewPassphrase.h"
#include "PassphraseReader.h"
#include "ValueParser.h"
#include "Vault.h"
#include "VaultKey.h"

#include <QDir>
#include <QFileInfo>

namespace rebind::cli {

QString InitCommand::summary() const
{
    return tr("Create a new, empty vault.");
}

QString InitCommand::synopsis() const
{
    return QStringLiteral("[--decryption-time MS]");
}

void InitCommand::configure(QCommandLineParser& parser)
{
    m_decryptionTime = QCommandLineOption(
        QStringList{QStringLiteral("decryption-time")},
        tr("How long opening the vault should take on this computer, in milliseconds (default "
           "%1). Longer is harder to attack; the cost never goes below libsodium's interactive "
           "limits.")
            .arg(VaultKey::kDefaultDecryptionMs),
        QStringLiteral("MS"));
    parser.addOption(m_decryptionTime);
}

Outcome InitCommand::run(const CommandContext& context)
{
    const auto decryptionTime = ValueParser::decryptionTime(context.options, m_decryptionTime);
    if (!decryptionTime) {
        return Outcome::fromError(decryptionTime.error());
    }
    const int targetMs = *decryptionTime;
    const QString path = context.vaultPath;
    if (QFileInfo::exists(path)) {
        return Outcome::failure(ExitCode::AlreadyExists,
                                tr("%1 already exists; init never overwrites a file. Use --vault "
                                   "to create the vault somewhere else.")
                                    .arg(QDir::toNativeSeparators(path)));
    }
    auto passphrase =
        NewPassphrase::ask(context.passphrases, context.console,
                           tr("New passphrase for %1: ").arg(QDir::toNativeSeparators(path)));
    if (!passphrase) {
        return Outcome::fromError(passphrase.error());
    }
    const KdfParams params = VaultKey::tune(targetMs);
    auto vault = Vault::create(path, passphrase->text(), params);
    if (!vault) {
        return Outcome::fromError(vault.error());
    }
    context.console.errLine(tr("Created the vault %1. Keep the passphrase safe: without it the "
                               "vault cannot be opened.")
                                .arg(QDir::toNativeSeparators(path)));
    return Outcome::success();
}

} // namespace rebind::cli
