#include "PlanCommand.h"

#include "Console.h"
#include "Inventory.h"
#include "PlanAccess.h"
#include "PlanText.h"
#include "ValueParser.h"
#include "VaultAccess.h"
#include "VaultPlan.h"
#include "Vocabulary.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace rebind::cli {

QString PlanCommand::summary() const
{
    return tr("Show a number's cancellation plan: each item in order, with its due date.");
}

QString PlanCommand::synopsis() const
{
    return QStringLiteral("NUMBER [--json]");
}

void PlanCommand::configure(QCommandLineParser& parser)
{
    m_json = QCommandLineOption(QStringList{QStringLiteral("json")},
                                tr("Print a JSON array with one object per plan item, for "
                                   "scripts. %1")
                                    .arg(PlanAccess::todayNote()));
    parser.addOption(m_json);
    parser.addPositionalArgument(QStringLiteral("NUMBER"),
                                 tr("A number in the vault, in any usual spelling."));
}

QString PlanCommand::renderText(const Plan& plan)
{
    QString text;
    int position = 0;
    for (const PlanItem& item : plan.items) {
        ++position;
        QStringList parts;
        if (item.kind == PlanItem::Kind::Binding) {
            parts.append(Vocabulary::label(item.action));
        }
        if (item.due.isValid()) {
            parts.append(item.overdue ? tr("due %1 (overdue)").arg(item.due.toString(Qt::ISODate))
                                      : tr("due %1").arg(item.due.toString(Qt::ISODate)));
        }
        if (item.blocker && item.isOpen()) {
            parts.append(tr("blocks cancelling"));
        }
        parts.prepend(
            QStringLiteral("[%1] %2").arg(Vocabulary::label(item.status), PlanText::title(item)));
        text += QStringLiteral("%1. ").arg(position, 2) + parts.join(QStringLiteral(" — ")) +
                QLatin1Char('\n');
    }
    return text;
}

QByteArray PlanCommand::renderJson(const Plan& plan)
{
    QJsonArray items;
    int position = 0;
    for (const PlanItem& item : plan.items) {
        const bool binding = item.kind == PlanItem::Kind::Binding;
        items.append(QJsonObject{
            {QStringLiteral("position"), ++position},
            {QStringLiteral("key"), item.key},
            {QStringLiteral("kind"), PlanText::kindKey(item.kind)},
            {QStringLiteral("service"),
             binding ? QJsonValue(item.serviceKey) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("service_name"), PlanText::title(item)},
            {QStringLiteral("action"),
             binding ? QJsonValue(Vocabulary::key(item.action)) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("status"), Vocabulary::key(item.status)},
            {QStringLiteral("due"), PlanAccess::dateOrNull(item.due)},
            {QStringLiteral("overdue"), item.overdue},
            {QStringLiteral("blocker"), item.blocker},
            {QStringLiteral("tier"), catalogKey(item.tier)},
        });
    }
    return QJsonDocument(items).toJson(QJsonDocument::Indented);
}

Outcome PlanCommand::run(const CommandContext& context)
{
    auto number = ValueParser::phoneNumber(context.arguments.at(0));
    if (!number) {
        return Outcome::fromError(number.error());
    }
    auto today = PlanAccess::today();
    if (!today) {
        return Outcome::fromError(today.error());
    }
    auto vault = VaultAccess::open(context.vaultPath, context.passphrases);
    if (!vault) {
        return Outcome::vaultUnavailable(vault.error());
    }
    const Inventory inventory((*vault)->database());
    auto record = PlanAccess::findNumber(inventory, *number);
    if (!record) {
        return Outcome::fromError(record.error());
    }
    auto plan = VaultPlan::build(inventory, *record, *today);
    if (!plan) {
        return Outcome::fromError(plan.error());
    }
    if (context.options.isSet(m_json)) {
        context.console.outUtf8(renderJson(*plan));
    } else {
        context.console.out(renderText(*plan));
    }
    return Outcome::success();
}

} // namespace rebind::cli
