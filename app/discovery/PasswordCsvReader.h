// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PasswordEntry.h"
#include "PasswordReadSummary.h"
#include "Result.h"

#include <QCoreApplication>

namespace rebind {

class SecretCsvRecordReader;
class PasswordCsvLayout;

// Turns the rows of a CSV password export, after its header row, into entries. Only the url,
// username and title columns are ever decoded; the record buffer holding the rest (the
// password among it) is wiped as soon as the row has been handed on. A file that goes on past
// SecretCsvRecordReader::kMaxInputBytes is an error, whatever was handed on before.
class PasswordCsvReader
{
    Q_DECLARE_TR_FUNCTIONS(PasswordCsvReader)

public:
    // At most this many row-by-row warnings; the rest are counted in one last warning.
    static constexpr int kMaxWarnings = 20;

    static Result<PasswordReadSummary> read(SecretCsvRecordReader& records,
                                            const PasswordCsvLayout& layout,
                                            const PasswordEntrySink& sink);
};

} // namespace rebind
