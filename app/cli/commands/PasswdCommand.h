// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace rebind::cli {

// passwd: re-encrypts the vault under a new passphrase.
class PasswdCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(PasswdCommand)

public:
    QString name() const override { return QStringLiteral("passwd"); }
    QString summary() const override;
    QString synopsis() const override;
    void configure(QCommandLineParser& parser) override;
    Outcome run(const CommandContext& context) override;

private:
    QCommandLineOption m_decryptionTime{QStringLiteral("decryption-time")};
};

} // namespace rebind::cli
