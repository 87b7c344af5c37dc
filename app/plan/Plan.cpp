// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Plan.h"

#include <algorithm>

namespace rebind {

QList<PlanItem> Plan::blockers() const
{
    QList<PlanItem> out;
    for (const PlanItem& item : items) {
        if (item.blocker && item.isOpen()) {
            out.append(item);
        }
    }
    return out;
}

int Plan::doneCount() const
{
    return int(
        std::count_if(items.begin(), items.end(), [](const PlanItem& i) { return !i.isOpen(); }));
}

bool Plan::cancelledWithOpenBlockers() const
{
    return (verdict == Verdict::Watching || verdict == Verdict::WatchOver) && !blockers().isEmpty();
}

int Plan::serviceCount(const QList<PlanItem>& items)
{
    return int(std::count_if(items.begin(), items.end(),
                             [](const PlanItem& i) { return i.kind == PlanItem::Kind::Binding; }));
}

const PlanItem* Plan::next() const
{
    for (const PlanItem& item : items) {
        if (item.isOpen()) {
            return &item;
        }
    }
    return nullptr;
}

} // namespace rebind
