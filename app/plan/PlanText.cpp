#include "PlanText.h"

namespace rebind {

QString PlanText::title(const PlanItem& item)
{
    switch (item.kind) {
    case PlanItem::Kind::CheckNewNumber:
        return tr("Make sure the new number works and is in your name");
    case PlanItem::Kind::Binding:
        return item.serviceName;
    case PlanItem::Kind::TellContacts:
        return tr("Tell your contacts the new number");
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

} // namespace rebind
