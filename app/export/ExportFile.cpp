// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportFile.h"

#include <QSaveFile>

namespace rebind {

Error ExportFile::cannotWrite(const QString& path, const QString& why)
{
    return makeError(ErrorCode::Unwritable, tr("Could not write %1: %2").arg(path, why));
}

Result<void> ExportFile::write(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        file.cancelWriting();
        return cannotWrite(path, file.errorString());
    }
    if (!file.commit()) {
        return cannotWrite(path, file.errorString());
    }
    return {};
}

} // namespace rebind
