// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CalendarEvent.h"
#include "ChecklistSheet.h"

#include <QCoreApplication>

namespace rebind {

// The due dates of the checklists as calendar entries: one all-day event per open item that has
// a due date, with a reminder the day before. Numbers are masked like on paper unless asked.
class PlanCalendar
{
    Q_DECLARE_TR_FUNCTIONS(PlanCalendar)

public:
    static QList<CalendarEvent> events(const QList<ChecklistSheet>& sheets, bool showNumbers);
    static QString calendarName();
};

} // namespace rebind
