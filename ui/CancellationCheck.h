// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "NumberRecord.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDate>

class QWidget;

namespace rebind {

class Inventory;

// Before an edit marks a number as cancelled: the items that still need the old number (or
// matter most) are named, and the person may go back; once it is gone, each of them has to take
// the service's lost-number path.
class CancellationCheck
{
    Q_DECLARE_TR_FUNCTIONS(CancellationCheck)

public:
    // edited: the number as it is about to be saved. A cancellation dated later than today (or
    // not at all) happened today: its date becomes today, so that the watch window is counted
    // from it. An error (Cancelled, no message) when the person goes back to the form.
    static Result<void> confirm(QWidget* parent, const Inventory& inventory,
                                const NumberRecord& before, NumberRecord& edited,
                                const QDate& today);
};

} // namespace rebind
