// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Inventory.h"

#include "SqliteDatabase.h"
#include "UndoableChange.h"
#include "Vocabulary.h"

#include <algorithm>
#include <QUuid>

namespace rebind {

namespace {

constexpr int kMaxText = 2000;   // names, accounts, URLs
constexpr int kMaxNotes = 20000; // free-form notes

QString newUid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QVariant optionalDate(const QDate& date)
{
    return date.isValid() ? QVariant(date) : QVariant();
}
QDate dateFrom(const QString& text)
{
    return QDate::fromString(text, Qt::ISODate);
}

BindingRoles rolesFrom(const QString& stored)
{
    BindingRoles roles;
    for (const QString& key : stored.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (auto role = Vocabulary::roleFromKey(key)) {
            roles |= *role;
        }
    }
    return roles;
}

QString rolesTo(BindingRoles roles)
{
    return Vocabulary::roleKeys(roles).join(QLatin1Char(','));
}

const QString kPersonColumns = QStringLiteral("id, uid, name, relation, notes");
Person personFrom(const SqliteStatement& s)
{
    Person p;
    p.id = s.int64(0);
    p.uid = s.text(1);
    p.name = s.text(2);
    p.relation = s.text(3);
    p.notes = s.text(4);
    return p;
}

const QString kNumberColumns =
    QStringLiteral("id, uid, person_id, e164, status, cancel_date, replacement, carrier, notes");
NumberRecord numberFrom(const SqliteStatement& s)
{
    NumberRecord n;
    n.id = s.int64(0);
    n.uid = s.text(1);
    n.personId = s.int64(2);
    n.number = PhoneNumber::fromE164(s.text(3));
    n.status = Vocabulary::numberStatusFromKey(s.text(4)).value_or(NumberStatus::InUse);
    n.cancelDate = dateFrom(s.text(5));
    n.replacement = s.isNull(6) ? PhoneNumber() : PhoneNumber::fromE164(s.text(6));
    n.carrier = s.text(7);
    n.notes = s.text(8);
    return n;
}

const QString kServiceColumns = QStringLiteral("id, uid, catalog_id, name, category, url");
Service serviceFrom(const SqliteStatement& s)
{
    Service v;
    v.id = s.int64(0);
    v.uid = s.text(1);
    v.catalogId = s.text(2);
    v.name = s.text(3);
    v.category = s.text(4);
    v.url = s.text(5);
    return v;
}

const QString kBindingColumns =
    QStringLiteral("id, uid, number_id, service_id, account, roles, action, status, due_date, "
                   "notes, created_at, updated_at");
Binding bindingFrom(const SqliteStatement& s)
{
    Binding b;
    b.id = s.int64(0);
    b.uid = s.text(1);
    b.numberId = s.int64(2);
    b.serviceId = s.int64(3);
    b.account = s.text(4);
    b.roles = rolesFrom(s.text(5));
    b.action = Vocabulary::actionFromKey(s.text(6)).value_or(BindingAction::Rebind);
    b.status = Vocabulary::statusFromKey(s.text(7)).value_or(BindingStatus::ToDo);
    b.due = dateFrom(s.text(8));
    b.notes = s.text(9);
    b.createdAt = QDateTime::fromString(s.text(10), Qt::ISODateWithMs);
    b.updatedAt = QDateTime::fromString(s.text(11), Qt::ISODateWithMs);
    return b;
}

const QString kEventColumns =
    QStringLiteral("id, binding_uid, at, field, old_value, new_value, batch, undo_of, service_id");
Event eventFrom(const SqliteStatement& s)
{
    Event e;
    e.id = s.int64(0);
    e.bindingUid = s.text(1);
    e.at = QDateTime::fromString(s.text(2), Qt::ISODateWithMs);
    e.field = s.text(3);
    e.oldValue = s.text(4);
    e.newValue = s.text(5);
    e.batch = s.isNull(6) ? e.id : s.int64(6);
    e.undoOf = s.isNull(7) ? 0 : s.int64(7);
    e.serviceId = s.isNull(8) ? 0 : s.int64(8);
    return e;
}

template <typename T, typename Mapper>
Result<QList<T>> queryAll(SqliteDatabase& db, const QString& sql, const QVariantList& binds,
                          Mapper map)
{
    auto stmt = db.prepare(sql);
    if (!stmt) {
        return stmt.error();
    }
    stmt->bindAll(binds);
    QList<T> out;
    for (;;) {
        auto row = stmt->step();
        if (!row) {
            return row.error();
        }
        if (!*row) {
            return out;
        }
        out.append(map(*stmt));
    }
}

template <typename T, typename Mapper>
Result<T> queryOne(SqliteDatabase& db, const QString& sql, const QVariantList& binds, Mapper map,
                   const QString& notFound)
{
    auto all = queryAll<T>(db, sql, binds, map);
    if (!all) {
        return all.error();
    }
    if (all->isEmpty()) {
        return makeError(ErrorCode::NotFound, notFound);
    }
    return all->first();
}

Result<void> runSql(SqliteDatabase& db, const QString& sql, const QVariantList& binds)
{
    auto stmt = db.prepare(sql);
    if (!stmt) {
        return stmt.error();
    }
    stmt->bindAll(binds);
    return stmt->run();
}

QVariant stampText(const QDateTime& at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODateWithMs) : QString();
}

// One binding row as given (a new one, or one adopted from a hand-off with its own uid and
// times); the statement is the same for both, so it is prepared once.
Result<qint64> insertBindingRow(SqliteDatabase& db, const Binding& binding,
                                const QVariant& createdAt, const QVariant& updatedAt)
{
    auto inserted = runSql(
        db,
        QStringLiteral("INSERT INTO binding (uid, number_id, service_id, account, roles, "
                       "action, status, due_date, notes, created_at, updated_at) VALUES "
                       "(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)"),
        {binding.uid, binding.numberId, binding.serviceId, binding.account.trimmed(),
         rolesTo(binding.roles), Vocabulary::key(binding.action), Vocabulary::key(binding.status),
         optionalDate(binding.due), binding.notes, createdAt, updatedAt});
    if (!inserted) {
        return inserted.error();
    }
    return db.lastInsertRowId();
}

Result<void> tooLong(const QString& what)
{
    return makeError(ErrorCode::InvalidInput, Inventory::tr("%1 is too long.").arg(what));
}

} // namespace

