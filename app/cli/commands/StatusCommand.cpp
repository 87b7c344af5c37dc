// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatusCommand.h"

#include "Catalog.h"
#include "Console.h"
#include "PlanAccess.h"
#include "PlanText.h"
#include "TerminalText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace rebind::cli {

QString StatusCommand::summary() const
{
    return tr("Say whether a number is safe to cancel yet (exit 3 while it is not, or when it "
              "was cancelled with items still open).");
}

QString StatusCommand::synopsis() const
{
    return QStringLiteral("NUMBER [--json]");
}

void StatusCommand::configure(QCommandLineParser& parser)
{
    m_json = QCommandLineOption(QStringList{QStringLiteral("json")},
                                tr("Print a JSON object with the verdict and what blocks it, for "
                                   "scripts. Exit 0 when safe to cancel (or cancelled with "
                                   "nothing left open), 3 while blocked or when cancelled with "
                                   "items still open. %1")
                                    .arg(PlanAccess::todayNote()));
    parser.addOption(m_json);
    parser.addPositionalArgument(QStringLiteral("NUMBER"),
                                 tr("A number in the vault, in any usual spelling."));
}

QString StatusCommand::verdictKey(const Plan& plan)
{
    if (plan.cancelledWithOpenBlockers()) {
        return QStringLiteral("cancelled-with-open-blockers");
    }
    switch (plan.verdict) {
    case Plan::Verdict::SafeToCancel:
        return QStringLiteral("safe-to-cancel");
    case Plan::Verdict::Blocked:
        return QStringLiteral("blocked");
    case Plan::Verdict::Watching:
        return QStringLiteral("watching");
    case Plan::Verdict::WatchOver:
        return QStringLiteral("watch-over");
    case Plan::Verdict::NothingListed:
        return QStringLiteral("nothing-listed");
    case Plan::Verdict::NotPlanned:
        break;
    }
    return QStringLiteral("not-planned");
}

QString StatusCommand::lostNumberText(const PlanItem& item, const QString& language)
{
    if (item.kind != PlanItem::Kind::Binding ||
        item.serviceKey.startsWith(QLatin1String("custom:"))) {
        return {};
    }
    const CatalogEntry* entry = Catalog::builtIn().find(item.serviceKey);
    return entry != nullptr ? entry->lostNumber.in(language) : QString();
}

