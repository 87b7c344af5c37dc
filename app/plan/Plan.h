#pragma once

#include "PlanItem.h"

#include <QList>

namespace rebind {

// A number's ordered plan and the verdict on whether it may be cancelled yet.
struct Plan
{
    enum class Verdict
    {
        SafeToCancel,  // nothing that needs the old number or matters much is open
        Blocked,       // see blockers()
        Watching,      // cancelled less than kWatchDays ago: check logins no longer use it
        WatchOver,     // cancelled, and the watch window has passed
        NotPlanned,    // the number was received, not given up
        NothingListed, // no services are listed for it yet: nothing is known to be safe
    };
    static constexpr int kWatchDays = 90;

    QList<PlanItem> items;
    Verdict verdict = Verdict::NotPlanned;
    QDate cancelDate;
    QDate watchUntil; // set while Watching or WatchOver

    QList<PlanItem> blockers() const;
    int doneCount() const;
    // The first open item, in plan order: where a walk-through resumes.
    const PlanItem* next() const;
};

} // namespace rebind
