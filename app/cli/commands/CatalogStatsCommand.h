// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace rebind::cli {

// catalog stats: how many services the catalog knows, by market, category, tier, confidence
// and channel, and how many have sources. Needs no vault.
class CatalogStatsCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CatalogStatsCommand)

public:
    QString name() const override { return QStringLiteral("catalog stats"); }
    QString summary() const override;
    QString synopsis() const override;
    void configure(QCommandLineParser& parser) override;
    bool usesVault() const override { return false; }
    Outcome run(const CommandContext& context) override;

private:
    QCommandLineOption m_json{QStringLiteral("json")};
};

} // namespace rebind::cli
