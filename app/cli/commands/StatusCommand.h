#pragma once

#include "Command.h"
#include "NumberRecord.h"
#include "Plan.h"

#include <QCoreApplication>

namespace rebind::cli {

// status: whether a number is safe to cancel yet, and if not, what still blocks it. Exits 3
// while it is blocked, so that scripts can wait for it.
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
    static QString verdictKey(Plan::Verdict verdict);
    static QString renderText(const Plan& plan);
    static QByteArray renderJson(const NumberRecord& record, const Plan& plan);

    QCommandLineOption m_json{QStringLiteral("json")};
};

} // namespace rebind::cli
