// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"
#include "Inventory.h"
#include "NumberOwner.h"
#include "NumberRecord.h"
#include "Plan.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonValue>
#include <variant>

namespace rebind::cli {

// What plan, status and mark share: the day the plan is judged on, the number looked up in
// the vault, and dates in JSON. (Building and naming the plan: VaultPlan, PlanText.)
class PlanAccess
{
    Q_DECLARE_TR_FUNCTIONS(PlanAccess)

public:
    // The environment variable that stands in for today's date (YYYY-MM-DD), for tests.
    static const char* todayVariable() { return "REBIND_TODAY"; }
    // QDate::currentDate(), or REBIND_TODAY when set; InvalidInput when that is not a date.
    static Result<QDate> today();
    // The help text that documents REBIND_TODAY.
    static QString todayNote();

    // NotFound, with a translated message, when the number is not in the vault.
    static Result<NumberRecord> findNumber(const Inventory& inventory, const PhoneNumber& number);
    static QJsonValue dateOrNull(const QDate& date);

    struct Loaded
    {
        NumberRecord record;
        Plan plan;
        NumberOwner owner; // whose number it is, for the texts that name the owner
    };
    // What plan and status begin with: the NUMBER argument parsed, today, the vault opened,
    // the number found, its owner and its plan built; or the Outcome to end the command with.
    static std::variant<Loaded, Outcome> load(const CommandContext& context);
};

} // namespace rebind::cli
