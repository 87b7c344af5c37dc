// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "VaultPlan.h"

#include "Catalog.h"
#include "Inventory.h"
#include "PlanBuilder.h"

namespace rebind {

Result<Plan> VaultPlan::build(const Inventory& inventory, const NumberRecord& record,
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

} // namespace rebind