Inventory::Inventory(SqliteDatabase& db, Clock clock) : m_db(db), m_clock(std::move(clock)) {}

Result<void> Inventory::transaction(const std::function<Result<void>()>& body)
{
    return m_db.transaction(body);
}

QString Inventory::now() const
{
    return m_clock().toUTC().toString(Qt::ISODateWithMs);
}

// ---- people ------------------------------------------------------------------------------------

Result<void> Inventory::validate(const Person& person) const
{
    if (person.name.trimmed().isEmpty()) {
        return makeError(ErrorCode::InvalidInput, tr("Please enter the person's name."));
    }
    if (person.name.size() > kMaxText || person.relation.size() > kMaxText) {
        return tooLong(tr("The name"));
    }
    if (person.notes.size() > kMaxNotes) {
        return tooLong(tr("The note"));
    }
    return {};
}

Result<QList<Person>> Inventory::people() const
{
    return queryAll<Person>(m_db,
                            QStringLiteral("SELECT %1 FROM person ORDER BY name COLLATE NOCASE, id")
                                .arg(kPersonColumns),
                            {}, personFrom);
}

Result<Person> Inventory::person(qint64 id) const
{
    return queryOne<Person>(
        m_db, QStringLiteral("SELECT %1 FROM person WHERE id = ?1").arg(kPersonColumns), {id},
        personFrom, tr("This person is no longer in the vault."));
}

Result<std::optional<Person>> Inventory::findPerson(const QString& name) const
{
    auto found = queryAll<Person>(
        m_db,
        QStringLiteral("SELECT %1 FROM person WHERE name = ?1 COLLATE NOCASE ORDER BY id")
            .arg(kPersonColumns),
        {name.trimmed()}, personFrom);
    if (!found) {
        return found.error();
    }
    return found->isEmpty() ? std::nullopt : std::optional<Person>(found->first());
}

Result<qint64> Inventory::addPerson(Person person)
{
    if (auto valid = validate(person); !valid) {
        return valid.error();
    }
    if (person.uid.isEmpty()) {
        person.uid = newUid();
    }
    qint64 id = 0;
    auto done = m_db.transaction([&]() -> Result<void> {
        auto inserted =
            runSql(m_db,
                   QStringLiteral(
                       "INSERT INTO person (uid, name, relation, notes) VALUES (?1, ?2, ?3, ?4)"),
                   {person.uid, person.name.trimmed(), person.relation.trimmed(), person.notes});
        id = m_db.lastInsertRowId();
        return inserted;
    });
    if (!done) {
        return done.error();
    }
    return id;
}

Result<void> Inventory::updatePerson(const Person& person)
{
    if (auto valid = validate(person); !valid) {
        return valid;
    }
    return m_db.transaction([&]() -> Result<void> {
        auto updated = runSql(
            m_db,
            QStringLiteral("UPDATE person SET name = ?1, relation = ?2, notes = ?3 WHERE id = ?4"),
            {person.name.trimmed(), person.relation.trimmed(), person.notes, person.id});
        if (updated && m_db.changes() == 0) {
            return makeError(ErrorCode::NotFound, tr("This person is no longer in the vault."));
        }
        return updated;
    });
}

Result<void> Inventory::removePerson(qint64 id)
{
    return removeWithBindings(
        QStringLiteral("SELECT b.uid FROM binding b JOIN phone_number n ON n.id = b.number_id "
                       "WHERE n.person_id = ?1"),
        QStringLiteral("DELETE FROM person WHERE id = ?1"), id,
        tr("This person is no longer in the vault."));
}

Result<void> Inventory::removeWithBindings(const QString& bindingsSql, const QString& deleteSql,
                                           qint64 id, const QString& notFound)
{
    // The foreign keys cascade to the bindings; their history records that they went.
    return m_db.transaction([&]() -> Result<void> {
        auto doomed = queryAll<QString>(m_db, bindingsSql, {id},
                                        [](const SqliteStatement& s) { return s.text(0); });
        if (!doomed) {
            return doomed.error();
        }
        auto batch = nextBatch();
        if (!batch) {
            return batch.error();
        }
        for (const QString& uid : *doomed) {
            if (auto logged =
                    appendEvent(uid, QStringLiteral("deleted"), QString(), QString(), *batch);
                !logged) {
                return logged;
            }
        }
        auto removed = runSql(m_db, deleteSql, {id});
        if (removed && m_db.changes() == 0) {
            return makeError(ErrorCode::NotFound, notFound);
        }
        return removed;
    });
}

