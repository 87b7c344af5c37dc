// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace rebind {

// One entry of a binding's append-only history. field is a column name, or "created",
// "deleted", "restored"; values are the stored (untranslated) forms. The events one change
// wrote share a batch; an undo's events name the batch they revert in undoOf.
struct Event
{
    qint64 id = 0;
    QString bindingUid;
    QDateTime at;
    QString field;
    QString oldValue;
    QString newValue;
    qint64 batch = 0;
    qint64 undoOf = 0;    // 0: not an undo
    qint64 serviceId = 0; // the binding's service when the event was written (0: unknown)
};

} // namespace rebind
