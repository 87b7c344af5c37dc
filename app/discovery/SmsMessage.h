// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace rebind {

// One message from an SMS backup. Transient: readers hand each one to a callback and keep
// nothing, so that a backup of years of messages never sits in memory.
struct SmsMessage
{
    QDateTime at;   // UTC; invalid when the backup has no usable date
    QString sender; // the other party: who sent it when incoming, to whom it went otherwise
    QString body;   // never empty (messages without text are not handed on), at most 64 KiB
    bool incoming = true;
};

} // namespace rebind
