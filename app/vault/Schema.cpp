// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Schema.h"

#include "SqliteDatabase.h"

#include <QUuid>

namespace rebind {

namespace {

// Version 1: the first layout (people, numbers, services, bindings).
Result<void> toVersion1(SqliteDatabase& db)
{
    return db.exec(QStringLiteral(R"sql(
CREATE TABLE person (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    relation TEXT NOT NULL DEFAULT 'self',
    notes TEXT NOT NULL DEFAULT ''
);
CREATE TABLE phone_number (
    id INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    e164 TEXT NOT NULL UNIQUE,
    status TEXT NOT NULL DEFAULT 'in-use',
    cancel_date TEXT,
    replacement TEXT,
    carrier TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT ''
);
CREATE TABLE service (
    id INTEGER PRIMARY KEY,
    catalog_id TEXT UNIQUE,
    name TEXT NOT NULL,
    category TEXT NOT NULL DEFAULT 'other',
    url TEXT NOT NULL DEFAULT ''
);
CREATE TABLE binding (
    id INTEGER PRIMARY KEY,
    number_id INTEGER NOT NULL REFERENCES phone_number(id) ON DELETE CASCADE,
    service_id INTEGER NOT NULL REFERENCES service(id),
    account TEXT NOT NULL DEFAULT '',
    roles TEXT NOT NULL DEFAULT '',
    action TEXT NOT NULL DEFAULT 'rebind',
    status TEXT NOT NULL DEFAULT 'to-do',
    due_date TEXT,
    notes TEXT NOT NULL DEFAULT ''
);
CREATE INDEX binding_number ON binding(number_id);
)sql"));
}

Result<void> addUids(SqliteDatabase& db, const QString& table)
{
    if (auto added = db.exec(QStringLiteral("ALTER TABLE %1 ADD COLUMN uid TEXT").arg(table));
        !added) {
        return added;
    }
    auto ids = db.prepare(QStringLiteral("SELECT id FROM %1").arg(table));
    if (!ids) {
        return ids.error();
    }
    QList<qint64> rows;
    for (auto row = ids->step();; row = ids->step()) {
        if (!row) {
            return row.error();
        }
        if (!*row) {
            break;
        }
        rows.append(ids->int64(0));
    }
    for (qint64 id : rows) {
        auto update = db.prepare(QStringLiteral("UPDATE %1 SET uid = ?1 WHERE id = ?2").arg(table));
        if (!update) {
            return update.error();
        }
        update->bindAll({QUuid::createUuid().toString(QUuid::WithoutBraces), id});
        if (auto done = update->run(); !done) {
            return done;
        }
    }
    return db.exec(QStringLiteral("CREATE UNIQUE INDEX %1_uid ON %1(uid)").arg(table));
}

// Version 2: stable uids (for merging vaults), timestamps, and the append-only event log.
Result<void> toVersion2(SqliteDatabase& db)
{
    for (const auto* table : {"person", "phone_number", "service", "binding"}) {
        if (auto added = addUids(db, QString::fromLatin1(table)); !added) {
            return added;
        }
    }
    return db.exec(QStringLiteral(R"sql(
ALTER TABLE binding ADD COLUMN created_at TEXT NOT NULL DEFAULT '';
ALTER TABLE binding ADD COLUMN updated_at TEXT NOT NULL DEFAULT '';
CREATE UNIQUE INDEX binding_identity ON binding(number_id, service_id, account);
CREATE TABLE event (
    id INTEGER PRIMARY KEY,
    binding_uid TEXT NOT NULL,
    at TEXT NOT NULL,
    field TEXT NOT NULL,
    old_value TEXT,
    new_value TEXT
);
CREATE INDEX event_binding ON event(binding_uid);
CREATE TRIGGER event_no_update BEFORE UPDATE ON event
BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;
CREATE TRIGGER event_no_delete BEFORE DELETE ON event
BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;
)sql"));
}

// Version 3: the user's own steps for a service, replacing the catalog's ("edited by you").
Result<void> toVersion3(SqliteDatabase& db)
{
    return db.exec(QStringLiteral(R"sql(
CREATE TABLE step_override (
    service_key TEXT NOT NULL,
    kind TEXT NOT NULL,
    steps TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (service_key, kind)
);
)sql"));
}

// Version 4: progress on a number's own plan steps (check the new number, tell contacts, …).
Result<void> toVersion4(SqliteDatabase& db)
{
    return db.exec(QStringLiteral(R"sql(
CREATE TABLE plan_step (
    number_id INTEGER NOT NULL REFERENCES phone_number(id) ON DELETE CASCADE,
    step TEXT NOT NULL,
    status TEXT NOT NULL,
    due_date TEXT,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (number_id, step)
);
)sql"));
}

// Version 5: events say which change wrote them (batch), which change they undo, and which
// number and service they were about, so that a number's recent changes and undo survive the
// binding's deletion; and the new owner's per-service checks of a received number. The log
// stays append-only: the trigger is lifted only to fill the new columns of existing rows.
Result<void> toVersion5(SqliteDatabase& db)
{
    return db.exec(QStringLiteral(R"sql(
ALTER TABLE event ADD COLUMN batch INTEGER;
ALTER TABLE event ADD COLUMN undo_of INTEGER;
ALTER TABLE event ADD COLUMN number_uid TEXT;
ALTER TABLE event ADD COLUMN service_id INTEGER;
DROP TRIGGER event_no_update;
UPDATE event SET
    batch = (SELECT MIN(e.id) FROM event e
             WHERE e.binding_uid = event.binding_uid AND e.at = event.at),
    number_uid = (SELECT n.uid FROM binding b JOIN phone_number n ON n.id = b.number_id
                  WHERE b.uid = event.binding_uid),
    service_id = (SELECT b.service_id FROM binding b WHERE b.uid = event.binding_uid);
CREATE TRIGGER event_no_update BEFORE UPDATE ON event
BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;
CREATE INDEX event_number ON event(number_uid);
CREATE TABLE new_owner_check (
    number_id INTEGER NOT NULL REFERENCES phone_number(id) ON DELETE CASCADE,
    service_key TEXT NOT NULL,
    result TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (number_id, service_key)
);
)sql"));
}

using Migration = Result<void> (*)(SqliteDatabase&);
const Migration kMigrations[] = {toVersion1, toVersion2, toVersion3, toVersion4, toVersion5};
static_assert(sizeof(kMigrations) / sizeof(kMigrations[0]) == Schema::kCurrentVersion,
              "one migration per schema version");

} // namespace

Result<int> Schema::version(SqliteDatabase& db)
{
    auto value = db.scalar(QStringLiteral("PRAGMA user_version"));
    if (!value) {
        return value.error();
    }
    return value->toInt();
}

Result<void> Schema::migrate(SqliteDatabase& db, int target)
{
    auto current = version(db);
    if (!current) {
        return current.error();
    }
    if (*current > kCurrentVersion) {
        return makeError(
            ErrorCode::TooNew,
            tr("This vault was made by a newer version of Rebind. Update Rebind to open it."));
    }
    for (int next = *current + 1; next <= target; ++next) {
        auto applied = db.transaction([&]() -> Result<void> {
            if (next == 1) {
                if (auto id =
                        db.exec(QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId));
                    !id) {
                    return id;
                }
            }
            if (auto step = kMigrations[next - 1](db); !step) {
                return step;
            }
            return db.exec(QStringLiteral("PRAGMA user_version = %1").arg(next));
        });
        if (!applied) {
            return applied;
        }
    }
    return {};
}

} // namespace rebind
