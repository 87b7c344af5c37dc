// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

namespace rebind {

// A file given to the GUI (rebind FILE, a double-click in a file manager, a later start): a
// hand-off file when it starts with the hand-off magic "REBINDHO", otherwise a vault, whatever
// its name (*.rebind, the older *.vault, or any other). The kind comes from the bytes, never the
// name, except that a *.rebindhandoff file without the magic is reported as a damaged hand-off
// file rather than offered as a vault.
struct FileToOpen
{
    Q_DECLARE_TR_FUNCTIONS(FileToOpen)

public:
    enum class Kind
    {
        Vault,
        Handoff
    };

    QString path;
    Kind kind = Kind::Vault;

    // The absolute local path an argument names: a path relative to workingFolder, an absolute
    // path, or a file:// URL (file managers may pass those). Anything else comes back as it was,
    // for inspect() to report.
    static QString localPath(const QString& argument, const QString& workingFolder);
    // What the file at the absolute path is; a translated error when it is missing, a folder,
    // unreadable, or neither a hand-off file nor a vault.
    static Result<FileToOpen> inspect(const QString& path);
};

} // namespace rebind
