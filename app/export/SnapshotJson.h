// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "InventorySnapshot.h"
#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace rebind {

// An InventorySnapshot as JSON (UTF-8, indented) and back:
//
//   {"format": "rebind-inventory", "version": 1, "exported_at": "2026-11-01T09:00:00.000Z",
//    "services": [{"uid", "catalog_id", "name", "category", "url"}],
//    "step_overrides": [{"service_key", "kind", "steps": [...], "updated_at"}],
//    "people": [{"uid", "name", "relation", "notes", "numbers": [{"uid", "e164", "status",
//      "cancel_date", "replacement", "carrier", "notes",
//      "bindings": [{"uid", "service_uid", "account", "roles": [...], "action", "status",
//                    "due_date", "notes", "created_at", "updated_at", "events": [...]}],
//      "removed_bindings": [{"uid", "events": [...]}],
//      "plan_steps": [{"step", "status", "due_date", "updated_at"}],
//      "new_owner_checks": [{"service_key", "result", "updated_at"}]}]}]}
//
// with events {"at", "field", "old", "new", "batch", "undo_of", "service_uid"}. Enumerations
// are Vocabulary keys, dates YYYY-MM-DD, times ISO 8601 in UTC with milliseconds; a missing
// date or time is null.
class SnapshotJson
{
    Q_DECLARE_TR_FUNCTIONS(SnapshotJson)

public:
    static constexpr int kVersion = 1;
    // Far beyond any real inventory; a file this large is damaged or hostile.
    static constexpr qint64 kMaxBytes = 64 * 1024 * 1024;
    static constexpr int kMaxBindings = 100000;

    static QByteArray toJson(const InventorySnapshot& snapshot);
    // Checks everything (types, lengths, keys, dates, numbers, references between entries) and
    // names the first problem with its place in the file, e.g. people[0].numbers[1].e164.
    static Result<InventorySnapshot> fromJson(const QByteArray& json);
};

} // namespace rebind
