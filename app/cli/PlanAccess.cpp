#include "PlanAccess.h"

#include "Catalog.h"
#include "PlanBuilder.h"

namespace rebind::cli {

Result<QDate> PlanAccess::today()
{
    const QString text = qEnvironmentVariable(todayVariable());
    if (text.isEmpty()) {
        return QDate::currentDate();
    }
    const QDate date = QDate::fromString(text.trimmed(), Qt::ISODate);
    if (!date.isValid()) {
        return makeError(ErrorCode::InvalidInput,
                         tr("%1=“%2” is not a date: write it as YYYY-MM-DD.")
                             .arg(QLatin1String(todayVariable()), text));
    }
    return date;
}

QString PlanAccess::todayNote()
{
    return tr("For tests, the environment variable %1=YYYY-MM-DD stands in for today's date.")
        .arg(QLatin1String(todayVariable()));
}

Result<NumberRecord> PlanAccess::findNumber(const Inventory& inventory, const PhoneNumber& number)
{
    auto found = inventory.findNumber(number);
    if (!found) {
        return found.error();
    }
    if (!found->has_value()) {
        return makeError(ErrorCode::NotFound, tr("%1 is not in the vault.").arg(number.display()));
    }
    return **found;
}

Result<Plan> PlanAccess::build(const Inventory& inventory, const NumberRecord& record,
                               const QDate& today)
{
    PlanBuilder::Input input;
    input.number = record;
    input.today = today;
    auto bindings = inventory.bindings(record.id);
    if (!bindings) {
        return bindings.error();
    }
    input.bindings = *bindings;
    auto services = inventory.services();
    if (!services) {
        return services.error();
    }
    for (const Service& service : *services) {
        input.services.insert(service.id, service);
    }
    auto steps = inventory.planSteps(record.id);
    if (!steps) {
        return steps.error();
    }
    input.steps = *steps;
    return PlanBuilder(Catalog::builtIn()).build(input);
}

QString PlanAccess::kindKey(PlanItem::Kind kind)
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

QString PlanAccess::title(const PlanItem& item)
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

QJsonValue PlanAccess::dateOrNull(const QDate& date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

} // namespace rebind::cli
