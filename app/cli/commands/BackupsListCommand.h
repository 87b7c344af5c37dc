// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace rebind::cli {

// backups list: the automatic backups kept beside the vault, newest first. Reads only file
// names and sizes, so it needs no passphrase.
class BackupsListCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(BackupsListCommand)

public:
    QString name() const override { return QStringLiteral("backups list"); }
    QString summary() const override;
    QString synopsis() const override;
    void configure(QCommandLineParser& parser) override;
    Outcome run(const CommandContext& context) override;

private:
    QCommandLineOption m_json{QStringLiteral("json")};
};

} // namespace rebind::cli
