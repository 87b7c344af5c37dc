// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Event.h"

#include <QList>

namespace rebind {

// Which change "Undo" reverts in a binding's history: the newest batch of field changes that
// is neither an undo itself nor undone already, so repeated undos walk back one change at a
// time. Nothing before the binding was added (or restored) can be undone.
class UndoableChange
{
public:
    // The events of that batch, oldest first; empty when there is nothing to undo.
    static QList<Event> find(const QList<Event>& history);
};

} // namespace rebind
