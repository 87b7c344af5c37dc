// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanCommand.h"

#include "Console.h"
#include "PlanAccess.h"
#include "PlanText.h"
#include "TerminalText.h"
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

QString PlanCommand::renderText(const Plan& plan, const NumberOwner& owner)
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
        parts.prepend(QStringLiteral("[%1] %2").arg(
            Vocabulary::label(item.status), TerminalText::value(PlanText::title(item, owner))));
        text += QStringLiteral("%1. ").arg(position, 2) + parts.join(QStringLiteral(" — ")) +
                QLatin1Char('\n');
    }
    return text;
}

QByteArray PlanCommand::renderJson(const Plan& plan, const NumberOwner& owner)
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
            {QStringLiteral("service_name"), PlanText::title(item, owner)},
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
    auto loaded = PlanAccess::load(context);
    if (auto* failed = std::get_if<Outcome>(&loaded)) {
        return *failed;
    }
    const PlanAccess::Loaded& found = std::get<PlanAccess::Loaded>(loaded);
    if (context.options.isSet(m_json)) {
        context.console.outUtf8(renderJson(found.plan, found.owner));
    } else {
        context.console.out(renderText(found.plan, found.owner));
    }
    return Outcome::success();
}

} // namespace rebind::cli
