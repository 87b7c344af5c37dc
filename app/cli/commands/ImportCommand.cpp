// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportCommand.h"

#include "Console.h"
#include "Importer.h"
#include "Inventory.h"
#include "PassphraseReader.h"
#include "VaultAccess.h"

#include <QFileInfo>

namespace rebind::cli {

QString ImportCommand::summary() const
{
    return tr("Merge a JSON export or a hand-off file into the vault.");
}

QString ImportCommand::synopsis() const
{
    return QStringLiteral("json|handoff FILE");
}

void ImportCommand::configure(QCommandLineParser& parser)
{
    parser.addPositionalArgument(QStringLiteral("FORMAT"), QStringLiteral("json, handoff"));
    parser.addPositionalArgument(
        QStringLiteral("FILE"),
        tr("The file to read. A hand-off file's passphrase is asked for after the vault's."));
}

Outcome ImportCommand::run(const CommandContext& context)
{
    const QString format = context.arguments.at(0).toLower();
    if (format != QLatin1String("json") && format != QLatin1String("handoff")) {
        return Outcome::usage(
            tr("Unknown format “%1”: use json or handoff.").arg(context.arguments.at(0)));
    }
    const QString path = context.arguments.at(1);
    if (!QFileInfo::exists(path)) {
        return Outcome::failure(ExitCode::Failed, tr("%1 does not exist.").arg(path));
    }
    auto vault = VaultAccess::open(context.vaultPath, context.passphrases);
    if (!vault) {
        return Outcome::vaultUnavailable(vault.error());
    }
    Passphrase sealing;
    if (format == QLatin1String("handoff")) {
        auto read = context.passphrases.readExisting(tr("Passphrase of the hand-off file: "));
        if (!read) {
            return Outcome::failure(ExitCode::NoPassphrase, read.message());
        }
        sealing = std::move(read).value();
    }
    const bool json = format == QLatin1String("json");
    Vault& opened = **vault;
    Inventory inventory(opened.database());
    auto report = Importer::run(inventory, json ? Importer::Kind::Json : Importer::Kind::Handoff,
                                path, sealing.text(), [&opened, json]() -> Result<void> {
                                    auto kept = opened.backup(json ? VaultBackups::kImport
                                                                   : VaultBackups::kMerge);
                                    if (!kept) {
                                        return kept.error();
                                    }
                                    return {};
                                });
    if (!report) {
        return Outcome::failure(ExitCode::Failed,
                                report.message() + QLatin1Char(' ') + tr("Nothing was imported."));
    }
    context.console.outLine(Importer::summary(*report));
    return Outcome::success();
}

} // namespace rebind::cli
