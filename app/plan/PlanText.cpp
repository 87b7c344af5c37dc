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

} // namespace rebind