// ---- numbers -----------------------------------------------------------------------------------

Result<void> Inventory::validate(const NumberRecord& record) const
{
    if (record.number.isNull()) {
        return makeError(ErrorCode::InvalidInput, tr("Please enter a phone number."));
    }
    if (record.personId <= 0) {
        return makeError(ErrorCode::InvalidInput, tr("Choose whose number this is."));
    }
    if (record.replacement == record.number) {
        return makeError(ErrorCode::InvalidInput,
                         tr("The new number must differ from the number being replaced."));
    }
    if (record.carrier.size() > kMaxText) {
        return tooLong(tr("The carrier"));
    }
    if (record.notes.size() > kMaxNotes) {
        return tooLong(tr("The note"));
    }
    return {};
}

Result<QList<NumberRecord>> Inventory::numbers(qint64 personId) const
{
    if (personId == 0) {
        return queryAll<NumberRecord>(
            m_db,
            QStringLiteral("SELECT %1 FROM phone_number ORDER BY person_id, id")
                .arg(kNumberColumns),
            {}, numberFrom);
    }
    return queryAll<NumberRecord>(
        m_db,
        QStringLiteral("SELECT %1 FROM phone_number WHERE person_id = ?1 ORDER BY id")
            .arg(kNumberColumns),
        {personId}, numberFrom);
}

Result<NumberRecord> Inventory::number(qint64 id) const
{
    return queryOne<NumberRecord>(
        m_db, QStringLiteral("SELECT %1 FROM phone_number WHERE id = ?1").arg(kNumberColumns), {id},
        numberFrom, tr("This number is no longer in the vault."));
}

Result<std::optional<NumberRecord>> Inventory::findNumber(const PhoneNumber& number) const
{
    auto found = queryAll<NumberRecord>(
        m_db, QStringLiteral("SELECT %1 FROM phone_number WHERE e164 = ?1").arg(kNumberColumns),
        {number.e164()}, numberFrom);
    if (!found) {
        return found.error();
    }
    return found->isEmpty() ? std::nullopt : std::optional<NumberRecord>(found->first());
}

Error Inventory::duplicateNumber(const PhoneNumber& number) const
{
    return makeError(ErrorCode::Duplicate, tr("%1 is already in the vault.").arg(number.display()));
}

Result<qint64> Inventory::addNumber(NumberRecord record)
{
    if (auto valid = validate(record); !valid) {
        return valid.error();
    }
    if (record.uid.isEmpty()) {
        record.uid = newUid();
    }
    qint64 id = 0;
    auto done = m_db.transaction([&]() -> Result<void> {
        auto inserted = runSql(
            m_db,
            QStringLiteral("INSERT INTO phone_number (uid, person_id, e164, status, cancel_date, "
                           "replacement, carrier, notes) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"),
            {record.uid, record.personId, record.number.e164(), Vocabulary::key(record.status),
             optionalDate(record.cancelDate),
             record.replacement.isNull() ? QVariant() : QVariant(record.replacement.e164()),
             record.carrier.trimmed(), record.notes});
        id = m_db.lastInsertRowId();
        return inserted;
    });
    if (!done) {
        return done.code() == ErrorCode::Duplicate ? duplicateNumber(record.number) : done.error();
    }
    return id;
}

Result<void> Inventory::updateNumber(const NumberRecord& record)
{
    if (auto valid = validate(record); !valid) {
        return valid;
    }
    auto done = m_db.transaction([&]() -> Result<void> {
        auto updated = runSql(
            m_db,
            QStringLiteral(
                "UPDATE phone_number SET person_id = ?1, e164 = ?2, status = ?3, cancel_date = ?4, "
                "replacement = ?5, carrier = ?6, notes = ?7 WHERE id = ?8"),
            {record.personId, record.number.e164(), Vocabulary::key(record.status),
             optionalDate(record.cancelDate),
             record.replacement.isNull() ? QVariant() : QVariant(record.replacement.e164()),
             record.carrier.trimmed(), record.notes, record.id});
        if (updated && m_db.changes() == 0) {
            return makeError(ErrorCode::NotFound, tr("This number is no longer in the vault."));
        }
        return updated;
    });
    if (!done && done.code() == ErrorCode::Duplicate) {
        return duplicateNumber(record.number);
    }
    return done;
}

Result<void> Inventory::revertNumber(const NumberRecord& before, const NumberRecord& after)
{
    const auto sameFields = [](const NumberRecord& a, const NumberRecord& b) {
        return a.personId == b.personId && a.number.e164() == b.number.e164() &&
               a.status == b.status && a.cancelDate == b.cancelDate &&
               a.replacement.e164() == b.replacement.e164() &&
               a.carrier.trimmed() == b.carrier.trimmed() && a.notes == b.notes;
    };
    return m_db.transaction([&]() -> Result<void> {
        auto now = number(after.id);
        if (!now) {
            return now.error();
        }
        if (!sameFields(*now, after)) {
            return makeError(ErrorCode::InvalidInput,
                             tr("This number was changed since, by another program: the edit "
                                "is not undone."));
        }
        return updateNumber(before);
    });
}

