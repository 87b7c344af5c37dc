// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanAccess.h"

#include "ValueParser.h"
#include "VaultAccess.h"
#include "VaultPlan.h"

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

QJsonValue PlanAccess::dateOrNull(const QDate& date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

std::variant<PlanAccess::Loaded, Outcome> PlanAccess::load(const CommandContext& context)
{
    auto number = ValueParser::phoneNumber(context.arguments.at(0));
    if (!number) {
        return Outcome::fromError(number.error());
    }
    auto day = today();
    if (!day) {
        return Outcome::fromError(day.error());
    }
    auto vault = VaultAccess::open(context.vaultPath, context.passphrases, Vault::Access::ReadOnly);
    if (!vault) {
        return Outcome::vaultUnavailable(vault.error());
    }
    const Inventory inventory((*vault)->database());
    auto record = findNumber(inventory, *number);
    if (!record) {
        return Outcome::fromError(record.error());
    }
    auto person = inventory.person(record->personId);
    if (!person) {
        return Outcome::fromError(person.error());
    }
    auto plan = VaultPlan::build(inventory, *record, *day);
    if (!plan) {
        return Outcome::fromError(plan.error());
    }
    return Loaded{std::move(record).value(), std::move(plan).value(), NumberOwner::of(*person)};
}

} // namespace rebind::cli
