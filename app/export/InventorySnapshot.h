// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Binding.h"
#include "Event.h"
#include "Inventory.h"
#include "NewOwnerCheck.h"
#include "NumberRecord.h"
#include "Person.h"
#include "Result.h"
#include "Service.h"

#include <QDateTime>
#include <QList>

namespace rebind {

class ExportScope;

// Everything of one scope of a vault, identified only by the stable uids, so that it can be
// written to a file and merged into another vault. The vault-local ids of the core types
// (Person::id, NumberRecord::personId, Binding::numberId and serviceId, Event::id and
// serviceId) are 0 here; what they pointed to is given by uid instead.
//
// Two values differ from the vault on purpose, because the vault's form means nothing elsewhere:
// - an event's batch and undoOf are numbered 1, 2, … in the order the batches first appear
//   in the snapshot (people, numbers, bindings, then removed bindings, each history oldest
//   first), instead of the vault's event ids;
// - the old and new values of a "service_id" event are service uids instead of service ids.
struct InventorySnapshot
{
    struct HistoryEvent
    {
        Event event;        // bindingUid, at, field, oldValue, newValue, batch, undoOf
        QString serviceUid; // the binding's service when the event was written; empty: unknown
    };
    struct BindingEntry
    {
        Binding binding; // uid, fields, createdAt, updatedAt
        QString serviceUid;
        QList<HistoryEvent> events; // oldest first
    };
    // A binding removed from the number: only its history is left, the last event "deleted".
    // Kept so that a merge can carry the removal to the other vault.
    struct RemovedBinding
    {
        QString uid;
        QList<HistoryEvent> events;
    };
    struct NumberEntry
    {
        NumberRecord record; // personId 0: the number belongs to the entry it is listed under
        QList<BindingEntry> bindings;
        QList<RemovedBinding> removedBindings;
        QList<Inventory::StampedPlanStep> planSteps;
        QList<NewOwnerCheck> newOwnerChecks;
    };
    struct PersonEntry
    {
        Person person;
        QList<NumberEntry> numbers;
    };

    QDateTime exportedAt;
    // Every service a binding or an event of the snapshot refers to, in order of first use.
    QList<Service> services;
    QList<PersonEntry> people;
    // The user's own steps for the snapshot's services.
    QList<Inventory::StepOverride> stepOverrides;

    static Result<InventorySnapshot> read(const Inventory& inventory, const ExportScope& scope);

    int bindingCount() const;
    const Service* service(const QString& uid) const;
};

} // namespace rebind
