// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace rebind::cli {

// import: merges a JSON export or an encrypted hand-off file into the vault, all or nothing,
// and lists what was added and where both sides disagreed.
class ImportCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)

public:
    QString name() const override { return QStringLiteral("import"); }
    QString summary() const override;
    QString synopsis() const override;
    void configure(QCommandLineParser& parser) override;
    int minArguments() const override { return 2; }
    Outcome run(const CommandContext& context) override;
};

} // namespace rebind::cli
