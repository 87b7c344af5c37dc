// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanCalendar.h"

namespace rebind {

QList<CalendarEvent> PlanCalendar::events(const QList<ChecklistSheet>& sheets, bool showNumbers)
{
    QList<CalendarEvent> out;
    for (const ChecklistSheet& sheet : sheets) {
        const QString number =
            showNumbers ? sheet.number.number.display() : sheet.number.number.masked();
        for (const ChecklistEntry& entry : sheet.entries) {
            if (!entry.item.isOpen() || !entry.item.due.isValid()) {
                continue;
            }
            CalendarEvent event;
            // Stable across exports, so that importing a newer file updates the entries.
            event.uid = QStringLiteral("%1.%2@rebind").arg(sheet.number.uid, entry.item.key);
            event.date = entry.item.due;
            event.summary = tr("%1 (%2)", "service (phone number)").arg(entry.title, number);
            QStringList lines{entry.instruction};
            lines += entry.warnings;
            if (!entry.unverified.isEmpty() && !entry.steps.isEmpty()) {
                lines.append(entry.unverified);
            }
            const auto list = [&lines](const QString& title, const QStringList& steps) {
                if (!title.isEmpty()) {
                    lines.append(title + QLatin1Char(':'));
                }
                for (qsizetype i = 0; i < steps.size(); ++i) {
                    lines.append(QStringLiteral("%1. %2").arg(i + 1).arg(steps.at(i)));
                }
            };
            list(entry.stepsTitle, entry.steps);
            for (const ChecklistEntry::Way& way : entry.otherWays) {
                list(way.title, way.steps);
            }
            event.description = lines.join(QLatin1Char('\n'));
            event.url = entry.url;
            out.append(event);
        }
    }
    return out;
}

QString PlanCalendar::calendarName()
{
    return tr("Rebind: changing numbers");
}

} // namespace rebind
