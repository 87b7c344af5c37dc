// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CancellationCheck.h"

#include "Inventory.h"
#include "MessageBox.h"
#include "NumberOwner.h"
#include "PlanText.h"
#include "VaultPlan.h"

namespace rebind {

Result<void> CancellationCheck::confirm(QWidget* parent, const Inventory& inventory,
                                        const NumberRecord& before, NumberRecord& edited,
                                        const QDate& today)
{
    if (edited.status != NumberStatus::Cancelled || before.status == NumberStatus::Cancelled) {
        return {};
    }
    NumberRecord dated = edited;
    if (!dated.cancelDate.isValid() || dated.cancelDate > today) {
        dated.cancelDate = today;
    }
    auto plan = VaultPlan::build(inventory, dated, today);
    if (!plan) {
        return plan.error();
    }
    const QList<PlanItem> open = plan->blockers();
    if (!open.isEmpty()) {
        auto person = inventory.person(edited.personId);
        const NumberOwner owner = person ? NumberOwner::of(*person) : NumberOwner();
        QStringList lines;
        for (const PlanItem& item : open) {
            lines.append(tr("• %1 — %2", "an open item and why it matters")
                             .arg(PlanText::title(item, owner),
                                  PlanText::blockerLabel(PlanText::blockerKey(item))));
        }
        const QString text =
            tr("%n item(s) that need the old number, or matter most, are not done yet:", "",
               static_cast<int>(open.size())) +
            QStringLiteral("\n\n") + lines.join(QLatin1Char('\n')) + QStringLiteral("\n\n") +
            tr("Once %1 is cancelled, codes sent to it no longer reach you: each of these will "
               "need the service's lost-number path, and after a few months the number may be "
               "given to someone else. Mark it as cancelled anyway?")
                .arg(edited.number.display());
        const auto answer = MessageBox::choose(
            parent, tr("Items still open"), text,
            {{QMessageBox::Yes, tr("Mark as cancelled")}, {QMessageBox::No, tr("Go back")}},
            QMessageBox::No);
        if (answer != QMessageBox::Yes) {
            return makeError(ErrorCode::Cancelled, QString());
        }
    }
    edited = dated;
    return {};
}

} // namespace rebind
