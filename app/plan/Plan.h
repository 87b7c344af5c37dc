// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
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
    // Cancelled while blockers were still open: their codes can no longer reach the old number,
    // so each is urgent now and goes by the service's lost-number path (blockers() lists them).
    bool cancelledWithOpenBlockers() const;
    // How many items are listed services; the rest are the plan's own steps (check the new
    // number, tell contacts, …), so that counts can say what they are made of.
    static int serviceCount(const QList<PlanItem>& items);
    // The first open item, in plan order: where a walk-through resumes.
    const PlanItem* next() const;
};

} // namespace rebind
