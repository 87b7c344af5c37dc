// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

#include <limits>
#include <QCoreApplication>

namespace rebind::cli {

// catalog search: the catalog's services that match a name, alias, pinyin, initials, website,
// SMS signature or sender number, best first; as a table or as JSON. Needs no vault.
class CatalogSearchCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CatalogSearchCommand)

public:
    static constexpr int kDefaultLimit = 20;
    static constexpr int kMaxLimit = 1000;

    QString name() const override { return QStringLiteral("catalog search"); }
    QString summary() const override;
    QString synopsis() const override;
    void configure(QCommandLineParser& parser) override;
    int minArguments() const override { return 1; }
    // The words of an unquoted term ("China Merchants") are searched for together.
    int maxArguments() const override { return std::numeric_limits<int>::max(); }
    bool usesVault() const override { return false; }
    Outcome run(const CommandContext& context) override;

private:
    QCommandLineOption m_json{QStringLiteral("json")};
    QCommandLineOption m_limit{QStringLiteral("limit")};
};

} // namespace rebind::cli
