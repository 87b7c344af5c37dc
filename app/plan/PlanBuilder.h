// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Binding.h"
#include "NumberRecord.h"
#include "Plan.h"
#include "PlanStepState.h"
#include "Service.h"

#include <QHash>
#include <QList>

namespace rebind {

class Catalog;

// Orders a number's bindings into a cancellation plan, gives each a due date relative to the
// cancel date, and decides whether the number is safe to cancel. Pure: no vault, no widgets.
//
// Order: check the new number; then what needs the old number or a branch visit; then by risk
// tier (critical, high, medium, low); ties by name; last: tell contacts, call forwarding, cancel
// at the carrier. Due: the user's own date wins; otherwise in-person or critical 14 days before
// the cancel date, needs-the-old-number 7 days before, the rest by the cancel date.
class PlanBuilder
{
public:
    struct Input
    {
        NumberRecord number;
        QList<Binding> bindings;
        QHash<qint64, Service> services;
        QList<PlanStepState> steps;
        QDate today;
    };

    explicit PlanBuilder(const Catalog& catalog);
    Plan build(const Input& input) const;

    static constexpr int kCriticalLeadDays = 14;
    static constexpr int kOldNumberLeadDays = 7;
    static constexpr int kCheckNewNumberLeadDays = 21;

    static QStringList stepKeys();

private:
    PlanItem bindingItem(const Binding& binding, const Input& input) const;

    const Catalog& m_catalog;
};

} // namespace rebind
