// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "UndoableChange.h"

#include <QSet>

namespace rebind {

namespace {

// Whether this event changes a stored field (rather than adding or removing the binding).
bool isFieldChange(const Event& event)
{
    return event.field != QLatin1String("created") && event.field != QLatin1String("deleted") &&
           event.field != QLatin1String("restored");
}

} // namespace

QList<Event> UndoableChange::find(const QList<Event>& history)
{
    QSet<qint64> undone;
    for (const Event& event : history) {
        if (event.undoOf != 0) {
            undone.insert(event.undoOf);
        }
    }
    // Walk back batch by batch (a batch's events are adjacent: one transaction wrote them).
    qsizetype end = history.size();
    while (end > 0) {
        const qint64 batch = history.at(end - 1).batch;
        qsizetype begin = end - 1;
        while (begin > 0 && history.at(begin - 1).batch == batch) {
            --begin;
        }
        const QList<Event> events = history.mid(begin, end - begin);
        const bool isUndo = events.first().undoOf != 0;
        if (!isUndo && !undone.contains(batch)) {
            for (const Event& event : events) {
                if (!isFieldChange(event)) {
                    return {};
                }
            }
            return events;
        }
        end = begin;
    }
    return {};
}

} // namespace rebind
