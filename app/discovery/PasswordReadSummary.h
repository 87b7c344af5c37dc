// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PasswordFormat.h"

#include <QStringList>

namespace rebind {

// What reading one export produced, besides the entries themselves.
struct PasswordReadSummary
{
    // Entries (logins) the sink took.
    qint64 rows = 0;
    PasswordFormat format = PasswordFormat::Unknown;
    // Rows that were skipped or damaged, already translated; reading went on past them.
    QStringList warnings;
    bool cancelled = false; // the sink returned false
};

} // namespace rebind
