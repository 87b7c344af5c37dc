// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace rebind {

// Writes an export next to its target and renames it into place, so that a failed or
// interrupted export never leaves half a file where a good one was.
class ExportFile
{
    Q_DECLARE_TR_FUNCTIONS(ExportFile)

public:
    static Result<void> write(const QString& path, const QByteArray& bytes);
    static Error cannotWrite(const QString& path, const QString& why);
};

} // namespace rebind