Result<void> Inventory::removeNumber(qint64 id)
{
    return removeWithBindings(QStringLiteral("SELECT uid FROM binding WHERE number_id = ?1"),
                              QStringLiteral("DELETE FROM phone_number WHERE id = ?1"), id,
                              tr("This number is no longer in the vault."));
}

// ---- services ----------------------------------------------------------------------------------

Result<QList<Service>> Inventory::services() const
{
    return queryAll<Service>(
        m_db,
        QStringLiteral("SELECT %1 FROM service ORDER BY name COLLATE NOCASE").arg(kServiceColumns),
        {}, serviceFrom);
}

Result<Service> Inventory::service(qint64 id) const
{
    return queryOne<Service>(
        m_db, QStringLiteral("SELECT %1 FROM service WHERE id = ?1").arg(kServiceColumns), {id},
        serviceFrom, tr("This service is no longer in the vault."));
}

Result<Service> Inventory::ensureService(const Service& wanted)
{
    const QString name = wanted.name.trimmed();
    if (name.isEmpty() && wanted.catalogId.isEmpty()) {
        return makeError(ErrorCode::InvalidInput, tr("Please enter the service's name."));
    }
    if (name.size() > kMaxText || wanted.url.size() > kMaxText) {
        return tooLong(tr("The service’s name or address")).error();
    }
    const QString lookup =
        wanted.isCustom()
            ? QStringLiteral(
                  "SELECT %1 FROM service WHERE catalog_id IS NULL AND name = ?1 COLLATE NOCASE")
            : QStringLiteral("SELECT %1 FROM service WHERE catalog_id = ?1");
    auto existing = queryAll<Service>(m_db, lookup.arg(kServiceColumns),
                                      {wanted.isCustom() ? name : wanted.catalogId}, serviceFrom);
    if (!existing) {
        return existing.error();
    }
    if (!existing->isEmpty()) {
        return existing->first();
    }
    Service created = wanted;
    created.name = name;
    created.uid = wanted.uid.isEmpty() ? newUid() : wanted.uid;
    if (!Vocabulary::categoryKeys().contains(created.category)) {
        created.category = QStringLiteral("other");
    }
    auto done = m_db.transaction([&]() -> Result<void> {
        auto inserted =
            runSql(m_db,
                   QStringLiteral("INSERT INTO service (uid, catalog_id, name, category, url) "
                                  "VALUES (?1, ?2, ?3, ?4, ?5)"),
                   {created.uid, created.isCustom() ? QVariant() : QVariant(created.catalogId),
                    created.name, created.category, created.url.trimmed()});
        created.id = m_db.lastInsertRowId();
        return inserted;
    });
    if (!done) {
        return done.error();
    }
    return created;
}

// ---- bindings ----------------------------------------------------------------------------------

Result<QList<Binding>> Inventory::bindings(qint64 numberId) const
{
    return queryAll<Binding>(
        m_db,
        QStringLiteral("SELECT %1 FROM binding WHERE number_id = ?1 ORDER BY id")
            .arg(kBindingColumns),
        {numberId}, bindingFrom);
}

Result<Binding> Inventory::binding(qint64 id) const
{
    return queryOne<Binding>(
        m_db, QStringLiteral("SELECT %1 FROM binding WHERE id = ?1").arg(kBindingColumns), {id},
        bindingFrom, tr("This entry is no longer in the vault."));
}

Result<qint64> Inventory::addBinding(Binding binding)
{
    binding.uid = newUid();
    return insertBinding(std::move(binding), QStringLiteral("created"));
}

Result<qint64> Inventory::addBinding(Binding binding, const Service& service)
{
    qint64 id = 0;
    auto done = m_db.transaction([&]() -> Result<void> {
        auto stored = service.id > 0 ? this->service(service.id) : ensureService(service);
        if (!stored) {
            return stored.error();
        }
        binding.serviceId = stored->id;
        auto added = addBinding(binding);
        if (!added) {
            return added.error();
        }
        id = *added;
        return {};
    });
    if (!done) {
        return done.error();
    }
    return id;
}

Result<qint64> Inventory::restoreBinding(const Binding& removed)
{
    return insertBinding(removed, QStringLiteral("restored"));
}

Result<void> Inventory::validate(const Binding& binding) const
{
    if (binding.account.size() > kMaxText) {
        return tooLong(tr("The account name"));
    }
    if (binding.notes.size() > kMaxNotes) {
        return tooLong(tr("The note"));
    }
    return {};
}

Result<qint64> Inventory::insertBinding(Binding binding, const QString& eventField)
{
    if (auto valid = validate(binding); !valid) {
        return valid.error();
    }
    const QString stamp = now();
    if (!binding.createdAt.isValid()) {
        binding.createdAt = m_clock();
    }
    qint64 id = 0;
    auto done = m_db.transaction([&]() -> Result<void> {
        auto inserted = insertBindingRow(m_db, binding, stampText(binding.createdAt), stamp);
        if (!inserted) {
            return inserted.error();
        }
        id = *inserted;
        return appendEvent(binding.uid, eventField, QString(), Vocabulary::key(binding.status));
    });
    if (!done) {
        if (done.code() == ErrorCode::Duplicate) {
            return makeError(
                ErrorCode::Duplicate,
                tr("This service with this account is already listed for the number."));
        }
        if (done.code() == ErrorCode::InvalidInput) {
            return makeError(
                ErrorCode::NotFound,
                tr("The number or the service of this entry is no longer in the vault."));
        }
        return done.error();
    }
    return id;
}

