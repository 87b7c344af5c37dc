// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace rebind::cli {

// init: creates a new, empty vault protected by a new passphrase.
class InitCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(InitCommand)

public:
    QString name() const override { return QStringLiteral("init"); }
    QString summary() const override;
    QString synopsis() const override;
    void configure(QCommandLineParser& parser) override;
    Outcome run(const CommandContext& context) override;

private:
    QCommandLineOption m_decryptionTime{QStringLiteral("decryption-time")};
};

} // namespace rebind::cli
