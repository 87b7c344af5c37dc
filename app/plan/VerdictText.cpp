#include "VerdictText.h"

#include "DisplayText.h"

namespace rebind {

QString VerdictText::headline(const NumberRecord& record, const Plan& plan)
{
    if (record.status == NumberStatus::Received) {
        return tr("You received this number");
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
    switch (plan.verdict) {
    case Plan::Verdict::SafeToCancel:
        return tr("Everything that needs the old number, or matters most, is done or not "
                  "needed.");
    case Plan::Verdict::Blocked:
        return tr("%n item(s) must be done first (listed below).", "",
                  static_cast<int>(plan.blockers().size()));
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

QString VerdictText::background(const NumberRecord& record, const Plan& plan)
{
    if (record.status == NumberStatus::Received) {
        return QStringLiteral("#e8f0fb");
    }
    switch (plan.verdict) {
    case Plan::Verdict::SafeToCancel:
    case Plan::Verdict::WatchOver:
        return QStringLiteral("#e3f4e3");
    case Plan::Verdict::Blocked:
    case Plan::Verdict::NothingListed:
        return QStringLiteral("#fdf1d8");
    case Plan::Verdict::Watching:
        return QStringLiteral("#e8f0fb");
    case Plan::Verdict::NotPlanned:
        break;
    }
    return QStringLiteral("#f0f0f0");
}

} // namespace rebind
