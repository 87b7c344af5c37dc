// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "NumberOwner.h"
#include "NumberRecord.h"
#include "PlanItem.h"

#include <QCoreApplication>
#include <QString>

namespace rebind {

// How plan items are named, the same in the CLI, the walk-through and exports. The plan's own
// steps speak about the owner's name, ID card and contacts: owner says whose number it is
// (the reader's own when left out), so that a daughter reads "your mother's ID card".
class PlanText
{
    Q_DECLARE_TR_FUNCTIONS(PlanText)

public:
    // The service's name, or the translated title of one of the plan's own steps.
    static QString title(const PlanItem& item, const NumberOwner& owner = {});
    // "check-new-number", "binding", "tell-contacts", "call-forwarding", "cancel-at-carrier".
    static QString kindKey(PlanItem::Kind kind);
    // What to do for the item, in a sentence: "Change the number here to 138 0013 8000."
    // masked: numbers as 138 **** 8000 (print-outs).
    static QString instruction(const PlanItem& item, const NumberRecord& record,
                               bool masked = false, const NumberOwner& owner = {});
    // Why an open item keeps the verdict at "not yet safe to cancel": "new-number-not-checked",
    // "old-number-needed", "critical" or "high-risk", and its translated label.
    static QString blockerKey(const PlanItem& item);
    static QString blockerLabel(const QString& key);
};

} // namespace rebind