QString StatusCommand::renderText(const Plan& plan, const NumberOwner& owner,
                                  const QString& language)
{
    const QString cancel =
        plan.cancelDate.isValid() ? plan.cancelDate.toString(Qt::ISODate) : tr("an unknown date");
    const QString watch = plan.watchUntil.toString(Qt::ISODate);
    if (plan.cancelledWithOpenBlockers()) {
        // No count in the sentence: the list below is the count, and the verb needs no plural.
        QString text = (plan.cancelDate.isValid()
                            ? tr("The old number is gone (cancelled on %1), but items that had "
                                 "to be done first are still open. Do them now; for a service, "
                                 "take its way without the old number:")
                                  .arg(cancel)
                            : tr("The old number is gone, but items that had to be done first "
                                 "are still open. Do them now; for a service, take its way "
                                 "without the old number:")) +
                       QLatin1Char('\n');
        for (const PlanItem& item : plan.blockers()) {
            text += QStringLiteral("  - %1 (%2)\n")
                        .arg(TerminalText::value(PlanText::title(item, owner)),
                             PlanText::blockerLabel(PlanText::blockerKey(item)));
            if (const QString lost = lostNumberText(item, language); !lost.isEmpty()) {
                text += QStringLiteral("    ") +
                        tr("Without the old number: %1").arg(TerminalText::value(lost)) +
                        QLatin1Char('\n');
            }
        }
        if (plan.verdict == Plan::Verdict::Watching && plan.watchUntil.isValid()) {
            text += tr("Until %1, watch that these services send nothing to the old number: it "
                       "will be given to someone else.")
                        .arg(watch) +
                    QLatin1Char('\n');
        } else if (plan.verdict == Plan::Verdict::WatchOver) {
            text += tr("The watch window ended on %1: the old number may belong to someone else "
                       "by now.")
                        .arg(watch) +
                    QLatin1Char('\n');
        }
        return text;
    }
    switch (plan.verdict) {
    case Plan::Verdict::SafeToCancel:
        return tr("Safe to cancel") + QLatin1Char('\n');
    case Plan::Verdict::Blocked: {
        const QList<PlanItem> blockers = plan.blockers();
        QString text =
            tr("Not yet safe to cancel: %n item(s) still block it", nullptr, int(blockers.size())) +
            QLatin1Char('\n');
        for (const PlanItem& item : blockers) {
            text += QStringLiteral("  - %1 (%2)\n")
                        .arg(TerminalText::value(PlanText::title(item, owner)),
                             PlanText::blockerLabel(PlanText::blockerKey(item)));
        }
        return text;
    }
    case Plan::Verdict::Watching:
        return (plan.watchUntil.isValid()
                    ? tr("Cancelled on %1; keep watching until %2 that no login still uses the "
                         "old number")
                          .arg(cancel, watch)
                    : tr("Cancelled; keep watching that no login still uses the old number")) +
               QLatin1Char('\n');
    case Plan::Verdict::WatchOver:
        return tr("Cancelled on %1; the watch window ended on %2").arg(cancel, watch) +
               QLatin1Char('\n');
    case Plan::Verdict::NothingListed:
        return tr("Not yet safe to cancel: no services are listed for this number yet") +
               QLatin1Char('\n');
    case Plan::Verdict::NotPlanned:
        break;
    }
    return tr("Nothing to cancel: this number was received, not given up") + QLatin1Char('\n');
}

QByteArray StatusCommand::renderJson(const NumberRecord& record, const Plan& plan,
                                     const NumberOwner& owner, const QString& language)
{
    QJsonArray blockers;
    for (const PlanItem& item : plan.blockers()) {
        const bool binding = item.kind == PlanItem::Kind::Binding;
        QJsonObject blocker{
            {QStringLiteral("key"), item.key},
            {QStringLiteral("service"),
             binding ? QJsonValue(item.serviceKey) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("service_name"), PlanText::title(item, owner)},
            {QStringLiteral("reason"), PlanText::blockerKey(item)},
        };
        if (plan.cancelledWithOpenBlockers()) {
            const QString lost = lostNumberText(item, language);
            blocker.insert(QStringLiteral("lost_number"),
                           lost.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(lost));
        }
        blockers.append(blocker);
    }
    const QJsonObject object{
        {QStringLiteral("number"), record.number.e164()},
        {QStringLiteral("verdict"), verdictKey(plan)},
        {QStringLiteral("cancel_date"), PlanAccess::dateOrNull(plan.cancelDate)},
        {QStringLiteral("watch_until"), PlanAccess::dateOrNull(plan.watchUntil)},
        {QStringLiteral("blockers"), blockers},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

Outcome StatusCommand::run(const CommandContext& context)
{
    auto loaded = PlanAccess::load(context);
    if (auto* failed = std::get_if<Outcome>(&loaded)) {
        return *failed;
    }
    const auto& [record, plan, owner] = std::get<PlanAccess::Loaded>(loaded);
    if (context.options.isSet(m_json)) {
        context.console.outUtf8(renderJson(record, plan, owner, context.language));
    } else {
        context.console.out(renderText(plan, owner, context.language));
    }
    if (plan.cancelledWithOpenBlockers()) {
        return Outcome::failure(ExitCode::Blocked,
                                tr("%1 was cancelled while items that needed it are still open.")
                                    .arg(record.number.display()));
    }
    if (plan.verdict == Plan::Verdict::Blocked || plan.verdict == Plan::Verdict::NothingListed) {
        return Outcome::failure(ExitCode::Blocked,
                                tr("%1 is not yet safe to cancel.").arg(record.number.display()));
    }
    return Outcome::success();
}

} // namespace rebind::cli
