#pragma once

#include "Result.h"
#include "SnapshotMerger.h"

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
    // passphrase: the hand-off file's (ignored for JSON).
    static Result<MergeReport> run(Inventory& inventory, Kind kind, const QString& path,
                                   const QString& passphrase);
    // "Added 1 person, 2 numbers and 5 services; updated 1; 1 conflict:" and the conflicts.
    static QString summary(const MergeReport& report);
};

} // namespace rebind
