// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>

class QIODevice;

namespace rebind {

// Reads the rest of a file the user chose into memory, bounded by the bytes that actually
// arrive. size() cannot bound it: it is 0 for devices such as /dev/zero and for FIFOs, and stale
// for a file that grows while it is read, so it is used only to refuse a file early, never to
// let one through. The buffer is grown by hand and every copy left behind is wiped, since what
// is read is often an inventory or a password export.
class BoundedFileReader
{
    Q_DECLARE_TR_FUNCTIONS(BoundedFileReader)

public:
    // The rest of input (a file or another device whose read() blocks until data or its end),
    // or tooLarge as soon as more than maxBytes arrive, or an ErrorCode::Damaged error when the
    // device fails. Never holds more than maxBytes of it in memory.
    static Result<QByteArray> readAll(QIODevice& input, qint64 maxBytes, const Error& tooLarge);
};

} // namespace rebind
