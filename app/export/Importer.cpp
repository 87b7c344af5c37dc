#include "Importer.h"

#include "HandoffFile.h"
#include "InventorySnapshot.h"
#include "SnapshotJson.h"

#include <QFile>

namespace rebind {

Result<MergeReport> Importer::run(Inventory& inventory, Kind kind, const QString& path,
                                  const QString& passphrase)
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
        if (file.size() > SnapshotJson::kMaxBytes) {
            return makeError(ErrorCode::InvalidInput,
                             tr("%1 is too large to be a Rebind export.").arg(path));
        }
        snapshot = SnapshotJson::fromJson(file.readAll());
    }
    if (!snapshot) {
        return snapshot.error();
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
