// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace rebind::cli {

// catalog show: everything the catalog knows about one service, by its id: warnings, steps in
// the UI language, what to do when the old number is gone, links; or all fields as JSON.
// Needs no vault.
class CatalogShowCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CatalogShowCommand)

public:
    QString name() const override { return QStringLiteral("catalog show"); }
    QString summary() const override;
    QString synopsis() const override;
    void configure(QCommandLineParser& parser) override;
    int minArguments() const override { return 1; }
    bool usesVault() const override { return false; }
    Outcome run(const CommandContext& context) override;

private:
    QCommandLineOption m_json{QStringLiteral("json")};
};

} // namespace rebind::cli
