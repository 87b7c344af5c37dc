// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

namespace rebind {

// File operations that survive a crash or a power cut at any instant: data is flushed to the
// disk before it is relied on, and a file is replaced by an atomic rename followed by a flush of
// its folder, so that the name points at either the old or the new content, never at a mix.
class DurableFile
{
    Q_DECLARE_TR_FUNCTIONS(DurableFile)

public:
    // fsync of the file's content.
    static Result<void> sync(const QString& path);
    // fsync of the folder, which makes a rename or a new name in it durable (no-op on Windows,
    // where MoveFileEx with MOVEFILE_WRITE_THROUGH does it).
    static Result<void> syncFolder(const QString& folder);
    // Atomically puts from in the place of to (which may exist), then syncs the folder.
    // QFile::rename refuses to overwrite, so this is POSIX rename() / MoveFileEx.
    static Result<void> replace(const QString& from, const QString& to);
    // Copies from to a new file to (owner-only permissions) and syncs it; reads at most
    // maxBytes, so a file that grows while it is copied cannot fill the disk.
    static Result<void> copy(const QString& from, const QString& to, qint64 maxBytes);
    // A name beside path for a temporary file, unique for this process and moment.
    static QString temporaryNameBeside(const QString& path, const QString& purpose);
};

} // namespace rebind
