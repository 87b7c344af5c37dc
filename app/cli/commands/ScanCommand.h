// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"
#include "DiscoveryScanner.h"

#include <QCoreApplication>

namespace rebind::cli {

// scan: finds the services tied to the user's number in their own SMS backup or password
// export, offline; with --add, adds the ones not listed yet to a number in the vault (needs the
// vault only then). Prints findings, never message text beyond masked excerpts.
class ScanCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ScanCommand)

public:
    QString name() const override { return QStringLiteral("scan"); }
    QString summary() const override;
    QString synopsis() const override;
    void configure(QCommandLineParser& parser) override;
    int minArguments() const override { return 1; }
    Outcome run(const CommandContext& context) override;

    static QByteArray renderJson(const DiscoveryScanner::Result& result);
    static QString renderText(const DiscoveryScanner::Result& result);

private:
    Outcome add(const CommandContext& context, const DiscoveryScanner::Result& result,
                const PhoneNumber& number);

    QCommandLineOption m_json{QStringLiteral("json")};
    QCommandLineOption m_add{QStringLiteral("add"), QString(), QStringLiteral("NUMBER")};
};

} // namespace rebind::cli
