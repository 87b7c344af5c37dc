// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "SnapshotMerger.h"

#include <functional>
#include <QCoreApplication>

namespace rebind {

class Inventory;

// Reads a JSON export or a hand-off file and merges it into the open vault (all or nothing),
// for the GUI and rebind-cli alike.
class Importer
{
    Q_DECLARE_TR_FUNCTIONS(Importer)

public:
    enum class Kind
    {
        Json,
        Handoff
    };
    // Runs once the file has been read and checked, right before the merge writes: the front
    // ends keep a backup of the vault there, so that a file that is refused costs none.
    using BeforeMerge = std::function<Result<void>()>;
    // passphrase: the hand-off file's (ignored for JSON).
    static Result<MergeReport> run(Inventory& inventory, Kind kind, const QString& path,
                                   const QString& passphrase, const BeforeMerge& beforeMerge = {});
    // "Added 1 person, 2 numbers and 5 services; updated 1; 1 conflict:" and the conflicts.
    static QString summary(const MergeReport& report);
};

} // namespace rebind