Result<void> Inventory::updateBinding(const Binding& binding)
{
    return writeChange(binding, 0);
}

Result<void> Inventory::writeChange(const Binding& binding, qint64 undoOf)
{
    if (auto valid = validate(binding); !valid) {
        return valid;
    }
    auto done = m_db.transaction([&]() -> Result<void> {
        auto before = this->binding(binding.id);
        if (!before) {
            return before.error();
        }
        auto batch = nextBatch();
        if (!batch) {
            return batch.error();
        }
        const auto dateText = [](const QDate& d) {
            return d.isValid() ? d.toString(Qt::ISODate) : QString();
        };
        const QList<std::tuple<QString, QString, QString>> changes = {
            {QStringLiteral("service_id"), QString::number(before->serviceId),
             QString::number(binding.serviceId)},
            {QStringLiteral("account"), before->account, binding.account.trimmed()},
            {QStringLiteral("roles"), rolesTo(before->roles), rolesTo(binding.roles)},
            {QStringLiteral("action"), Vocabulary::key(before->action),
             Vocabulary::key(binding.action)},
            {QStringLiteral("status"), Vocabulary::key(before->status),
             Vocabulary::key(binding.status)},
            {QStringLiteral("due_date"), dateText(before->due), dateText(binding.due)},
            {QStringLiteral("notes"), before->notes, binding.notes},
        };
        bool changed = false;
        for (const auto& [field, oldValue, newValue] : changes) {
            if (oldValue != newValue) {
                changed = true;
                if (auto logged =
                        appendEvent(before->uid, field, oldValue, newValue, *batch, undoOf);
                    !logged) {
                    return logged;
                }
            }
        }
        if (!changed) {
            return {};
        }
        return runSql(m_db,
                      QStringLiteral("UPDATE binding SET service_id = ?1, account = ?2, roles = "
                                     "?3, action = ?4, status = ?5, "
                                     "due_date = ?6, notes = ?7, updated_at = ?8 WHERE id = ?9"),
                      {binding.serviceId, binding.account.trimmed(), rolesTo(binding.roles),
                       Vocabulary::key(binding.action), Vocabulary::key(binding.status),
                       optionalDate(binding.due), binding.notes, now(), binding.id});
    });
    if (!done && done.code() == ErrorCode::Duplicate) {
        return makeError(ErrorCode::Duplicate,
                         tr("This service with this account is already listed for the number."));
    }
    return done;
}

Result<Binding> Inventory::undoLastChange(qint64 bindingId)
{
    Binding after;
    auto done = m_db.transaction([&]() -> Result<void> {
        auto current = binding(bindingId);
        if (!current) {
            return current.error();
        }
        auto history = events(current->uid);
        if (!history) {
            return history.error();
        }
        const QList<Event> change = UndoableChange::find(*history);
        if (change.isEmpty()) {
            return makeError(ErrorCode::NotFound,
                             tr("There is no change to undo for this service."));
        }
        after = *current;
        for (const Event& event : change) {
            const QString& old = event.oldValue;
            if (event.field == QLatin1String("service_id")) {
                after.serviceId = old.toLongLong();
            } else if (event.field == QLatin1String("account")) {
                after.account = old;
            } else if (event.field == QLatin1String("roles")) {
                after.roles = rolesFrom(old);
            } else if (event.field == QLatin1String("action")) {
                after.action = Vocabulary::actionFromKey(old).value_or(after.action);
            } else if (event.field == QLatin1String("status")) {
                after.status = Vocabulary::statusFromKey(old).value_or(after.status);
            } else if (event.field == QLatin1String("due_date")) {
                after.due = dateFrom(old);
            } else if (event.field == QLatin1String("notes")) {
                after.notes = old;
            }
        }
        if (auto written = writeChange(after, change.first().batch); !written) {
            return written;
        }
        auto stored = binding(bindingId);
        if (!stored) {
            return stored.error();
        }
        after = *stored;
        return {};
    });
    if (!done) {
        return done.error();
    }
    return after;
}

Result<Binding> Inventory::removeBinding(qint64 id)
{
    Binding removed;
    auto done = m_db.transaction([&]() -> Result<void> {
        auto before = binding(id);
        if (!before) {
            return before.error();
        }
        removed = *before;
        if (auto logged = appendEvent(removed.uid, QStringLiteral("deleted"),
                                      Vocabulary::key(removed.status), QString());
            !logged) {
            return logged;
        }
        return runSql(m_db, QStringLiteral("DELETE FROM binding WHERE id = ?1"), {id});
    });
    if (!done) {
        return done.error();
    }
    return removed;
}

// ---- events ------------------------------------------------------------------------------------

