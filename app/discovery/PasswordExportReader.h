// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PasswordEntry.h"
#include "PasswordReadSummary.h"
#include "Result.h"

#include <functional>
#include <QCoreApplication>

class QIODevice;

namespace rebind {

// Reads a password manager's export and hands each login to a sink, without its password.
// The format is recognised from the content: a JSON object is read as a Bitwarden export, any
// other file by its CSV header row (see PasswordCsvLayout for the headers). CSV is read row by
// row with bounded memory, and both are bounded by the bytes that arrive, not by the size the
// file claims, so that a device or a FIFO cannot keep Rebind reading forever.
//
// Damaged rows are skipped with a warning in the summary; a file that is none of the supported
// exports, an encrypted Bitwarden export, an empty file and a file over 64 MiB are errors.
// Entries handed to the sink before an error or a cancellation stay handed.
//
// The device should be opened with QIODevice::Unbuffered where possible: Rebind wipes its own
// buffers, but cannot reach the device's.
class PasswordExportReader
{
    Q_DECLARE_TR_FUNCTIONS(PasswordExportReader)

public:
    static Result<PasswordReadSummary> read(QIODevice& input,
                                            const std::function<bool(const PasswordEntry&)>& sink);
};

} // namespace rebind
