// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace rebind::cli {

// backups restore ID: puts a backup in the vault's place after keeping the current file as a
// backup too. Works when the vault itself no longer opens (damaged): the backup is checked with
// the passphrase instead.
class BackupsRestoreCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(BackupsRestoreCommand)

public:
    QString name() const override { return QStringLiteral("backups restore"); }
    QString summary() const override;
    QString synopsis() const override;
    void configure(QCommandLineParser& parser) override;
    int minArguments() const override { return 1; }
    Outcome run(const CommandContext& context) override;
};

} // namespace rebind::cli
