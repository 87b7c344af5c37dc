// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Inventory.h"
#include "Schema.h"
#include "SqliteDatabase.h"
#include "Vault.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace rebind;

class TestInventory : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Vault> m_vault;
    std::unique_ptr<Inventory> m_inventory;
    QDateTime m_now = QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);

    qint64 addPerson(const QString& name)
    {
        Person person;
        person.name = name;
        return m_inventory->addPerson(person).value();
    }

    qint64 addNumber(qint64 personId, const QString& number)
    {
        NumberRecord record;
        record.personId = personId;
        record.number = PhoneNumber::parse(number).value();
        return m_inventory->addNumber(record).value();
    }

    Binding newBinding(qint64 numberId, const QString& serviceName)
    {
        Service service;
        service.name = serviceName;
        Binding binding;
        binding.numberId = numberId;
        binding.serviceId = m_inventory->ensureService(service)->id;
        return binding;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        const QString path = m_dir.filePath(
            QStringLiteral("inventory-%1.rebind").arg(QDateTime::currentMSecsSinceEpoch()));
        auto vault = Vault::create(path, QStringLiteral("inventory test passphrase"),
                                   KdfParams::interactive());
        QVERIFY2(vault.ok(), qPrintable(vault.message()));
        m_vault = std::move(vault).value();
        m_inventory = std::make_unique<Inventory>(m_vault->database(), [this] { return m_now; });
    }

    void cleanup()
    {
        m_inventory.reset();
        m_vault.reset();
    }

    void personValidation()
    {
        Person blank;
        blank.name = QStringLiteral("   ");
        QCOMPARE(m_inventory->addPerson(blank).code(), ErrorCode::InvalidInput);
        Person absurd;
        absurd.name = QString(5000, QLatin1Char('a'));
        QCOMPARE(m_inventory->addPerson(absurd).code(), ErrorCode::InvalidInput);
        QCOMPARE(m_inventory->people()->size(), 0);
        const qint64 id = addPerson(QStringLiteral("  Mum  "));
        QCOMPARE(m_inventory->person(id)->name, QStringLiteral("Mum"));
        QCOMPARE(m_inventory->findPerson(QStringLiteral("mum"))->value().id, id);
    }

    void duplicateNumberRefused()
    {
        const qint64 mum = addPerson(QStringLiteral("Mum"));
        const qint64 dad = addPerson(QStringLiteral("Dad"));
        addNumber(mum, QStringLiteral("13800138000"));
        NumberRecord again;
        again.personId = dad;
        again.number = PhoneNumber::parse(QStringLiteral("+86 138 0013 8000")).value();
        const auto refused = m_inventory->addNumber(again);
        QCOMPARE(refused.code(), ErrorCode::Duplicate);
        QVERIFY(refused.message().contains(QStringLiteral("138 0013 8000")));
        QCOMPARE(m_inventory->numbers()->size(), 1);
    }

    void replacementMustDiffer()
    {
        NumberRecord record;
        record.personId = addPerson(QStringLiteral("Me"));
        record.number = PhoneNumber::parse(QStringLiteral("13800138000")).value();
        record.replacement = record.number;
        QCOMPARE(m_inventory->addNumber(record).code(), ErrorCode::InvalidInput);
    }

    void servicesAreSharedByNameOrCatalogId()
    {
        Service custom;
        custom.name = QStringLiteral("Community clinic");
        const auto first = m_inventory->ensureService(custom);
        custom.name = QStringLiteral("community CLINIC ");
        const auto second = m_inventory->ensureService(custom);
        QCOMPARE(first->id, second->id);
        QVERIFY(first->key().startsWith(QStringLiteral("custom:")));

        Service catalog;
        catalog.catalogId = QStringLiteral("wechat");
        catalog.name = QStringLiteral("WeChat");
        const auto wechat = m_inventory->ensureService(catalog);
        QCOMPARE(wechat->key(), QStringLiteral("wechat"));
        // A custom service may share a catalog service's display name without clashing.
        Service lookalike;
        lookalike.name = QStringLiteral("WeChat");
        QVERIFY(m_inventory->ensureService(lookalike)->id != wechat->id);
        QCOMPARE(m_inventory->services()->size(), 3);
    }

    void everyBindingChangeIsLogged()
    {
        const qint64 number =
            addNumber(addPerson(QStringLiteral("Me")), QStringLiteral("13800138000"));
        Binding binding = newBinding(number, QStringLiteral("Bank"));
        binding.roles = BindingRole::BankReserved;
        const auto id = m_inventory->addBinding(binding);
        QVERIFY(id.ok());
        Binding stored = m_inventory->binding(*id).value();
        QCOMPARE(m_inventory->events(stored.uid)->size(), 1);
        QCOMPARE(m_inventory->events(stored.uid)->first().field, QStringLiteral("created"));

        m_now = m_now.addDays(1);
        stored.status = BindingStatus::Done;
        stored.due = QDate(2026, 12, 1);
        QVERIFY(m_inventory->updateBinding(stored).ok());
        const auto events = m_inventory->events(stored.uid).value();
        QCOMPARE(events.size(), 3);
        QCOMPARE(events.at(1).field, QStringLiteral("status"));
        QCOMPARE(events.at(1).oldValue, QStringLiteral("to-do"));
        QCOMPARE(events.at(1).newValue, QStringLiteral("done"));
        QCOMPARE(events.at(1).at, m_now);
        QCOMPARE(events.at(2).field, QStringLiteral("due_date"));
        QCOMPARE(m_inventory->binding(*id)->updatedAt, m_now);

        // Saving without changes adds nothing.
        QVERIFY(m_inventory->updateBinding(m_inventory->binding(*id).value()).ok());
        QCOMPARE(m_inventory->events(stored.uid)->size(), 3);

        // The log is append-only even for direct SQL.
        QVERIFY(!m_vault->database().exec(QStringLiteral("UPDATE event SET field = 'x'")).ok());
        QVERIFY(!m_vault->database().exec(QStringLiteral("DELETE FROM event")).ok());
        QCOMPARE(m_inventory->events(stored.uid)->size(), 3);
    }

    void removeAndRestoreBinding()
    {
        const qint64 number =
            addNumber(addPerson(QStringLiteral("Me")), QStringLiteral("13800138000"));
        Binding binding = newBinding(number, QStringLiteral("Shop"));
        binding.account = QStringLiteral("me@example.com");
        const qint64 id = m_inventory->addBinding(binding).value();
        const auto removed = m_inventory->removeBinding(id);
        QVERIFY(removed.ok());
        QCOMPARE(m_inventory->bindings(number)->size(), 0);
        const auto restored = m_inventory->restoreBinding(*removed);
        QVERIFY(restored.ok());
        const auto back = m_inventory->bindings(number).value();
        QCOMPARE(back.size(), 1);
        QCOMPARE(back.first().uid, removed->uid);
        QCOMPARE(back.first().account, QStringLiteral("me@example.com"));
        QStringList fields;
        for (const Event& event : m_inventory->events(removed->uid).value()) {
            fields << event.field;
        }
        QCOMPARE(fields, QStringList({QStringLiteral("created"), QStringLiteral("deleted"),
                                      QStringLiteral("restored")}));
    }

    void duplicateBindingRefused()
    {
        const qint64 number =
            addNumber(addPerson(QStringLiteral("Me")), QStringLiteral("13800138000"));
        QVERIFY(m_inventory->addBinding(newBinding(number, QStringLiteral("Shop"))).ok());
        const auto again = m_inventory->addBinding(newBinding(number, QStringLiteral("Shop")));
        QCOMPARE(again.code(), ErrorCode::Duplicate);
        QCOMPARE(m_inventory->bindings(number)->size(), 1);
    }

    void newServiceAndBindingAreOneChange()
    {
        const qint64 number =
            addNumber(addPerson(QStringLiteral("Me")), QStringLiteral("13800138000"));
        Service fresh;
        fresh.name = QStringLiteral("Brand new app");
        Binding binding;
        binding.numberId = number;
        const auto added = m_inventory->addBinding(binding, fresh);
        QVERIFY2(added.ok(), qPrintable(added.message()));
        QCOMPARE(m_inventory->services()->size(), 1);
        QCOMPARE(m_inventory->binding(*added)->serviceId, m_inventory->services()->first().id);

        // The binding fails (no such number): the new service it brought must not stay behind.
        Service another;
        another.name = QStringLiteral("Another new app");
        binding.numberId = 9999;
        QVERIFY(!m_inventory->addBinding(binding, another).ok());
        QCOMPARE(m_inventory->services()->size(), 1);
        // A duplicate binding likewise leaves the service list alone.
        binding.numberId = number;
        QCOMPARE(m_inventory->addBinding(binding, fresh).code(), ErrorCode::Duplicate);
        QCOMPARE(m_inventory->services()->size(), 1);
    }

    void stepOverridesReplaceAndReset()
    {
        const QString key = QStringLiteral("wechat");
        QVERIFY(m_inventory->stepOverride(key, QStringLiteral("rebind"))->isEmpty());
        QVERIFY(m_inventory
                    ->setStepOverride(key, QStringLiteral("rebind"),
                                      {QStringLiteral("Ask Xiao Ming to help"),
                                       QStringLiteral(" Line one\nline two ")})
                    .ok());
        QCOMPARE(m_inventory->stepOverride(key, QStringLiteral("rebind")).value(),
                 QStringList({QStringLiteral("Ask Xiao Ming to help"), QStringLiteral("Line one"),
                              QStringLiteral("line two")}));
        QCOMPARE(m_inventory->overriddenServices().value(), QStringList{key});
        QVERIFY(m_inventory->stepOverride(key, QStringLiteral("close"))->isEmpty());
        // Saving again replaces; empty resets to the catalog's steps.
        QVERIFY(m_inventory
                    ->setStepOverride(key, QStringLiteral("rebind"), {QStringLiteral("Only this")})
                    .ok());
        QCOMPARE(m_inventory->stepOverride(key, QStringLiteral("rebind")).value(),
                 QStringList{QStringLiteral("Only this")});
        QVERIFY(m_inventory->setStepOverride(key, QStringLiteral("rebind"), {}).ok());
        QVERIFY(m_inventory->stepOverride(key, QStringLiteral("rebind"))->isEmpty());
        QVERIFY(m_inventory->overriddenServices()->isEmpty());
        QCOMPARE(m_inventory->setStepOverride(key, QStringLiteral("dance"), {QStringLiteral("x")})
                     .code(),
                 ErrorCode::InvalidInput);
    }

    void planStepsPersistPerNumber()
    {
        const qint64 number =
            addNumber(addPerson(QStringLiteral("Me")), QStringLiteral("13800138000"));
        QVERIFY(m_inventory->planSteps(number)->isEmpty());
        QVERIFY(m_inventory
                    ->setPlanStep(
                        number, {QStringLiteral("check-new-number"), BindingStatus::Done, QDate()})
                    .ok());
        QVERIFY(m_inventory
                    ->setPlanStep(number, {QStringLiteral("tell-contacts"), BindingStatus::ToDo,
                                           QDate(2027, 1, 5)})
                    .ok());
        QVERIFY(m_inventory
                    ->setPlanStep(number, {QStringLiteral("check-new-number"),
                                           BindingStatus::Verified, QDate()})
                    .ok());
        const auto steps = m_inventory->planSteps(number).value();
        QCOMPARE(steps.size(), 2);
        QCOMPARE(steps.at(0).step, QStringLiteral("check-new-number"));
        QCOMPARE(steps.at(0).status, BindingStatus::Verified);
        QCOMPARE(steps.at(1).due, QDate(2027, 1, 5));
        QCOMPARE(
            m_inventory
                ->setPlanStep(9999, {QStringLiteral("tell-contacts"), BindingStatus::Done, QDate()})
                .code(),
            ErrorCode::NotFound);
        QVERIFY(m_inventory->removeNumber(number).ok());
        QVERIFY(m_inventory->planSteps(number)->isEmpty());
    }

    void removingAPersonCascadesAndLogs()
    {
        const qint64 person = addPerson(QStringLiteral("Me"));
        const qint64 number = addNumber(person, QStringLiteral("13800138000"));
        const qint64 id =
            m_inventory->addBinding(newBinding(number, QStringLiteral("Shop"))).value();
        const QString uid = m_inventory->binding(id)->uid;
        QVERIFY(m_inventory->removePerson(person).ok());
        QCOMPARE(m_inventory->people()->size(), 0);
        QCOMPARE(m_inventory->numbers()->size(), 0);
        QCOMPARE(m_inventory->binding(id).code(), ErrorCode::NotFound);
        QCOMPARE(m_inventory->events(uid)->last().field, QStringLiteral("deleted"));
        QCOMPARE(m_inventory->removePerson(person).code(), ErrorCode::NotFound);
    }

    void undoWalksBackOneChangeAtATime()
    {
        const qint64 number =
            addNumber(addPerson(QStringLiteral("Me")), QStringLiteral("13800138000"));
        Binding binding = newBinding(number, QStringLiteral("Bank"));
        binding.notes = QStringLiteral("first");
        const qint64 id = m_inventory->addBinding(binding).value();
        QCOMPARE(m_inventory->undoLastChange(id).code(), ErrorCode::NotFound); // only "created"

        // One edit that changes two fields is one change; a later one is another.
        Binding edited = m_inventory->binding(id).value();
        edited.status = BindingStatus::Done;
        edited.notes = QStringLiteral("second");
        QVERIFY(m_inventory->updateBinding(edited).ok());
        edited.due = QDate(2026, 12, 1);
        edited.roles = BindingRole::Login | BindingRole::BankReserved;
        QVERIFY(m_inventory->updateBinding(edited).ok());

        auto undone = m_inventory->undoLastChange(id);
        QVERIFY2(undone.ok(), qPrintable(undone.message()));
        QVERIFY(!undone->due.isValid());
        QCOMPARE(undone->roles, BindingRoles());
        QCOMPARE(undone->status, BindingStatus::Done); // the earlier change stays

        undone = m_inventory->undoLastChange(id);
        QVERIFY(undone.ok());
        QCOMPARE(undone->status, BindingStatus::ToDo);
        QCOMPARE(undone->notes, QStringLiteral("first"));
        QCOMPARE(m_inventory->undoLastChange(id).code(), ErrorCode::NotFound);

        // The undos are in the log too (nothing is erased), each naming what it reverted.
        const QList<Event> log = m_inventory->events(m_inventory->binding(id)->uid).value();
        QCOMPARE(log.size(), 1 + 2 + 2 + 2 + 2);
        const Event& statusUndo = log.at(log.size() - 2);
        QCOMPARE(statusUndo.field, QStringLiteral("status"));
        QCOMPARE(statusUndo.newValue, QStringLiteral("to-do"));
        QCOMPARE(statusUndo.undoOf, log.at(1).batch);
        QCOMPARE(log.last().undoOf, log.at(1).batch);
        QCOMPARE(log.at(1).batch, log.at(2).batch);
        QVERIFY(log.at(3).batch != log.at(1).batch);

        // A new change after the undos is the next one undo reverts.
        edited = m_inventory->binding(id).value();
        edited.action = BindingAction::Close;
        QVERIFY(m_inventory->updateBinding(edited).ok());
        QCOMPARE(m_inventory->undoLastChange(id)->action, BindingAction::Rebind);
    }

    void undoStopsAtARestore()
    {
        const qint64 number =
            addNumber(addPerson(QStringLiteral("Me")), QStringLiteral("13800138000"));
        const qint64 id =
            m_inventory->addBinding(newBinding(number, QStringLiteral("Shop"))).value();
        Binding edited = m_inventory->binding(id).value();
        edited.status = BindingStatus::Waiting;
        QVERIFY(m_inventory->updateBinding(edited).ok());
        const Binding removed = m_inventory->removeBinding(id).value();
        const qint64 back = m_inventory->restoreBinding(removed).value();
        QCOMPARE(m_inventory->undoLastChange(back).code(), ErrorCode::NotFound);
        QCOMPARE(m_inventory->binding(back)->status, BindingStatus::Waiting);
    }

    void recentEventsOfANumberIncludeDeletedBindings()
    {
        const qint64 person = addPerson(QStringLiteral("Me"));
        const qint64 number = addNumber(person, QStringLiteral("13800138000"));
        const qint64 other = addNumber(person, QStringLiteral("13900139000"));
        const qint64 shop =
            m_inventory->addBinding(newBinding(number, QStringLiteral("Shop"))).value();
        const qint64 bank =
            m_inventory->addBinding(newBinding(number, QStringLiteral("Bank"))).value();
        QVERIFY(m_inventory->addBinding(newBinding(other, QStringLiteral("Mail"))).ok());
        const qint64 shopService = m_inventory->binding(shop)->serviceId;
        QVERIFY(m_inventory->removeBinding(shop).ok());
        Binding edited = m_inventory->binding(bank).value();
        edited.status = BindingStatus::Done;
        QVERIFY(m_inventory->updateBinding(edited).ok());

        const QList<Event> recent = m_inventory->recentEvents(number, 10).value();
        QCOMPARE(recent.size(), 4); // created ×2, deleted, status
        QCOMPARE(recent.first().field, QStringLiteral("status"));
        QCOMPARE(recent.at(1).field, QStringLiteral("deleted"));
        QCOMPARE(recent.at(1).serviceId, shopService);
        QCOMPARE(m_inventory->recentEvents(number, 2)->size(), 2);
        QCOMPARE(m_inventory->recentEvents(other, 10)->size(), 1);
    }

    void newOwnerChecksPersistPerNumber()
    {
        const qint64 person = addPerson(QStringLiteral("Me"));
        const qint64 received = addNumber(person, QStringLiteral("13800138000"));
        const qint64 other = addNumber(person, QStringLiteral("13900139000"));
        QVERIFY(m_inventory->newOwnerChecks(received)->isEmpty());
        QVERIFY(
            m_inventory
                ->setNewOwnerCheck(received, QStringLiteral("wechat"), NewOwnerResult::SomeoneElse)
                .ok());
        QVERIFY(
            m_inventory->setNewOwnerCheck(received, QStringLiteral("alipay"), NewOwnerResult::Free)
                .ok());
        QVERIFY(
            m_inventory->setNewOwnerCheck(received, QStringLiteral("alipay"), NewOwnerResult::Mine)
                .ok());
        const QList<NewOwnerCheck> checks = m_inventory->newOwnerChecks(received).value();
        QCOMPARE(checks.size(), 2);
        QCOMPARE(checks.at(0).serviceKey, QStringLiteral("alipay"));
        QCOMPARE(checks.at(0).result, NewOwnerResult::Mine);
        QCOMPARE(checks.at(1).result, NewOwnerResult::SomeoneElse);
        QVERIFY(m_inventory->newOwnerChecks(other)->isEmpty());

        QVERIFY(
            m_inventory->setNewOwnerCheck(received, QStringLiteral("alipay"), std::nullopt).ok());
        QCOMPARE(m_inventory->newOwnerChecks(received)->size(), 1);
        QCOMPARE(
            m_inventory->setNewOwnerCheck(9999, QStringLiteral("qq"), NewOwnerResult::Free).code(),
            ErrorCode::NotFound);
        QVERIFY(m_inventory->removeNumber(received).ok());
        const QString left = m_vault->database()
                                 .scalar(QStringLiteral("SELECT count(*) FROM new_owner_check"))
                                 .value();
        QCOMPARE(left, QStringLiteral("0"));
    }

    void version5KeepsTheHistoryOfOlderVaults()
    {
        // A vault at version 4 with history: two events written by one edit (same time), one
        // by another. Migrating groups them into changes and records their number and service.
        const QString path = m_dir.filePath(QStringLiteral("v4.db"));
        auto db = SqliteDatabase::open(path, SqliteDatabase::Mode::Create).value();
        QVERIFY(Schema::migrate(*db, 4).ok());
        QVERIFY(db->exec(QStringLiteral(R"sql(
INSERT INTO person (id, uid, name) VALUES (1, 'p1', 'Me');
INSERT INTO phone_number (id, uid, person_id, e164) VALUES (1, 'n1', 1, '+8613800138000');
INSERT INTO service (id, uid, name) VALUES (7, 's7', 'Bank');
INSERT INTO binding (id, uid, number_id, service_id, status, notes, created_at, updated_at)
    VALUES (1, 'b1', 1, 7, 'done', 'new', '2026-10-01T09:00:00.000Z', '2026-10-02T09:00:00.000Z');
INSERT INTO event (binding_uid, at, field, old_value, new_value)
    VALUES ('b1', '2026-10-01T09:00:00.000Z', 'created', '', 'to-do');
INSERT INTO event (binding_uid, at, field, old_value, new_value)
    VALUES ('b1', '2026-10-02T09:00:00.000Z', 'status', 'to-do', 'done');
INSERT INTO event (binding_uid, at, field, old_value, new_value)
    VALUES ('b1', '2026-10-02T09:00:00.000Z', 'notes', 'old', 'new');
)sql"))
                    .ok());
        QVERIFY(Schema::migrate(*db).ok());
        QCOMPARE(Schema::version(*db).value(), 5);
        QVERIFY(db->exec(QStringLiteral("PRAGMA foreign_keys = ON")).ok());
        Inventory inventory(*db, [this] { return m_now; });
        const QList<Event> log = inventory.events(QStringLiteral("b1")).value();
        QCOMPARE(log.size(), 3);
        QVERIFY(log.at(0).batch != log.at(1).batch);
        QCOMPARE(log.at(1).batch, log.at(2).batch);
        QCOMPARE(log.at(2).serviceId, 7);
        QCOMPARE(inventory.recentEvents(1, 10)->size(), 3);
        const Binding undone = inventory.undoLastChange(1).value();
        QCOMPARE(undone.status, BindingStatus::ToDo);
        QCOMPARE(undone.notes, QStringLiteral("old"));
        // Still append-only after the migration lifted the trigger for a moment.
        QVERIFY(!db->exec(QStringLiteral("UPDATE event SET field = 'x'")).ok());
        QVERIFY(!db->exec(QStringLiteral("DELETE FROM event")).ok());
    }

    void failedChangeLeavesNothingBehind()
    {
        const qint64 number =
            addNumber(addPerson(QStringLiteral("Me")), QStringLiteral("13800138000"));
        Binding orphan = newBinding(number, QStringLiteral("Shop"));
        orphan.numberId =
            9999; // violates the foreign key: the whole insert, event included, rolls back
        QVERIFY(!m_inventory->addBinding(orphan).ok());
        const QString events =
            m_vault->database().scalar(QStringLiteral("SELECT count(*) FROM event")).value();
        QCOMPARE(events, QStringLiteral("0"));
    }
};

QTEST_GUILESS_MAIN(TestInventory)
#include "tst_inventory.moc"
