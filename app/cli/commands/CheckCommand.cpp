// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckCommand.h"

#include "Console.h"
#include "VaultAccess.h"

#include <QDir>

namespace rebind::cli {

QString CheckCommand::summary() const
{
    return tr("Check the whole vault file for damage (opening it checks less).");
}

QString CheckCommand::synopsis() const
{
    return QString();
}

void CheckCommand::configure(QCommandLineParser& /*parser*/) {}

Outcome CheckCommand::run(const CommandContext& context)
{
    auto vault = VaultAccess::open(context.vaultPath, context.passphrases, Vault::Access::ReadOnly);
    if (!vault) {
        return Outcome::vaultUnavailable(vault.error());
    }
    if (auto checked = (*vault)->checkIntegrity(); !checked) {
        return Outcome::vaultUnavailable(checked.error());
    }
    context.console.outLine(tr("%1 is intact: every page, index and reference was checked.")
                                .arg(QDir::toNativeSeparators(context.vaultPath)));
    return Outcome::success();
}

} // namespace rebind::cli
