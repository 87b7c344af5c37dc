// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"
#include "ExportScope.h"

#include <optional>
#include <QCoreApplication>

namespace rebind {
class Inventory;
}

namespace rebind::cli {

// export: the plan as a printable checklist (PDF, phone-width PNG), the inventory as CSV or
// JSON, the due dates as a calendar (.ics), or everything as an encrypted hand-off file.
class ExportCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)

public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override;
    QString synopsis() const override;
    void configure(QCommandLineParser& parser) override;
    int minArguments() const override { return 1; }
    int maxArguments() const override { return 2; }
    Outcome run(const CommandContext& context) override;

    static QStringList formats();

private:
    // NUMBER, --person NAME or --all, checked against each other; the vault is needed for
    // NUMBER and NAME, so this runs after it is open.
    std::variant<ExportScope, Outcome> scope(const CommandContext& context,
                                             const Inventory& inventory) const;
    Outcome checkUsage(const CommandContext& context) const;

    QCommandLineOption m_person{QStringLiteral("person"), QString(), QStringLiteral("NAME")};
    QCommandLineOption m_all{QStringLiteral("all")};
    QCommandLineOption m_output{QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                QString(), QStringLiteral("FILE")};
    QCommandLineOption m_largePrint{QStringLiteral("large-print")};
    QCommandLineOption m_showNumber{QStringLiteral("show-number")};
    QCommandLineOption m_maskNew{QStringLiteral("mask-new")};
    QCommandLineOption m_bothLanguages{QStringLiteral("both-languages")};
    QCommandLineOption m_accounts{QStringLiteral("accounts")};
    QCommandLineOption m_paper{QStringLiteral("paper"), QString(), QStringLiteral("a4|letter")};
};

} // namespace rebind::cli
