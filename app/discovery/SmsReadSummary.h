// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace rebind {

// What reading a backup came to. A reader that stops early on a damaged file still returns
// the messages before the damage; the warnings (translated) say so.
struct SmsReadSummary
{
    qint64 messages = 0; // handed to the sink
    QStringList warnings;
    bool cancelled = false; // the sink asked to stop
};

} // namespace rebind
