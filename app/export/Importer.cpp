// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Importer.h"

#include "BoundedFileReader.h"
#include "HandoffFile.h"
#include "InventorySnapshot.h"
#include "SnapshotJson.h"

#include <QFile>

namespace rebind {

Result<MergeReport> Importer::run(Inventory& inventory, Kind kind, const QString& path,
                                  const QString& passphrase, const BeforeMerge& beforeMerge)
{
    Result<InventorySnapshot> snapshot = makeError(ErrorCode::Internal, QString());
    if (kind == Kind::Handoff) {
        snapshot = HandoffFile::read(path, passphrase);
    } else {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            return makeError(ErrorCode::Missing,
                             tr("Could not read %1: %2").arg(path, file.errorString()));
        }
        auto bytes = BoundedFileReader::readAll(
            file, SnapshotJson::kMaxBytes,
            makeError(ErrorCode::InvalidInput,
                      tr("%1 is larger than %2 MiB: too large to be a Rebind export.")
                          .arg(path)
                          .arg(SnapshotJson::kMaxBytes / (1024 * 1024))));
        if (!bytes) {
            return bytes.error();
        }
        snapshot = SnapshotJson::fromJson(*bytes);
    }
    if (!snapshot) {
        return snapshot.error();
    }
    if (beforeMerge) {
        if (auto ready = beforeMerge(); !ready) {
            return ready.error();
        }
    }
    return SnapshotMerger(inventory).merge(*snapshot);
}

QString Importer::summary(const MergeReport& report)
{
    QString text = tr("Added %n person(s), ", "", report.peopleAdded) +
                   tr("%n number(s) ", "", report.numbersAdded) +
                   tr("and %n service entry(ies); ", "", report.bindingsAdded) +
                   tr("updated %n; ", "", report.bindingsUpdated) +
                   tr("%n already up to date.", "", report.bindingsUnchanged);
    if (!report.conflicts.isEmpty()) {
        text += QLatin1Char('\n') + tr("%n place(s) where the two sides disagreed:", "",
                                       static_cast<int>(report.conflicts.size()));
        for (const QString& conflict : report.conflicts) {
            text += QStringLiteral("\n- ") + conflict;
        }
    }
    return text;
}

} // namespace rebind
