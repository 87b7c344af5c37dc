// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ExportScope.h"
#include "Result.h"

#include <QByteArray>
#include <QStringList>

namespace rebind {

class Inventory;

// The inventory as a spreadsheet: one row per binding, for people who keep their own records
// or want to sort and filter in Excel. Values are the stable keys (Vocabulary, E.164, ISO 8601
// dates), not translated labels, so a file reads the same whatever the app's language was.
class InventoryCsv
{
public:
    // Accounts (user names, e-mail addresses) are the most sensitive column, so they are only
    // written when asked for, and then the column is there; otherwise it is absent altogether.
    static Result<QByteArray> write(const Inventory& inventory, const ExportScope& scope,
                                    bool includeAccounts);
    static QStringList header(bool includeAccounts);
};

} // namespace rebind
