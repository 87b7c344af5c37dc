// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FileToOpen.h"

#include "Vault.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

namespace rebind {

namespace {
const QByteArray kHandoffMagic = "REBINDHO";

bool looksLikeUrl(const QString& argument)
{
    // "C:/x" on Windows has a one-letter "scheme": a URL needs at least two.
    const qsizetype colon = argument.indexOf(QLatin1String("://"));
    return colon > 1 && QUrl(argument).isValid() && !QUrl(argument).scheme().isEmpty();
}
} // namespace

QString FileToOpen::localPath(const QString& argument, const QString& workingFolder)
{
    if (looksLikeUrl(argument)) {
        const QUrl url(argument);
        return url.isLocalFile() ? QDir::cleanPath(url.toLocalFile()) : argument;
    }
    return QDir::cleanPath(QDir(workingFolder).absoluteFilePath(argument));
}

Result<FileToOpen> FileToOpen::inspect(const QString& path)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (looksLikeUrl(path)) {
        return makeError(ErrorCode::InvalidInput,
                         tr("Rebind opens only files on this computer, not %1.").arg(shown));
    }
    const QFileInfo info(path);
    if (!info.exists()) {
        return makeError(ErrorCode::Missing,
                         tr("Rebind cannot open %1: there is no such file.").arg(shown));
    }
    if (info.isDir()) {
        return makeError(ErrorCode::NotAVault,
                         tr("Rebind cannot open %1: it is a folder, not a vault or a hand-off "
                            "file.")
                             .arg(shown));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(ErrorCode::Unwritable,
                         tr("Rebind cannot read %1: %2").arg(shown, file.errorString()));
    }
    const QByteArray head = file.read(kHandoffMagic.size());
    file.close();
    if (head == kHandoffMagic) {
        return FileToOpen{info.absoluteFilePath(), Kind::Handoff};
    }
    if (info.fileName().endsWith(QLatin1String(".rebindhandoff"), Qt::CaseInsensitive)) {
        return makeError(ErrorCode::Damaged,
                         tr("%1 is not a Rebind hand-off file, or it is damaged. Ask the helper "
                            "who made it to export it again.")
                             .arg(shown));
    }
    // Says what is wrong with the file (empty, unencrypted, not a vault).
    auto vaultId = Vault::peekVaultId(path);
    if (!vaultId) {
        return vaultId.error();
    }
    return FileToOpen{info.absoluteFilePath(), Kind::Vault};
}

} // namespace rebind
