// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanText.h"

namespace rebind {

QString PlanText::title(const PlanItem& item, const NumberOwner& owner)
{
    switch (item.kind) {
    case PlanItem::Kind::CheckNewNumber:
        return owner.isSelf()
                   ? tr("Make sure the new number works and is in your name")
                   : tr("Make sure the new number works and is in %1's name").arg(owner.noun());
    case PlanItem::Kind::Binding:
        return item.serviceName;
    case PlanItem::Kind::TellContacts:
        return owner.isSelf() ? tr("Tell your contacts the new number")
                              : tr("Tell %1's contacts the new number").arg(owner.noun());
    case PlanItem::Kind::CallForwarding:
        return tr("Set up call forwarding (optional)");
    case PlanItem::Kind::CancelAtCarrier:
        return tr("Cancel the old number at the carrier");
    }
    return item.serviceName;
}

QString PlanText::kindKey(PlanItem::Kind kind)
{
    switch (kind) {
    case PlanItem::Kind::CheckNewNumber:
        return QStringLiteral("check-new-number");
    case PlanItem::Kind::Binding:
        return QStringLiteral("binding");
    case PlanItem::Kind::TellContacts:
        return QStringLiteral("tell-contacts");
    case PlanItem::Kind::CallForwarding:
        return QStringLiteral("call-forwarding");
    case PlanItem::Kind::CancelAtCarrier:
        return QStringLiteral("cancel-at-carrier");
    }
    return QString();
}

QString PlanText::blockerKey(const PlanItem& item)
{
    if (item.kind == PlanItem::Kind::CheckNewNumber) {
        return QStringLiteral("new-number-not-checked");
    }
    if (item.oldNumberNeeded) {
        return QStringLiteral("old-number-needed");
    }
    if (item.tier == RiskTier::Critical) {
        return QStringLiteral("critical");
    }
    return QStringLiteral("high-risk");
}

QString PlanText::blockerLabel(const QString& reason)
{
    if (reason == QLatin1String("new-number-not-checked")) {
        return tr("new number not checked");
    }
    if (reason == QLatin1String("old-number-needed")) {
        return tr("needs the old number");
    }
    if (reason == QLatin1String("critical")) {
        return tr("critical");
    }
    return tr("high-risk");
}

QString PlanText::instruction(const PlanItem& item, const NumberRecord& record, bool masked,
                              const NumberOwner& owner)
{
    const auto shown = [masked](const PhoneNumber& number) {
        return masked ? number.masked() : number.display();
    };
    const bool self = owner.isSelf();
    const QString whose = owner.noun();
    // Formatted only when the line names it: a checklist of 1,000 items asks 1,000 times.
    const auto old = [&] { return shown(record.number); };
    const auto fresh = [&] {
        return !record.replacement.isNull() ? shown(record.replacement)
               : self                       ? tr("your new number")
                                            : tr("%1's new number").arg(whose);
    };
    switch (item.kind) {
    case PlanItem::Kind::CheckNewNumber:
        if (!self) {
            return tr("Before you change anything: call and text %1, and make sure it is "
                      "registered in %2's name with %2's ID card.")
                .arg(fresh(), whose);
        }
        return tr("Before you change anything: call and text %1, and make sure it is registered "
                  "in your own name with your ID card.")
            .arg(fresh());
    case PlanItem::Kind::TellContacts:
        if (!self) {
            return tr("Send %1 to %2's family, friends, doctor, landlord and anyone else who "
                      "calls %2.")
                .arg(fresh(), whose);
        }
        return tr("Send %1 to family, friends, your doctor, your landlord and anyone else who "
                  "calls you.")
            .arg(fresh());
    case PlanItem::Kind::CallForwarding:
        return tr("If the carrier offers it, have calls to %1 forwarded to %2 for a while.")
            .arg(old(), fresh());
    case PlanItem::Kind::CancelAtCarrier: {
        const QString carrier = record.carrier.isEmpty() ? tr("the carrier") : record.carrier;
        // A counter visit with the ID card is how mainland Chinese carriers end a line; elsewhere
        // a contract or plan is ended by phone, online or in a shop.
        if (const QString region = record.number.regionCode();
            !region.isEmpty() && region != QLatin1String("CN")) {
            return tr("Only when everything above is done: contact %2 to cancel %1 (by phone, "
                      "online or in a shop) and end its contract or plan.")
                .arg(old(), carrier);
        }
        if (!self) {
            return tr("Only when everything above is done: cancel %1 at %2, in person with %3's "
                      "ID card.")
                .arg(old(), carrier, whose);
        }
        return tr("Only when everything above is done: cancel %1 at %2, in person with your ID "
                  "card.")
            .arg(old(), carrier);
    }
    case PlanItem::Kind::Binding:
        break;
    }
    if (item.phoneLine && item.action != BindingAction::Keep) {
        return tr("This is the phone line itself: it is not moved to %1. Cancel %2 here last, "
                  "when everything else has moved, or keep it.")
            .arg(fresh(), old());
    }
    switch (item.action) {
    case BindingAction::Rebind:
        return tr("Change the number here to %1.").arg(fresh());
    case BindingAction::Unbind:
        return tr("Remove %1 from this account.").arg(old());
    case BindingAction::Close:
        return tr("Close this account.");
    case BindingAction::Keep:
        return tr("You chose to keep %1 here: check that this is still right.").arg(old());
    }
    return QString();
}

} // namespace rebind
