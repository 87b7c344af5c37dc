// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SnapshotMerger.h"

#include "Inventory.h"

#include <algorithm>

namespace rebind {

namespace {

const QString kCustomPrefix = QStringLiteral("custom:");

// What makes two events the same event on both sides (the binding uid is common to both lists).
QString identity(const Event& event)
{
    return QString::number(event.at.toMSecsSinceEpoch()) + QLatin1Char('\x1f') + event.field +
           QLatin1Char('\x1f') + event.oldValue + QLatin1Char('\x1f') + event.newValue;
}

QDateTime latest(const QList<Event>& events)
{
    QDateTime newest;
    for (const Event& event : events) {
        if (event.at.isValid() && (!newest.isValid() || event.at > newest)) {
            newest = event.at;
        }
    }
    return newest;
}

bool sameDetails(const Person& a, const Person& b)
{
    return a.name == b.name && a.relation == b.relation && a.notes == b.notes;
}

bool sameDetails(const NumberRecord& a, const NumberRecord& b)
{
    return a.number == b.number && a.status == b.status && a.cancelDate == b.cancelDate &&
           a.replacement == b.replacement && a.carrier == b.carrier && a.notes == b.notes;
}

// Incoming plan steps, checks and overrides replace this vault's only when newer.
bool takesOver(const QDateTime& incoming, const std::optional<QDateTime>& here)
{
    return !here || (incoming.isValid() && (!here->isValid() || incoming > *here));
}

} // namespace

SnapshotMerger::SnapshotMerger(Inventory& inventory) : m_inventory(inventory) {}

Result<MergeReport> SnapshotMerger::merge(const InventorySnapshot& snapshot)
{
    m_services.clear();
    m_people.clear();
    m_numbers.clear();
    m_batches.clear();
    m_report = MergeReport();
    auto done = m_inventory.transaction([&]() -> Result<void> {
        auto people = m_inventory.people();
        if (!people) {
            return people.error();
        }
        for (const Person& person : *people) {
            m_people.insert(person.uid, person);
        }
        auto numbers = m_inventory.numbers();
        if (!numbers) {
            return numbers.error();
        }
        for (const NumberRecord& number : *numbers) {
            m_numbers.insert(number.uid, number);
        }
        if (auto merged = mergeServices(snapshot.services); !merged) {
            return merged;
        }
        for (const auto& person : snapshot.people) {
            if (auto merged = mergePerson(person); !merged) {
                return merged;
            }
        }
        return mergeStepOverrides(snapshot.stepOverrides);
    });
    if (!done) {
        return done.error();
    }
    return m_report;
}

Result<void> SnapshotMerger::mergeServices(const QList<Service>& services)
{
    auto stored = m_inventory.services();
    if (!stored) {
        return stored.error();
    }
    for (const Service& incoming : services) {
        const auto byUid = std::find_if(stored->cbegin(), stored->cend(),
                                        [&](const Service& s) { return s.uid == incoming.uid; });
        if (byUid != stored->cend()) {
            m_services.insert(incoming.uid, *byUid);
            continue;
        }
        // Matches by catalog id or custom name, else adds the service with its uid.
        Service wanted = incoming;
        wanted.id = 0;
        auto ensured = m_inventory.ensureService(wanted);
        if (!ensured) {
            return ensured.error();
        }
        m_services.insert(incoming.uid, *ensured);
        stored->append(*ensured);
    }
    return {};
}

Result<void> SnapshotMerger::mergePerson(const InventorySnapshot::PersonEntry& entry)
{
    Person owner;
    const auto found = m_people.constFind(entry.person.uid);
    if (found != m_people.cend()) {
        owner = *found;
        if (!sameDetails(owner, entry.person)) {
            m_report.conflicts.append(tr("%1: the name, relation or note differs in the file; the "
                                         "ones in this vault were kept.")
                                          .arg(owner.name));
        }
    } else {
        owner = entry.person;
        owner.id = 0;
        auto added = m_inventory.addPerson(owner);
        if (!added) {
            return added.error();
        }
        auto stored = m_inventory.person(*added);
        if (!stored) {
            return stored.error();
        }
        owner = *stored;
        m_people.insert(owner.uid, owner);
        ++m_report.peopleAdded;
    }
    for (const auto& number : entry.numbers) {
        if (auto merged = mergeNumber(number, owner); !merged) {
            return merged;
        }
    }
    return {};
}

Result<void> SnapshotMerger::mergeNumber(const InventorySnapshot::NumberEntry& entry,
                                         const Person& owner)
{
    std::optional<NumberRecord> here;
    if (const auto byUid = m_numbers.constFind(entry.record.uid); byUid != m_numbers.cend()) {
        here = *byUid;
    } else {
        auto byNumber = m_inventory.findNumber(entry.record.number);
        if (!byNumber) {
            return byNumber.error();
        }
        here = *byNumber;
    }
    if (!here) {
        NumberRecord record = entry.record;
        record.id = 0;
        record.personId = owner.id;
        auto added = m_inventory.addNumber(record);
        if (!added) {
            return added.error();
        }
        auto stored = m_inventory.number(*added);
        if (!stored) {
            return stored.error();
        }
        here = *stored;
        m_numbers.insert(here->uid, *here);
        ++m_report.numbersAdded;
    } else if (here->personId != owner.id) {
        auto holder = m_inventory.person(here->personId);
        if (!holder) {
            return holder.error();
        }
        m_report.conflicts.append(tr("%1 belongs to %2 in this vault but to %3 in the file; it "
                                     "stays with %2.")
                                      .arg(here->number.display(), holder->name, owner.name));
    } else if (!sameDetails(*here, entry.record)) {
        m_report.conflicts.append(tr("%1: the status, dates, carrier or note differ in the file; "
                                     "the ones in this vault were kept.")
                                      .arg(here->number.display()));
    }
    // Whoever it belongs to, the services tied to the number are the number's.
    for (const auto& binding : entry.bindings) {
        if (auto merged = mergeBinding(binding, *here); !merged) {
            return merged;
        }
    }
    for (const auto& removed : entry.removedBindings) {
        if (auto merged = mergeRemoved(removed, *here); !merged) {
            return merged;
        }
    }
    return mergeNumberState(entry, *here);
}

Result<SnapshotMerger::Comparison>
SnapshotMerger::compare(const QString& bindingUid,
                        const QList<InventorySnapshot::HistoryEvent>& events)
{
    const auto serviceId = [this](const QString& uid) -> std::optional<qint64> {
        const auto found = m_services.constFind(uid);
        return found == m_services.cend() ? std::nullopt : std::optional<qint64>(found->id);
    };
    Comparison result;
    for (const auto& entry : events) {
        Event event = entry.event;
        event.id = 0;
        event.bindingUid = bindingUid;
        event.serviceId = entry.serviceUid.isEmpty() ? 0 : serviceId(entry.serviceUid).value_or(0);
        if (event.field == QLatin1String("service_id")) {
            // Stored as service ids here, as uids in the file.
            for (QString* value : {&event.oldValue, &event.newValue}) {
                const auto id = serviceId(*value);
                *value = id ? QString::number(*id) : QString();
            }
        }
        result.incoming.append(event);
    }
    auto history = m_inventory.events(bindingUid);
    if (!history) {
        return history.error();
    }
    // A multiset: the same event twice on one side must be matched twice.
    QHash<QString, QList<qint64>> unmatched;
    for (const Event& event : *history) {
        unmatched[identity(event)].append(event.batch);
    }
    result.targetOnly = history->size();
    result.newestHere = latest(*history);
    for (const Event& event : result.incoming) {
        auto same = unmatched.find(identity(event));
        if (same == unmatched.end() || same->isEmpty()) {
            result.missing.append(event);
            continue;
        }
        // The rest of that change, should the file have more of it, joins the same batch here.
        if (!m_batches.contains(event.batch)) {
            m_batches.insert(event.batch, same->first());
        }
        same->removeFirst();
        --result.targetOnly;
    }
    return result;
}

Result<void> SnapshotMerger::append(const QList<Event>& events, const NumberRecord& number)
{
    for (Event event : events) {
        const qint64 fileBatch = event.batch;
        event.batch = m_batches.value(fileBatch, 0);
        if (event.undoOf != 0) {
            if (!m_batches.contains(event.undoOf)) {
                return makeError(ErrorCode::InvalidInput,
                                 tr("The history in the file undoes a change it does not hold."));
            }
            event.undoOf = m_batches.value(event.undoOf);
        }
        auto stored = m_inventory.appendForeignEvent(event, number.uid);
        if (!stored) {
            return stored.error();
        }
        m_batches.insert(fileBatch, *stored);
    }
    return {};
}

Result<NumberRecord> SnapshotMerger::numberOf(const std::optional<Binding>& here,
                                              const NumberRecord& listedUnder) const
{
    // Bindings never move between numbers; should the file list one under another number, its
    // events still belong to the number it is on here.
    if (!here || here->numberId == listedUnder.id) {
        return listedUnder;
    }
    return m_inventory.number(here->numberId);
}

Result<QString> SnapshotMerger::describe(qint64 serviceId, const NumberRecord& number) const
{
    auto service = m_inventory.service(serviceId);
    if (!service) {
        return service.error();
    }
    return tr("%1 on %2").arg(service->name, number.number.display());
}

Result<void> SnapshotMerger::mergeBinding(const InventorySnapshot::BindingEntry& entry,
                                          const NumberRecord& number)
{
    const auto service = m_services.constFind(entry.serviceUid);
    if (service == m_services.cend()) {
        return makeError(ErrorCode::InvalidInput,
                         tr("An entry in the file names a service the file does not list."));
    }
    auto here = m_inventory.findBinding(entry.binding.uid);
    if (!here) {
        return here.error();
    }
    auto comparison = compare(entry.binding.uid, entry.events);
    if (!comparison) {
        return comparison.error();
    }
    auto home = numberOf(*here, number);
    if (!home) {
        return home.error();
    }
    const bool knownHere = here->has_value() || comparison->targetOnly > 0 ||
                           comparison->missing.size() < comparison->incoming.size();
    Binding wanted = entry.binding;
    wanted.numberId = home->id;
    wanted.serviceId = service->id;
    // A conflict names the entry; describing it costs a look-up and formatting the number, so
    // it is done only then. text has %1 for the name.
    const auto conflict = [&](const QString& text) -> Result<void> {
        auto named = describe(service->id, *home);
        if (!named) {
            return named.error();
        }
        m_report.conflicts.append(text.arg(*named));
        return {};
    };

    if (!knownHere) {
        auto adopted = m_inventory.adoptBinding(wanted);
        if (!adopted && adopted.code() == ErrorCode::Duplicate) {
            return conflict(
                tr("%1 was added separately in both vaults; the entry in this vault was kept."));
        }
        if (!adopted) {
            return adopted.error();
        }
        ++m_report.bindingsAdded;
        return append(comparison->missing, *home);
    }
    if (comparison->missing.isEmpty()) {
        ++m_report.bindingsUnchanged;
        return {};
    }
    // Behind: this vault has nothing the file lacks. Otherwise both changed it: newer wins.
    const bool bothChanged = comparison->targetOnly > 0;
    const bool fileWins = !bothChanged || latest(comparison->incoming) > comparison->newestHere;
    bool taken = false;
    if (fileWins) {
        Result<void> written;
        if (here->has_value()) {
            wanted.id = here->value().id;
            written = m_inventory.overwriteBinding(wanted);
        } else {
            // Removed here, changed in the file later: it comes back.
            auto adopted = m_inventory.adoptBinding(wanted);
            written = adopted ? Result<void>() : Result<void>(adopted.error());
        }
        if (!written && written.code() != ErrorCode::Duplicate) {
            return written;
        }
        taken = written.ok();
        if (!taken) {
            if (auto reported = conflict(tr("%1: the file's version would duplicate another "
                                            "entry; the one in this vault was kept."));
                !reported) {
                return reported;
            }
        }
    }
    if (bothChanged && taken) {
        if (auto reported = conflict(tr("%1 was changed in both vaults; the newer change, from "
                                        "the file, was taken. Both histories are kept."));
            !reported) {
            return reported;
        }
    } else if (bothChanged && !fileWins) {
        if (auto reported = conflict(tr("%1 was changed in both vaults; the newer change, from "
                                        "this vault, was kept. Both histories are kept."));
            !reported) {
            return reported;
        }
    }
    ++m_report.bindingsUpdated;
    return append(comparison->missing, *home);
}

Result<void> SnapshotMerger::mergeRemoved(const InventorySnapshot::RemovedBinding& entry,
                                          const NumberRecord& number)
{
    auto here = m_inventory.findBinding(entry.uid);
    if (!here) {
        return here.error();
    }
    auto comparison = compare(entry.uid, entry.events);
    if (!comparison) {
        return comparison.error();
    }
    auto home = numberOf(*here, number);
    if (!home) {
        return home.error();
    }
    if (comparison->missing.isEmpty()) {
        if (here->has_value()) {
            ++m_report.bindingsUnchanged;
        }
        return {};
    }
    if (here->has_value()) {
        const bool bothChanged = comparison->targetOnly > 0;
        const bool fileWins = !bothChanged || latest(comparison->incoming) > comparison->newestHere;
        auto label = describe(here->value().serviceId, *home);
        if (!label) {
            return label.error();
        }
        if (fileWins) {
            if (auto dropped = m_inventory.dropBinding(here->value().id); !dropped) {
                return dropped;
            }
        }
        if (bothChanged) {
            m_report.conflicts.append(
                fileWins ? tr("%1 was removed in the file but changed in this vault; the removal "
                              "is newer and was taken.")
                               .arg(*label)
                         : tr("%1 was removed in the file but changed later in this vault; it "
                              "was kept.")
                               .arg(*label));
        }
        ++m_report.bindingsUpdated;
    }
    return append(comparison->missing, *home);
}

Result<void> SnapshotMerger::mergeNumberState(const InventorySnapshot::NumberEntry& entry,
                                              const NumberRecord& number)
{
    auto steps = m_inventory.stampedPlanSteps(number.id);
    if (!steps) {
        return steps.error();
    }
    for (const auto& incoming : entry.planSteps) {
        std::optional<QDateTime> here;
        for (const auto& step : *steps) {
            if (step.state.step == incoming.state.step) {
                here = step.updatedAt;
            }
        }
        if (takesOver(incoming.updatedAt, here)) {
            if (auto put = m_inventory.putPlanStep(number.id, incoming); !put) {
                return put;
            }
        }
    }
    auto checks = m_inventory.newOwnerChecks(number.id);
    if (!checks) {
        return checks.error();
    }
    for (NewOwnerCheck incoming : entry.newOwnerChecks) {
        incoming.serviceKey = serviceKey(incoming.serviceKey);
        std::optional<QDateTime> here;
        for (const auto& check : *checks) {
            if (check.serviceKey == incoming.serviceKey) {
                here = check.updatedAt;
            }
        }
        if (takesOver(incoming.updatedAt, here)) {
            if (auto put = m_inventory.putNewOwnerCheck(number.id, incoming); !put) {
                return put;
            }
        }
    }
    return {};
}

Result<void> SnapshotMerger::mergeStepOverrides(const QList<Inventory::StepOverride>& overrides)
{
    auto stored = m_inventory.stepOverrides();
    if (!stored) {
        return stored.error();
    }
    for (Inventory::StepOverride incoming : overrides) {
        incoming.serviceKey = serviceKey(incoming.serviceKey);
        std::optional<QDateTime> here;
        for (const auto& existing : *stored) {
            if (existing.serviceKey == incoming.serviceKey && existing.kind == incoming.kind) {
                here = existing.updatedAt;
            }
        }
        if (takesOver(incoming.updatedAt, here)) {
            if (auto put = m_inventory.putStepOverride(incoming); !put) {
                return put;
            }
        }
    }
    return {};
}

QString SnapshotMerger::serviceKey(const QString& fileKey) const
{
    // A custom service is keyed by its uid, which may differ here (matched by name).
    if (!fileKey.startsWith(kCustomPrefix)) {
        return fileKey;
    }
    const auto found = m_services.constFind(fileKey.mid(kCustomPrefix.size()));
    return found == m_services.cend() ? fileKey : found->key();
}

} // namespace rebind
