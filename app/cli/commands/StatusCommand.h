// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"
#include "NumberOwner.h"
#include "NumberRecord.h"
#include "Plan.h"

#include <QCoreApplication>

namespace rebind::cli {

// status: whether a number is safe to cancel yet, and if not, what still blocks it. Exits 3
// while it is blocked, so that scripts can wait for it, and when it was cancelled with blockers
// still open (those now go by each service's lost-number path).
class StatusCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(StatusCommand)

public:
    QString name() const override { return QStringLiteral("status"); }
    QString summary() const override;
    QString synopsis() const override;
    void configure(QCommandLineParser& parser) override;
    int minArguments() const override { return 1; }
    Outcome run(const CommandContext& context) override;

private:
    // "new-number-not-checked", "old-number-needed", "critical" or "high-risk".
    static QString verdictKey(const Plan& plan);
    // The catalog's advice for when the old number is gone; empty for plan steps, custom
    // services and entries without it.
    static QString lostNumberText(const PlanItem& item, const QString& language);
    static QString renderText(const Plan& plan, const NumberOwner& owner, const QString& language);
    static QByteArray renderJson(const NumberRecord& record, const Plan& plan,
                                 const NumberOwner& owner, const QString& language);

    QCommandLineOption m_json{QStringLiteral("json")};
};

} // namespace rebind::cli
