// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

namespace rebind {

// One all-day entry of an exported calendar: a plan item's due date, as calendar apps see it.
struct CalendarEvent
{
    // Must stay the same across exports (e.g. "<binding uid>@rebind"), so that importing a
    // newer file updates the entries instead of duplicating them.
    QString uid;
    QDate date;
    QString summary;
    QString description;
    QString url;
    // Negative: no reminder. See IcsWriter for when the reminder fires.
    int alarmDaysBefore = 1;
};

} // namespace rebind
