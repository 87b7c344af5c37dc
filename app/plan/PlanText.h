#pragma once

#include "PlanItem.h"

#include <QCoreApplication>
#include <QString>

namespace rebind {

// How plan items are named, the same in the CLI, the walk-through and exports.
class PlanText
{
    Q_DECLARE_TR_FUNCTIONS(PlanText)

public:
    // The service's name, or the translated title of one of the plan's own steps.
    static QString title(const PlanItem& item);
    // "check-new-number", "binding", "tell-contacts", "call-forwarding", "cancel-at-carrier".
    static QString kindKey(PlanItem::Kind kind);
    // Why an open item keeps the verdict at "not yet safe to cancel": "new-number-not-checked",
    // "old-number-needed", "critical" or "high-risk", and its translated label.
    static QString blockerKey(const PlanItem& item);
    static QString blockerLabel(const QString& key);
};

} // namespace rebind
