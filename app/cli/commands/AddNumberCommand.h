// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace rebind::cli {

// add-number: gives a person a phone number, with its planned cancel date and replacement.
class AddNumberCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(AddNumberCommand)

public:
    QString name() const override { return QStringLiteral("add-number"); }
    QString summary() const override;
    QString synopsis() const override;
    void configure(QCommandLineParser& parser) override;
    int minArguments() const override { return 2; }
    Outcome run(const CommandContext& context) override;

private:
    QCommandLineOption m_cancelDate{QStringLiteral("cancel-date")};
    QCommandLineOption m_replacement{QStringLiteral("replacement")};
    QCommandLineOption m_status{QStringLiteral("status")};
    QCommandLineOption m_carrier{QStringLiteral("carrier")};
    QCommandLineOption m_notes{QStringLiteral("notes")};
};

} // namespace rebind::cli
