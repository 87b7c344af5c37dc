// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChecklistOptions.h"
#include "ChecklistSheet.h"
#include "ExportScope.h"
#include "Result.h"

namespace rebind {

class Catalog;
class Inventory;

// Gathers what a printed checklist shows, from the vault (plan, the user's own steps, accounts)
// and the catalog (names in both languages, steps, warnings, official page).
class ChecklistCollector
{
public:
    static Result<QList<ChecklistSheet>> collect(const Inventory& inventory,
                                                 const ExportScope& scope,
                                                 const ChecklistOptions& options,
                                                 const Catalog& catalog);
};

} // namespace rebind
