// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "InventorySnapshot.h"
#include "Result.h"

#include <optional>
#include <QCoreApplication>
#include <QHash>
#include <QStringList>

namespace rebind {

class Inventory;

// What a merge did, for the summary shown afterwards.
struct MergeReport
{
    int peopleAdded = 0;
    int numbersAdded = 0;
    int bindingsAdded = 0;
    int bindingsUpdated = 0;
    int bindingsUnchanged = 0;
    // Translated lines, one per place where both sides disagree and one had to win.
    QStringList conflicts;
};

// Applies a snapshot (another vault's hand-off) to this vault, in one transaction: either all
// of it is merged or nothing is.
//
// - People, numbers and services are matched by uid; a number also by E.164 (the same number
//   under another uid is the same number), a service also by catalog id, or by name when it is
//   custom. Whatever is not matched is added with its uid. People and numbers carry no time of
//   change, so when their details differ this vault's are kept and a conflict is reported; so is
//   a number that belongs to different people on the two sides (it stays where it is here).
// - A binding's events are matched by (binding uid, at, field, old, new); the ones this vault
//   lacks are appended (the log stays append-only). The binding takes the file's state when this
//   vault has no events the file lacks (it is simply behind), or else when the file's newest
//   event is newer; when both sides have events the other lacks, that is a conflict. A binding
//   the file lists as removed is removed here by the same rule.
// - Plan steps, new-owner checks and step overrides: the file's when this vault has none, else
//   the newer by updated_at.
class SnapshotMerger
{
    Q_DECLARE_TR_FUNCTIONS(SnapshotMerger)

public:
    explicit SnapshotMerger(Inventory& inventory);

    Result<MergeReport> merge(const InventorySnapshot& snapshot);

private:
    Result<void> mergeServices(const QList<Service>& services);
    Result<void> mergePerson(const InventorySnapshot::PersonEntry& entry);
    Result<void> mergeNumber(const InventorySnapshot::NumberEntry& entry, const Person& owner);
    Result<void> mergeBinding(const InventorySnapshot::BindingEntry& entry,
                              const NumberRecord& number);
    Result<void> mergeRemoved(const InventorySnapshot::RemovedBinding& entry,
                              const NumberRecord& number);
    Result<void> mergeNumberState(const InventorySnapshot::NumberEntry& entry,
                                  const NumberRecord& number);
    Result<void> mergeStepOverrides(const QList<Inventory::StepOverride>& overrides);

    // The file's history of one binding in this vault's terms (service ids), with the events
    // this vault lacks and how many of this vault's events the file lacks. Maps the batches of
    // the events both sides have.
    struct Comparison
    {
        QList<Event> incoming;
        QList<Event> missing;
        qsizetype targetOnly = 0;
        QDateTime newestHere; // of this vault's events; invalid when there are none
    };
    Result<Comparison> compare(const QString& bindingUid,
                               const QList<InventorySnapshot::HistoryEvent>& events);
    Result<void> append(const QList<Event>& events, const NumberRecord& number);
    // The number a binding is on in this vault.
    Result<NumberRecord> numberOf(const std::optional<Binding>& here,
                                  const NumberRecord& listedUnder) const;
    Result<QString> describe(qint64 serviceId, const NumberRecord& number) const;
    QString serviceKey(const QString& fileKey) const;

    Inventory& m_inventory;
    // State of the merge under way: the file's uids and batches in this vault's terms.
    QHash<QString, Service> m_services;
    QHash<QString, Person> m_people;        // by uid, this vault's
    QHash<QString, NumberRecord> m_numbers; // by uid, this vault's
    QHash<qint64, qint64> m_batches;
    MergeReport m_report;
};

} // namespace rebind
