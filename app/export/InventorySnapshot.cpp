// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "InventorySnapshot.h"

#include "ExportScope.h"

#include <QHash>
#include <QSet>

namespace rebind {

namespace {

// Gathers the histories and the services they refer to, renumbering batches as it goes.
class HistoryCollector
{
public:
    HistoryCollector(const Inventory& inventory, const QList<Service>& services)
        : m_inventory(inventory)
    {
        for (const Service& service : services) {
            m_services.insert(service.id, service);
        }
    }

    // The service's uid, remembering the service for the snapshot; empty when it is unknown.
    QString useService(qint64 id)
    {
        const auto found = m_services.constFind(id);
        if (found == m_services.cend()) {
            return {};
        }
        if (!m_used.contains(id)) {
            m_used.insert(id);
            m_order.append(*found);
        }
        return found->uid;
    }

    Result<QList<InventorySnapshot::HistoryEvent>> history(const QString& bindingUid)
    {
        auto events = m_inventory.events(bindingUid);
        if (!events) {
            return events.error();
        }
        QList<InventorySnapshot::HistoryEvent> out;
        out.reserve(events->size());
        for (const Event& stored : *events) {
            InventorySnapshot::HistoryEvent entry;
            entry.event.bindingUid = stored.bindingUid;
            entry.event.at = stored.at.toUTC();
            entry.event.field = stored.field;
            entry.event.oldValue = stored.oldValue;
            entry.event.newValue = stored.newValue;
            if (stored.field == QLatin1String("service_id")) {
                entry.event.oldValue = useService(stored.oldValue.toLongLong());
                entry.event.newValue = useService(stored.newValue.toLongLong());
            }
            entry.event.batch = ordinal(stored.batch);
            entry.event.undoOf = stored.undoOf != 0 ? ordinal(stored.undoOf) : 0;
            entry.serviceUid = stored.serviceId != 0 ? useService(stored.serviceId) : QString();
            out.append(entry);
        }
        return out;
    }

    QList<Service> usedServices() const { return m_order; }

private:
    // Batches are vault event ids; in the snapshot they are numbered by first appearance, so
    // that the same history exported from two vaults reads the same.
    qint64 ordinal(qint64 batch)
    {
        const auto found = m_batches.constFind(batch);
        if (found != m_batches.cend()) {
            return *found;
        }
        const qint64 next = m_batches.size() + 1;
        m_batches.insert(batch, next);
        return next;
    }

    const Inventory& m_inventory;
    QHash<qint64, Service> m_services;
    QSet<qint64> m_used;
    QList<Service> m_order;
    QHash<qint64, qint64> m_batches;
};

Service withoutId(Service service)
{
    service.id = 0;
    return service;
}

} // namespace

Result<InventorySnapshot> InventorySnapshot::read(const Inventory& inventory,
                                                  const ExportScope& scope)
{
    auto owners = scope.resolve(inventory);
    if (!owners) {
        return owners.error();
    }
    auto services = inventory.services();
    if (!services) {
        return services.error();
    }
    HistoryCollector collector(inventory, *services);
    InventorySnapshot snapshot;
    snapshot.exportedAt = QDateTime::currentDateTimeUtc();
    for (const ExportScope::Owner& owner : *owners) {
        PersonEntry person{owner.person, {}};
        person.person.id = 0;
        for (const NumberRecord& record : owner.numbers) {
            NumberEntry number;
            number.record = record;
            number.record.id = 0;
            number.record.personId = 0;
            auto bindings = inventory.bindings(record.id);
            if (!bindings) {
                return bindings.error();
            }
            for (const Binding& stored : *bindings) {
                BindingEntry entry;
                entry.binding = stored;
                entry.binding.id = 0;
                entry.binding.numberId = 0;
                entry.binding.serviceId = 0;
                entry.serviceUid = collector.useService(stored.serviceId);
                auto history = collector.history(stored.uid);
                if (!history) {
                    return history.error();
                }
                entry.events = *history;
                number.bindings.append(entry);
            }
            auto removed = inventory.removedBindings(record.id);
            if (!removed) {
                return removed.error();
            }
            for (const QString& uid : *removed) {
                auto history = collector.history(uid);
                if (!history) {
                    return history.error();
                }
                number.removedBindings.append({uid, *history});
            }
            auto steps = inventory.stampedPlanSteps(record.id);
            if (!steps) {
                return steps.error();
            }
            number.planSteps = *steps;
            auto checks = inventory.newOwnerChecks(record.id);
            if (!checks) {
                return checks.error();
            }
            number.newOwnerChecks = *checks;
            person.numbers.append(number);
        }
        snapshot.people.append(person);
    }
    QSet<QString> keys;
    for (const Service& service : collector.usedServices()) {
        snapshot.services.append(withoutId(service));
        keys.insert(service.key());
    }
    auto overrides = inventory.stepOverrides();
    if (!overrides) {
        return overrides.error();
    }
    for (const Inventory::StepOverride& stepOverride : *overrides) {
        if (keys.contains(stepOverride.serviceKey)) {
            snapshot.stepOverrides.append(stepOverride);
        }
    }
    return snapshot;
}

int InventorySnapshot::bindingCount() const
{
    int count = 0;
    for (const PersonEntry& person : people) {
        for (const NumberEntry& number : person.numbers) {
            count += static_cast<int>(number.bindings.size());
        }
    }
    return count;
}

const Service* InventorySnapshot::service(const QString& uid) const
{
    for (const Service& candidate : services) {
        if (candidate.uid == uid) {
            return &candidate;
        }
    }
    return nullptr;
}

} // namespace rebind
