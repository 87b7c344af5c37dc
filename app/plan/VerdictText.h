// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "NumberRecord.h"
#include "Plan.h"
#include "Tone.h"

#include <QCoreApplication>

namespace rebind {

// How the readiness verdict reads on screen: a short headline, one explaining sentence and
// the tone of its banner, the same on the number's and the person's overview.
class VerdictText
{
    Q_DECLARE_TR_FUNCTIONS(VerdictText)

public:
    static QString headline(const NumberRecord& record, const Plan& plan);
    static QString detail(const NumberRecord& record, const Plan& plan, const QDate& today);
    // What the verdict banner means (the GUI makes colours of it for the current palette).
    static Tone tone(const NumberRecord& record, const Plan& plan);
    // What a count of plan items is made of, so that it adds up with the services listed:
    // "11 services and 4 other steps (checking the new number, telling contacts the new number,
    // …)".
    static QString composition(const QList<PlanItem>& items);
    // A plan step by its kind, short enough for such a list: "checking the new number".
    static QString stepLabel(PlanItem::Kind kind);
    // What to do for an item once the old number is gone: the catalog's lost_number text (in
    // ServiceText::language()), or a general way for services without one; empty for the
    // plan's own steps.
    static QString lostNumberPath(const PlanItem& item);
};

} // namespace rebind