Result<qint64> Inventory::nextBatch() const
{
    auto last = m_db.scalar(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM event"));
    if (!last) {
        return last.error();
    }
    return last->toLongLong() + 1;
}

Result<void> Inventory::appendEvent(const QString& bindingUid, const QString& field,
                                    const QString& oldValue, const QString& newValue, qint64 batch,
                                    qint64 undoOf)
{
    // Called while the binding row exists (before a delete, after an insert), so its number
    // and service can be recorded with the event.
    return runSql(
        m_db,
        QStringLiteral(
            "INSERT INTO event (binding_uid, at, field, old_value, new_value, batch, undo_of, "
            "number_uid, service_id) VALUES (?1, ?2, ?3, ?4, ?5, "
            "COALESCE(?6, (SELECT COALESCE(MAX(id), 0) + 1 FROM event)), ?7, "
            "(SELECT n.uid FROM binding b JOIN phone_number n ON n.id = b.number_id "
            "WHERE b.uid = ?1), (SELECT service_id FROM binding WHERE uid = ?1))"),
        {bindingUid, now(), field, oldValue, newValue, batch > 0 ? QVariant(batch) : QVariant(),
         undoOf > 0 ? QVariant(undoOf) : QVariant()});
}

Result<QList<Event>> Inventory::events(const QString& bindingUid) const
{
    return queryAll<Event>(m_db,
                           QStringLiteral("SELECT %1 FROM event WHERE binding_uid = ?1 ORDER BY id")
                               .arg(kEventColumns),
                           {bindingUid}, eventFrom);
}

Result<QList<Event>> Inventory::recentEvents(qint64 numberId, int limit) const
{
    return queryAll<Event>(
        m_db,
        QStringLiteral("SELECT %1 FROM event WHERE number_uid = "
                       "(SELECT uid FROM phone_number WHERE id = ?1) ORDER BY id DESC LIMIT ?2")
            .arg(kEventColumns),
        {numberId, std::max(limit, 0)}, eventFrom);
}

// ---- new owner ---------------------------------------------------------------------------------

Result<QList<NewOwnerCheck>> Inventory::newOwnerChecks(qint64 numberId) const
{
    auto rows = queryAll<std::optional<NewOwnerCheck>>(
        m_db,
        QStringLiteral("SELECT service_key, result, updated_at FROM new_owner_check "
                       "WHERE number_id = ?1 ORDER BY service_key"),
        {numberId}, [](const SqliteStatement& s) -> std::optional<NewOwnerCheck> {
            // A word from a newer version reads as "not checked".
            const auto result = Vocabulary::newOwnerResultFromKey(s.text(1));
            if (!result) {
                return std::nullopt;
            }
            return NewOwnerCheck{s.text(0), *result,
                                 QDateTime::fromString(s.text(2), Qt::ISODateWithMs)};
        });
    if (!rows) {
        return rows.error();
    }
    QList<NewOwnerCheck> known;
    for (const auto& check : *rows) {
        if (check) {
            known.append(*check);
        }
    }
    return known;
}

Result<void> Inventory::setNewOwnerCheck(qint64 numberId, const QString& serviceKey,
                                         std::optional<NewOwnerResult> result)
{
    if (serviceKey.isEmpty() || serviceKey.size() > kMaxText) {
        return makeError(ErrorCode::InvalidInput, tr("This service is not known."));
    }
    return m_db.transaction([&]() -> Result<void> {
        auto saved =
            result ? runSql(m_db,
                            QStringLiteral("INSERT OR REPLACE INTO new_owner_check (number_id, "
                                           "service_key, result, updated_at) "
                                           "VALUES (?1, ?2, ?3, ?4)"),
                            {numberId, serviceKey, Vocabulary::key(*result), now()})
                   : runSql(m_db,
                            QStringLiteral("DELETE FROM new_owner_check WHERE number_id = ?1 "
                                           "AND service_key = ?2"),
                            {numberId, serviceKey});
        if (!saved && saved.code() == ErrorCode::InvalidInput) {
            return makeError(ErrorCode::NotFound, tr("This number is no longer in the vault."));
        }
        return saved;
    });
}

// ---- plan steps --------------------------------------------------------------------------------

Result<QList<PlanStepState>> Inventory::planSteps(qint64 numberId) const
{
    return queryAll<PlanStepState>(
        m_db,
        QStringLiteral(
            "SELECT step, status, due_date FROM plan_step WHERE number_id = ?1 ORDER BY step"),
        {numberId}, [](const SqliteStatement& s) {
            PlanStepState state;
            state.step = s.text(0);
            state.status = Vocabulary::statusFromKey(s.text(1)).value_or(BindingStatus::ToDo);
            state.due = dateFrom(s.text(2));
            return state;
        });
}

Result<void> Inventory::setPlanStep(qint64 numberId, const PlanStepState& state)
{
    if (state.step.isEmpty() || state.step.size() > 64) {
        return makeError(ErrorCode::InvalidInput, tr("This plan step is not known."));
    }
    return m_db.transaction([&]() -> Result<void> {
        // Not an upsert: SQLCipher 3.4 is built on SQLite 3.15, older than ON CONFLICT DO UPDATE.
        auto saved = runSql(
            m_db,
            QStringLiteral(
                "INSERT OR REPLACE INTO plan_step (number_id, step, status, due_date, updated_at) "
                "VALUES (?1, ?2, ?3, ?4, ?5)"),
            {numberId, state.step, Vocabulary::key(state.status), optionalDate(state.due), now()});
        if (!saved && saved.code() == ErrorCode::InvalidInput) {
            return makeError(ErrorCode::NotFound, tr("This number is no longer in the vault."));
        }
        return saved;
    });
}

// ---- step overrides ----------------------------------------------------------------------------

Result<QStringList> Inventory::stepOverride(const QString& serviceKey, const QString& kind) const
{
    auto found = queryAll<QString>(
        m_db,
        QStringLiteral("SELECT steps FROM step_override WHERE service_key = ?1 AND kind = ?2"),
        {serviceKey, kind}, [](const SqliteStatement& s) { return s.text(0); });
    if (!found) {
        return found.error();
    }
    return found->isEmpty() ? QStringList()
                            : found->first().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

Result<QStringList> Inventory::overriddenServices() const
{
    return queryAll<QString>(
        m_db, QStringLiteral("SELECT DISTINCT service_key FROM step_override ORDER BY service_key"),
        {}, [](const SqliteStatement& s) { return s.text(0); });
}

Result<void> Inventory::setStepOverride(const QString& serviceKey, const QString& kind,
                                        const QStringList& steps)
{
    static const QStringList kinds = {QStringLiteral("rebind"), QStringLiteral("unbind"),
                                      QStringLiteral("close")};
    if (serviceKey.isEmpty() || !kinds.contains(kind)) {
        return makeError(ErrorCode::InvalidInput,
                         tr("These steps do not belong to a known service."));
    }
    // One line per step: line breaks inside a step would split it when read back.
    QStringList lines;
    for (const QString& step : steps) {
        for (const QString& line : step.split(QLatin1Char('\n'))) {
            if (!line.trimmed().isEmpty()) {
                lines.append(line.trimmed());
            }
        }
    }
    if (lines.join(QLatin1Char('\n')).size() > kMaxNotes) {
        return tooLong(tr("The steps"));
    }
    return m_db.transaction([&]() -> Result<void> {
        if (lines.isEmpty()) {
            return runSql(
                m_db,
                QStringLiteral("DELETE FROM step_override WHERE service_key = ?1 AND kind = ?2"),
                {serviceKey, kind});
        }
        return runSql(
            m_db,
            // Not an upsert: SQLCipher 3.4 is built on SQLite 3.15, older than ON CONFLICT DO
            // UPDATE.
            QStringLiteral(
                "INSERT OR REPLACE INTO step_override (service_key, kind, steps, updated_at) "
                "VALUES (?1, ?2, ?3, ?4)"),
            {serviceKey, kind, lines.join(QLatin1Char('\n')), now()});
    });
}

// ---- merging a hand-off ------------------------------------------------------------------------

Result<QList<Inventory::StepOverride>> Inventory::stepOverrides() const
{
    return queryAll<StepOverride>(
        m_db,
        QStringLiteral("SELECT service_key, kind, steps, updated_at FROM step_override "
                       "ORDER BY service_key, kind"),
        {}, [](const SqliteStatement& s) {
            return StepOverride{s.text(0), s.text(1),
                                s.text(2).split(QLatin1Char('\n'), Qt::SkipEmptyParts),
                                QDateTime::fromString(s.text(3), Qt::ISODateWithMs)};
        });
}

Result<std::optional<Binding>> Inventory::findBinding(const QString& uid) const
{
    auto found = queryAll<Binding>(
        m_db, QStringLiteral("SELECT %1 FROM binding WHERE uid = ?1").arg(kBindingColumns), {uid},
        bindingFrom);
    if (!found) {
        return found.error();
    }
    return found->isEmpty() ? std::nullopt : std::optional<Binding>(found->first());
}

Result<QStringList> Inventory::removedBindings(qint64 numberId) const
{
    return queryAll<QString>(
        m_db,
        QStringLiteral("SELECT binding_uid FROM event WHERE number_uid = "
                       "(SELECT uid FROM phone_number WHERE id = ?1) "
                       "AND NOT EXISTS (SELECT 1 FROM binding b WHERE b.uid = event.binding_uid) "
                       "GROUP BY binding_uid ORDER BY MIN(id)"),
        {numberId}, [](const SqliteStatement& s) { return s.text(0); });
}

Result<QList<Inventory::StampedPlanStep>> Inventory::stampedPlanSteps(qint64 numberId) const
{
    return queryAll<StampedPlanStep>(
        m_db,
        QStringLiteral("SELECT step, status, due_date, updated_at FROM plan_step "
                       "WHERE number_id = ?1 ORDER BY step"),
        {numberId}, [](const SqliteStatement& s) {
            StampedPlanStep stamped;
            stamped.state.step = s.text(0);
            stamped.state.status =
                Vocabulary::statusFromKey(s.text(1)).value_or(BindingStatus::ToDo);
            stamped.state.due = dateFrom(s.text(2));
            stamped.updatedAt = QDateTime::fromString(s.text(3), Qt::ISODateWithMs);
            return stamped;
        });
}

Result<qint64> Inventory::adoptBinding(const Binding& binding)
{
    if (auto valid = validate(binding); !valid) {
        return valid.error();
    }
    // One statement, atomic by itself: no savepoint around it. A merge adopts thousands inside
    // its transaction, and each savepoint made SQLCipher encrypt every page it touched once
    // more into the sub-journal (half of a 10,000-entry import's time).
    return insertBindingRow(m_db, binding, stampText(binding.createdAt),
                            stampText(binding.updatedAt));
}

Result<void> Inventory::overwriteBinding(const Binding& binding)
{
    if (auto valid = validate(binding); !valid) {
        return valid;
    }
    return m_db.transaction([&]() -> Result<void> {
        auto updated =
            runSql(m_db,
                   QStringLiteral("UPDATE binding SET service_id = ?1, account = ?2, roles = ?3, "
                                  "action = ?4, status = ?5, due_date = ?6, notes = ?7, "
                                  "created_at = ?8, updated_at = ?9 WHERE id = ?10"),
                   {binding.serviceId, binding.account.trimmed(), rolesTo(binding.roles),
                    Vocabulary::key(binding.action), Vocabulary::key(binding.status),
                    optionalDate(binding.due), binding.notes, stampText(binding.createdAt),
                    stampText(binding.updatedAt), binding.id});
        if (updated && m_db.changes() == 0) {
            return makeError(ErrorCode::NotFound, tr("This entry is no longer in the vault."));
        }
        return updated;
    });
}

Result<void> Inventory::dropBinding(qint64 id)
{
    return m_db.transaction([&]() -> Result<void> {
        return runSql(m_db, QStringLiteral("DELETE FROM binding WHERE id = ?1"), {id});
    });
}

Result<qint64> Inventory::appendForeignEvent(const Event& event, const QString& numberUid)
{
    if (event.bindingUid.isEmpty() || event.field.isEmpty() || event.field.size() > kMaxText ||
        event.oldValue.size() > kMaxNotes || event.newValue.size() > kMaxNotes) {
        return makeError(ErrorCode::InvalidInput, tr("A change in the history is not valid."));
    }
    // One statement that writes (no savepoint, as in adoptBinding), then a read of what it
    // wrote. A new batch is numbered after the event that opens it, like nextBatch(), so that
    // batches never collide with the ones this vault writes later.
    auto inserted = runSql(
        m_db,
        QStringLiteral("INSERT INTO event (binding_uid, at, field, old_value, new_value, batch, "
                       "undo_of, number_uid, service_id) VALUES (?1, ?2, ?3, ?4, ?5, "
                       "COALESCE(?6, (SELECT COALESCE(MAX(id), 0) + 1 FROM event)), ?7, ?8, ?9)"),
        {event.bindingUid, stampText(event.at), event.field, event.oldValue, event.newValue,
         event.batch > 0 ? QVariant(event.batch) : QVariant(),
         event.undoOf > 0 ? QVariant(event.undoOf) : QVariant(),
         numberUid.isEmpty() ? QVariant() : QVariant(numberUid),
         event.serviceId > 0 ? QVariant(event.serviceId) : QVariant()});
    if (!inserted) {
        return inserted.error();
    }
    auto stored = queryAll<qint64>(m_db, QStringLiteral("SELECT batch FROM event WHERE id = ?1"),
                                   {m_db.lastInsertRowId()},
                                   [](const SqliteStatement& s) { return s.int64(0); });
    if (!stored) {
        return stored.error();
    }
    if (stored->isEmpty()) {
        return makeError(ErrorCode::Internal, tr("The change was interrupted."));
    }
    return stored->first();
}

Result<void> Inventory::putPlanStep(qint64 numberId, const StampedPlanStep& step)
{
    if (step.state.step.isEmpty() || step.state.step.size() > 64) {
        return makeError(ErrorCode::InvalidInput, tr("This plan step is not known."));
    }
    return m_db.transaction([&]() -> Result<void> {
        return runSql(
            m_db,
            QStringLiteral(
                "INSERT OR REPLACE INTO plan_step (number_id, step, status, due_date, updated_at) "
                "VALUES (?1, ?2, ?3, ?4, ?5)"),
            {numberId, step.state.step, Vocabulary::key(step.state.status),
             optionalDate(step.state.due), stampText(step.updatedAt)});
    });
}

Result<void> Inventory::putNewOwnerCheck(qint64 numberId, const NewOwnerCheck& check)
{
    if (check.serviceKey.isEmpty() || check.serviceKey.size() > kMaxText) {
        return makeError(ErrorCode::InvalidInput, tr("This service is not known."));
    }
    return m_db.transaction([&]() -> Result<void> {
        return runSql(m_db,
                      QStringLiteral("INSERT OR REPLACE INTO new_owner_check (number_id, "
                                     "service_key, result, updated_at) VALUES (?1, ?2, ?3, ?4)"),
                      {numberId, check.serviceKey, Vocabulary::key(check.result),
                       stampText(check.updatedAt)});
    });
}

Result<void> Inventory::putStepOverride(const StepOverride& stepOverride)
{
    static const QStringList kinds = {QStringLiteral("rebind"), QStringLiteral("unbind"),
                                      QStringLiteral("close")};
    const QString steps = stepOverride.steps.join(QLatin1Char('\n'));
    if (stepOverride.serviceKey.isEmpty() || stepOverride.serviceKey.size() > kMaxText ||
        !kinds.contains(stepOverride.kind) || stepOverride.steps.isEmpty() ||
        std::any_of(stepOverride.steps.cbegin(), stepOverride.steps.cend(),
                    [](const QString& step) {
                        return step.trimmed().isEmpty() || step.contains(QLatin1Char('\n'));
                    })) {
        return makeError(ErrorCode::InvalidInput,
                         tr("These steps do not belong to a known service."));
    }
    if (steps.size() > kMaxNotes) {
        return tooLong(tr("The steps"));
    }
    return m_db.transaction([&]() -> Result<void> {
        return runSql(
            m_db,
            QStringLiteral(
                "INSERT OR REPLACE INTO step_override (service_key, kind, steps, updated_at) "
                "VALUES (?1, ?2, ?3, ?4)"),
            {stepOverride.serviceKey, stepOverride.kind, steps, stampText(stepOverride.updatedAt)});
    });
}

} // namespace rebind
