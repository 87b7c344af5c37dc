// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "VerdictText.h"

#include "Catalog.h"
#include "DisplayText.h"
#include "ServiceText.h"

namespace rebind {

QString VerdictText::headline(const NumberRecord& record, const Plan& plan)
{
    if (record.status == NumberStatus::Received) {
        return tr("You received this number");
    }
    if (plan.cancelledWithOpenBlockers()) {
        return tr("Cancelled with %n item(s) still open", "",
                  static_cast<int>(plan.blockers().size()));
    }
    switch (plan.verdict) {
    case Plan::Verdict::SafeToCancel:
        return tr("Safe to cancel");
    case Plan::Verdict::Blocked:
        return tr("Not yet safe to cancel");
    case Plan::Verdict::Watching:
        return tr("Cancelled: keep watching");
    case Plan::Verdict::WatchOver:
        return tr("Cancelled: all done");
    case Plan::Verdict::NothingListed:
        return tr("Nothing listed yet");
    case Plan::Verdict::NotPlanned:
        break;
    }
    return tr("No cancellation planned");
}

QString VerdictText::detail(const NumberRecord& record, const Plan& plan, const QDate& today)
{
    if (record.status == NumberStatus::Received) {
        return tr("Numbers are re-issued: the previous owner's accounts may still use it. Check "
                  "the common services with “New-owner checks…”.");
    }
    if (plan.cancelledWithOpenBlockers()) {
        const QString gone = tr("The old number is gone: codes sent to it no longer reach you. "
                                "Use each service's lost-number path for the items below.");
        // Numbers are reissued: the next owner would get these services' codes and notices.
        QString watch;
        if (!plan.watchUntil.isValid()) {
            watch = tr("Numbers are given to someone else after a few months: for %n day(s) "
                       "after the cancellation, watch that these services send nothing to the "
                       "old number.",
                       "", Plan::kWatchDays);
        } else if (plan.verdict == Plan::Verdict::Watching) {
            watch = tr("Numbers are given to someone else after a few months: until %1 (%2), "
                       "watch that these services send nothing to the old number.")
                        .arg(DisplayText::date(plan.watchUntil),
                             DisplayText::relativeDays(plan.watchUntil, today));
        } else {
            watch = tr("The watch window ended on %1: the old number may belong to someone else "
                       "by now.")
                        .arg(DisplayText::date(plan.watchUntil));
        }
        return tr("%1 %2", "two sentences in a row").arg(gone, watch);
    }
    switch (plan.verdict) {
    case Plan::Verdict::SafeToCancel:
        return tr("Everything that needs the old number, or matters most, is done or not "
                  "needed.");
    case Plan::Verdict::Blocked:
        return tr("%n item(s) must be done first: %1 (listed below).", "",
                  static_cast<int>(plan.blockers().size()))
            .arg(composition(plan.blockers()));
    case Plan::Verdict::Watching:
        return tr("Numbers are given to someone else after a few months. Until %1 (%2), check "
                  "now and then that no login still sends codes to the old number.")
            .arg(DisplayText::date(plan.watchUntil),
                 DisplayText::relativeDays(plan.watchUntil, today));
    case Plan::Verdict::WatchOver:
        return tr("The number was cancelled on %1 and the watch window ended on %2.")
            .arg(DisplayText::date(plan.cancelDate), DisplayText::date(plan.watchUntil));
    case Plan::Verdict::NothingListed:
        return tr("No services are listed for this number yet, so nothing is known to be safe. "
                  "List the apps, banks and other services that use it with “Find services to "
                  "add…” first.");
    case Plan::Verdict::NotPlanned:
        break;
    }
    return tr("Set a cancel date with “Edit number…” to get a plan with due dates.");
}

Tone VerdictText::tone(const NumberRecord& record, const Plan& plan)
{
    if (record.status == NumberStatus::Received) {
        return Tone::Info;
    }
    if (plan.cancelledWithOpenBlockers()) {
        return Tone::Danger;
    }
    switch (plan.verdict) {
    case Plan::Verdict::SafeToCancel:
    case Plan::Verdict::WatchOver:
        return Tone::Good;
    case Plan::Verdict::Blocked:
    case Plan::Verdict::NothingListed:
        return Tone::Caution;
    case Plan::Verdict::Watching:
        return Tone::Info;
    case Plan::Verdict::NotPlanned:
        break;
    }
    return Tone::Neutral;
}

QString VerdictText::stepLabel(PlanItem::Kind kind)
{
    switch (kind) {
    case PlanItem::Kind::CheckNewNumber:
        return tr("checking the new number");
    case PlanItem::Kind::TellContacts:
        return tr("telling contacts the new number");
    case PlanItem::Kind::CallForwarding:
        return tr("call forwarding");
    case PlanItem::Kind::CancelAtCarrier:
        return tr("cancelling at the carrier");
    case PlanItem::Kind::Binding:
        break;
    }
    return QString();
}

QString VerdictText::lostNumberPath(const PlanItem& item)
{
    if (item.kind != PlanItem::Kind::Binding) {
        return QString();
    }
    const CatalogEntry* entry = Catalog::builtIn().find(item.serviceKey);
    const QString text =
        entry != nullptr ? entry->lostNumber.in(ServiceText::language()) : QString();
    if (!text.isEmpty()) {
        return text;
    }
    return tr("Ask the service's customer support to change the number on the account without a "
              "code to the old one; have the ID card ready.");
}

QString VerdictText::composition(const QList<PlanItem>& items)
{
    const int services = Plan::serviceCount(items);
    QStringList steps;
    for (const PlanItem& item : items) {
        if (item.kind != PlanItem::Kind::Binding) {
            steps.append(stepLabel(item.kind));
        }
    }
    const QString servicesText = tr("%n service(s)", "", services);
    if (steps.isEmpty()) {
        return servicesText;
    }
    const QString stepsText =
        steps.size() == 1 ? steps.first()
                          : tr("%n other step(s) (%1)", "", static_cast<int>(steps.size()))
                                .arg(steps.join(tr(", ", "between the names of plan steps")));
    if (services == 0) {
        return stepsText;
    }
    return tr("%1 and %2", "services and plan steps").arg(servicesText, stepsText);
}

} // namespace rebind
