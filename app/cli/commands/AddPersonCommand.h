// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace rebind::cli {

// add-person: adds someone whose numbers the vault keeps track of.
class AddPersonCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(AddPersonCommand)

public:
    QString name() const override { return QStringLiteral("add-person"); }
    QString summary() const override;
    QString synopsis() const override;
    void configure(QCommandLineParser& parser) override;
    int minArguments() const override { return 1; }
    Outcome run(const CommandContext& context) override;

private:
    QCommandLineOption m_relation{QStringLiteral("relation")};
    QCommandLineOption m_notes{QStringLiteral("notes")};
};

} // namespace rebind::cli
