// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace rebind::cli {

// check: the full integrity check of the vault file, on demand. Opens check less (page 1 to
// read, SQLite's quick_check to write: see VaultConnection::Check); this one reads every page
// and also compares every index with its table and every reference between rows.
class CheckCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CheckCommand)

public:
    QString name() const override { return QStringLiteral("check"); }
    QString summary() const override;
    QString synopsis() const override;
    void configure(QCommandLineParser& parser) override;
    Outcome run(const CommandContext& context) override;
};

} // namespace rebind::cli
