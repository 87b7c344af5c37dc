// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Binding.h"

#include <QDate>
#include <QString>

namespace rebind {

// Progress on one of a number's own plan steps (those that are not bindings: check the new
// number, tell contacts, call forwarding, cancel at the carrier). Kept in the vault per number.
struct PlanStepState
{
    QString step; // "check-new-number", "tell-contacts", "call-forwarding", "cancel-at-carrier"
    BindingStatus status = BindingStatus::ToDo;
    QDate due; // the user's own date; invalid: the plan's
};

} // namespace rebind
