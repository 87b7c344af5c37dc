// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "VaultSiblings.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QRegularExpression>

namespace rebind::crash {

QStringList VaultSiblings::list(const QString& vaultPath)
{
    const QFileInfo vault(vaultPath);
    const QDir folder = vault.absoluteDir();
    QStringList found;
    const QStringList names =
        folder.entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    for (const QString& name : names) {
        if (name == vault.fileName() || !name.startsWith(vault.fileName())) {
            continue;
        }
        const QFileInfo info(folder.filePath(name));
        if (!info.isDir() || info.isSymLink()) {
            found << name;
            continue;
        }
        QDirIterator inside(info.filePath(), QDir::Files | QDir::Hidden | QDir::System,
                            QDirIterator::Subdirectories);
        bool empty = true;
        while (inside.hasNext()) {
            found << folder.relativeFilePath(inside.next());
            empty = false;
        }
        if (empty) {
            found << name + QLatin1Char('/');
        }
    }
    found.sort();
    return found;
}

bool VaultSiblings::showWriteInProgress(const QStringList& siblings, const QString& vaultPath)
{
    const QString name = QFileInfo(vaultPath).fileName();
    const QString lock = name + QStringLiteral(".lock");
    const QString backups = name + QStringLiteral(".backups");
    for (const QString& sibling : siblings) {
        if (!sibling.startsWith(lock) && !sibling.startsWith(backups)) {
            return true;
        }
    }
    return false;
}

QString VaultSiblings::pattern(const QString& sibling, const QString& vaultPath)
{
    static const QRegularExpression hex(QStringLiteral("[0-9A-Fa-f]{6,}"));
    static const QRegularExpression digits(QStringLiteral("[0-9]+"));
    static const QRegularExpression runs(QStringLiteral("\\*([-_:.T]?\\*)+"));
    const QString name = QFileInfo(vaultPath).fileName();
    QString tail = sibling.mid(name.size());
    tail.replace(hex, QStringLiteral("*")).replace(digits, QStringLiteral("*"));
    tail.replace(runs, QStringLiteral("*"));
    return QStringLiteral("<vault>") + tail;
}

} // namespace rebind::crash
