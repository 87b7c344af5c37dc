// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanBuilder.h"

#include "Catalog.h"

#include <algorithm>

namespace rebind {

namespace {

const QString kCheckNewNumber = QStringLiteral("check-new-number");
const QString kTellContacts = QStringLiteral("tell-contacts");
const QString kCallForwarding = QStringLiteral("call-forwarding");
const QString kCancelAtCarrier = QStringLiteral("cancel-at-carrier");

// Custom services have no catalog tier: what the number does there says how much it matters.
RiskTier tierFromRoles(BindingRoles roles)
{
    if (roles.testFlag(BindingRole::BankReserved)) {
        return RiskTier::Critical;
    }
    if (roles.testFlag(BindingRole::SmsLogin) || roles.testFlag(BindingRole::Recovery) ||
        roles.testFlag(BindingRole::TwoFactor)) {
        return RiskTier::High;
    }
    return RiskTier::Medium;
}

int group(const PlanItem& item)
{
    switch (item.kind) {
    case PlanItem::Kind::CheckNewNumber:
        return 0;
    case PlanItem::Kind::Binding:
        if (item.phoneLine) {
            return 5; // the line is dealt with last, just before it is cancelled
        }
        return (item.oldNumberNeeded || item.inPerson) ? 1 : 2;
    case PlanItem::Kind::TellContacts:
        return 3;
    case PlanItem::Kind::CallForwarding:
        return 4;
    case PlanItem::Kind::CancelAtCarrier:
        return 6;
    }
    return 7;
}

} // namespace

PlanBuilder::PlanBuilder(const Catalog& catalog) : m_catalog(catalog) {}

QStringList PlanBuilder::stepKeys()
{
    return {kCheckNewNumber, kTellContacts, kCallForwarding, kCancelAtCarrier};
}

PlanItem PlanBuilder::bindingItem(const Binding& binding, const Input& input) const
{
    PlanItem item;
    item.kind = PlanItem::Kind::Binding;
    item.key = QStringLiteral("binding:") + binding.uid;
    item.bindingId = binding.id;
    item.action = binding.action;
    item.status = binding.status;
    const Service service = input.services.value(binding.serviceId);
    item.serviceKey = service.key();
    item.serviceName = service.name;
    const CatalogEntry* entry = service.isCustom() ? nullptr : m_catalog.find(service.catalogId);
    if (entry != nullptr) {
        item.tier = entry->tier;
        // Where the only other way is a visit in person (a bank's counter), the old number is
        // still what lets it be done from home: plan it as needing the old number.
        item.oldNumberNeeded =
            entry->oldNumberNeeded ||
            (entry->oldNumber == OldNumberNeed::OneOf &&
             entry->oldNumberAlternatives == QStringList{QStringLiteral("counter")});
        item.inPerson = entry->inPerson;
        item.phoneLine = entry->isCancelOrKeep();
    } else {
        item.tier = tierFromRoles(binding.roles);
    }
    const QDate cancel = input.number.cancelDate;
    if (binding.due.isValid()) {
        item.due = binding.due;
        item.dueRule = PlanItem::Due::Explicit;
    } else if (cancel.isValid() && item.phoneLine) {
        item.due = cancel;
        item.dueRule = PlanItem::Due::ByCancelDate;
    } else if (cancel.isValid() && (item.inPerson || item.tier == RiskTier::Critical)) {
        item.due = cancel.addDays(-kCriticalLeadDays);
        item.dueRule = PlanItem::Due::CriticalOrInPerson;
    } else if (cancel.isValid() && item.oldNumberNeeded) {
        item.due = cancel.addDays(-kOldNumberLeadDays);
        item.dueRule = PlanItem::Due::OldNumberNeeded;
    } else if (cancel.isValid()) {
        item.due = cancel;
        item.dueRule = PlanItem::Due::ByCancelDate;
    }
    // "Keep" is the person's own decision that the number may stay there.
    // Cancelling the line is the end of the plan, not something that stands in its way.
    item.blocker =
        item.action != BindingAction::Keep && !item.phoneLine &&
        (item.oldNumberNeeded || item.tier == RiskTier::Critical || item.tier == RiskTier::High);
    return item;
}

Plan PlanBuilder::build(const Input& input) const
{
    Plan plan;
    plan.cancelDate = input.number.cancelDate;
    const QDate cancel = input.number.cancelDate;

    for (const Binding& binding : input.bindings) {
        plan.items.append(bindingItem(binding, input));
    }
    const bool anyRebind =
        std::any_of(input.bindings.begin(), input.bindings.end(),
                    [](const Binding& b) { return b.action == BindingAction::Rebind; });
    const auto step = [&](PlanItem::Kind kind, const QString& key, int leadDays, bool blocker) {
        PlanItem item;
        item.kind = kind;
        item.key = key;
        item.tier = RiskTier::High;
        item.blocker = blocker;
        for (const PlanStepState& state : input.steps) {
            if (state.step == key) {
                item.status = state.status;
                item.due = state.due;
                item.dueRule = state.due.isValid() ? PlanItem::Due::Explicit : PlanItem::Due::None;
            }
        }
        // A number marked cancelled has been cancelled at the carrier, ticked or not.
        if (kind == PlanItem::Kind::CancelAtCarrier &&
            input.number.status == NumberStatus::Cancelled && item.isOpen()) {
            item.status = BindingStatus::Done;
        }
        if (!item.due.isValid() && cancel.isValid()) {
            item.due = cancel.addDays(-leadDays);
            item.dueRule = PlanItem::Due::ByCancelDate;
        }
        plan.items.append(item);
    };
    // Rebinding needs a working number in the person's own name.
    step(PlanItem::Kind::CheckNewNumber, kCheckNewNumber, kCheckNewNumberLeadDays, anyRebind);
    step(PlanItem::Kind::TellContacts, kTellContacts, kOldNumberLeadDays, false);
    step(PlanItem::Kind::CallForwarding, kCallForwarding, 1, false);
    step(PlanItem::Kind::CancelAtCarrier, kCancelAtCarrier, 0, false);

    std::stable_sort(
        plan.items.begin(), plan.items.end(), [](const PlanItem& a, const PlanItem& b) {
            if (group(a) != group(b)) {
                return group(a) < group(b);
            }
            if (a.tier != b.tier) {
                return a.tier < b.tier; // Critical is the smallest value
            }
            const int byName = a.serviceName.compare(b.serviceName, Qt::CaseInsensitive);
            if (byName != 0) {
                return byName < 0;
            }
            return a.key < b.key;
        });

    for (PlanItem& item : plan.items) {
        item.overdue = item.isOpen() && item.due.isValid() && item.due < input.today;
    }

    switch (input.number.status) {
    case NumberStatus::Cancelled:
        plan.watchUntil = cancel.isValid() ? cancel.addDays(Plan::kWatchDays) : QDate();
        plan.verdict = (!plan.watchUntil.isValid() || input.today <= plan.watchUntil)
                           ? Plan::Verdict::Watching
                           : Plan::Verdict::WatchOver;
        break;
    case NumberStatus::Received:
        plan.verdict = Plan::Verdict::NotPlanned;
        break;
    case NumberStatus::InUse:
    case NumberStatus::Cancelling:
        // An empty list is not a finished one: "safe" would be false comfort.
        if (input.bindings.isEmpty()) {
            plan.verdict = Plan::Verdict::NothingListed;
        } else {
            plan.verdict =
                plan.blockers().isEmpty() ? Plan::Verdict::SafeToCancel : Plan::Verdict::Blocked;
        }
        break;
    }
    return plan;
}

} // namespace rebind
