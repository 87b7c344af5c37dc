// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "NumberRecord.h"
#include "Plan.h"
#include "Result.h"

#include <QDate>

namespace rebind {

class Inventory;

// A number's plan from what the vault holds: its bindings, the services, its plan steps.
class VaultPlan
{
public:
    static Result<Plan> build(const Inventory& inventory, const NumberRecord& record,
                              const QDate& today);
};

} // namespace rebind
