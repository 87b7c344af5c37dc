// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"
#include "NumberOwner.h"
#include "Plan.h"

#include <QCoreApplication>

namespace rebind::cli {

// plan: a number's cancellation plan, in order: what to do about each service and step, by
// when, and what still blocks cancelling the number. As text or as JSON.
class PlanCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(PlanCommand)

public:
    QString name() const override { return QStringLiteral("plan"); }
    QString summary() const override;
    QString synopsis() const override;
    void configure(QCommandLineParser& parser) override;
    int minArguments() const override { return 1; }
    Outcome run(const CommandContext& context) override;

private:
    static QString renderText(const Plan& plan, const NumberOwner& owner);
    static QByteArray renderJson(const Plan& plan, const NumberOwner& owner);

    QCommandLineOption m_json{QStringLiteral("json")};
};

} // namespace rebind::cli
