// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"
#include "Inventory.h"

#include <QCoreApplication>

namespace rebind::cli {

// mark: records how far one item of a number's plan is: a service tied to the number (by key or
// name) or one of the plan's own steps (check-new-number, tell-contacts, …).
class MarkCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(MarkCommand)

public:
    QString name() const override { return QStringLiteral("mark"); }
    QString summary() const override;
    QString synopsis() const override;
    void configure(QCommandLineParser& parser) override;
    int minArguments() const override { return 3; }
    Outcome run(const CommandContext& context) override;

private:
    static Outcome markStep(Inventory& inventory, const NumberRecord& record, const QString& step,
                            BindingStatus status, const CommandContext& context);
    static Outcome markBindings(Inventory& inventory, const NumberRecord& record,
                                const QString& service, BindingStatus status,
                                const CommandContext& context);
};

} // namespace rebind::cli
