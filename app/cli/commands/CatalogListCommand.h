// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace rebind::cli {

// catalog list: every service in the built-in catalog, curated ones first, optionally only the
// curated ones, one market or one category; as a table or as JSON. Needs no vault.
class CatalogListCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CatalogListCommand)

public:
    QString name() const override { return QStringLiteral("catalog list"); }
    QString summary() const override;
    QString synopsis() const override;
    void configure(QCommandLineParser& parser) override;
    bool usesVault() const override { return false; }
    Outcome run(const CommandContext& context) override;

private:
    QCommandLineOption m_json{QStringLiteral("json")};
    QCommandLineOption m_curated{QStringLiteral("curated")};
    QCommandLineOption m_market{QStringLiteral("market")};
    QCommandLineOption m_category{QStringLiteral("category")};
};

} // namespace rebind::cli
