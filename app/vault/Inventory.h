// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Binding.h"
#include "Event.h"
#include "NewOwnerCheck.h"
#include "NumberRecord.h"
#include "Person.h"
#include "PlanStepState.h"
#include "Result.h"
#include "Service.h"

#include <functional>
#include <optional>
#include <QCoreApplication>
#include <QList>

namespace rebind {

class SqliteDatabase;

// Reads and changes the people, numbers, services and bindings in an open vault. Every change
// is one transaction; every change to a binding appends to its event log in that transaction.
class Inventory
{
    Q_DECLARE_TR_FUNCTIONS(Inventory)

public:
    using Clock = std::function<QDateTime()>;
    explicit Inventory(SqliteDatabase& db, Clock clock = &QDateTime::currentDateTimeUtc);

    // A plan step with the time it was last set, for merges that keep the newer one.
    struct StampedPlanStep
    {
        PlanStepState state;
        QDateTime updatedAt;
    };
    // The user's own steps for one service and kind (see stepOverride()).
    struct StepOverride
    {
        QString serviceKey;
        QString kind;
        QStringList steps;
        QDateTime updatedAt;
    };

    // Runs body as one change: everything it writes through this Inventory commits or rolls
    // back together (the methods it calls nest as savepoints).
    Result<void> transaction(const std::function<Result<void>()>& body);

    Result<QList<Person>> people() const;
    Result<Person> person(qint64 id) const;
    Result<std::optional<Person>> findPerson(const QString& name) const;
    Result<qint64> addPerson(Person person);
    Result<void> updatePerson(const Person& person);
    Result<void> removePerson(qint64 id);

    // personId 0: every number in the vault.
    Result<QList<NumberRecord>> numbers(qint64 personId = 0) const;
    Result<NumberRecord> number(qint64 id) const;
    Result<std::optional<NumberRecord>> findNumber(const PhoneNumber& number) const;
    Result<qint64> addNumber(NumberRecord record);
    Result<void> updateNumber(const NumberRecord& record);
    // Undo of an edit: puts before back, in one transaction, only while the stored number is
    // still as the edit left it (after); otherwise InvalidInput and nothing is written.
    Result<void> revertNumber(const NumberRecord& before, const NumberRecord& after);
    Result<void> removeNumber(qint64 id);

    Result<QList<Service>> services() const;
    Result<Service> service(qint64 id) const;
    // The stored service with this catalog id, or (custom) this name; added when there is none.
    Result<Service> ensureService(const Service& wanted);

    Result<QList<Binding>> bindings(qint64 numberId) const;
    Result<Binding> binding(qint64 id) const;
    Result<qint64> addBinding(Binding binding);
    // Adds the binding and, when it is not stored yet, its service, in one transaction.
    Result<qint64> addBinding(Binding binding, const Service& service);
    Result<void> updateBinding(const Binding& binding);
    // Returns what was removed, so that the caller can offer undo through restoreBinding.
    Result<Binding> removeBinding(qint64 id);
    Result<qint64> restoreBinding(const Binding& removed);

    Result<QList<Event>> events(const QString& bindingUid) const;
    // The newest events of the number's bindings (also of those deleted since), newest first.
    Result<QList<Event>> recentEvents(qint64 numberId, int limit) const;
    // Reverts the binding's newest change that is not undone yet (see UndoableChange); the undo
    // is itself logged. Returns the binding as it is afterwards.
    Result<Binding> undoLastChange(qint64 bindingId);

    // What the new owner of a received number found per service; services not checked are
    // absent. An empty result forgets the service's check.
    Result<QList<NewOwnerCheck>> newOwnerChecks(qint64 numberId) const;
    Result<void> setNewOwnerCheck(qint64 numberId, const QString& serviceKey,
                                  std::optional<NewOwnerResult> result);

    // Progress on a number's own plan steps; steps never touched are absent.
    Result<QList<PlanStepState>> planSteps(qint64 numberId) const;
    Result<void> setPlanStep(qint64 numberId, const PlanStepState& state);

    // The user's own steps for a service (key: catalog id or custom:<uid>; kind: "rebind",
    // "unbind" or "close"), one line per step. Empty when the catalog's steps apply.
    Result<QStringList> stepOverride(const QString& serviceKey, const QString& kind) const;
    // Every service key that has at least one override, for "edited by you" marks.
    Result<QStringList> overriddenServices() const;
    // Empty steps reset to the catalog's.
    Result<void> setStepOverride(const QString& serviceKey, const QString& kind,
                                 const QStringList& steps);
    // Every override of every service, by service key and kind.
    Result<QList<StepOverride>> stepOverrides() const;

    // ---- merging a hand-off: foreign rows taken as they are ----
    // These keep the foreign uids and timestamps and write no event of their own: the merge
    // appends the foreign events that describe the change, in the same transaction.

    Result<std::optional<Binding>> findBinding(const QString& uid) const;
    // Bindings of this number that were removed since (only their history is left), oldest
    // first.
    Result<QStringList> removedBindings(qint64 numberId) const;
    Result<QList<StampedPlanStep>> stampedPlanSteps(qint64 numberId) const;

    Result<qint64> adoptBinding(const Binding& binding);
    // Replaces every field of the stored binding binding.id (updated_at included).
    Result<void> overwriteBinding(const Binding& binding);
    Result<void> dropBinding(qint64 id);
    // Appends event to the log as it is (time, field, values, undoOf, serviceId). batch 0 starts
    // a new batch. Returns the batch the event was stored in, so that the rest of its change
    // can join it.
    Result<qint64> appendForeignEvent(const Event& event, const QString& numberUid);
    Result<void> putPlanStep(qint64 numberId, const StampedPlanStep& step);
    Result<void> putNewOwnerCheck(qint64 numberId, const NewOwnerCheck& check);
    Result<void> putStepOverride(const StepOverride& stepOverride);

private:
    // batch 0: the event is a change of its own. undoOf: the batch an undo reverts.
    Result<void> appendEvent(const QString& bindingUid, const QString& field,
                             const QString& oldValue, const QString& newValue, qint64 batch = 0,
                             qint64 undoOf = 0);
    // The batch number for the events of the change about to be written.
    Result<qint64> nextBatch() const;
    Result<void> writeChange(const Binding& binding, qint64 undoOf);
    Result<void> validate(const Person& person) const;
    Result<void> validate(const NumberRecord& record) const;
    Result<qint64> insertBinding(Binding binding, const QString& eventField);
    Result<void> validate(const Binding& binding) const;
    Result<void> removeWithBindings(const QString& bindingsSql, const QString& deleteSql, qint64 id,
                                    const QString& notFound);
    Error duplicateNumber(const PhoneNumber& number) const;
    QString now() const;

    SqliteDatabase& m_db;
    Clock m_clock;
};

} // namespace rebind
