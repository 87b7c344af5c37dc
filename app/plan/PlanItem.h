// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Binding.h"
#include "CatalogEntry.h"

#include <QDate>
#include <QString>

namespace rebind {

// One line of a number's cancellation plan: a binding to deal with, or one of the plan's own
// steps before and after them (check the new number; tell contacts; forwarding; cancel).
struct PlanItem
{
    enum class Kind
    {
        CheckNewNumber,
        Binding,
        TellContacts,
        CallForwarding,
        CancelAtCarrier
    };
    enum class Due
    {
        Explicit,
        CriticalOrInPerson,
        OldNumberNeeded,
        ByCancelDate,
        None
    };

    Kind kind = Kind::Binding;
    QString key; // "binding:<uid>" or the plan step's name ("check-new-number", …)
    qint64 bindingId = 0;
    QString serviceKey; // catalog id or custom:<uid>; empty for plan steps
    QString serviceName;
    BindingAction action = BindingAction::Rebind;
    BindingStatus status = BindingStatus::ToDo;
    RiskTier tier = RiskTier::Medium;
    bool oldNumberNeeded = false;
    bool inPerson = false;
    // The phone line itself (a carrier account): cancelled or kept at the end, never rebound.
    bool phoneLine = false;
    QDate due;
    Due dueRule = Due::None;
    bool overdue = false;
    bool blocker = false; // keeps the verdict at "not yet safe to cancel" while open

    bool isOpen() const
    {
        return status != BindingStatus::Done && status != BindingStatus::Verified &&
               status != BindingStatus::NotNeeded;
    }
};

} // namespace rebind
