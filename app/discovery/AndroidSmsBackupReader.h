// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "SmsMessage.h"
#include "SmsReadSummary.h"

#include <functional>
#include <QCoreApplication>
#include <QIODevice>

namespace rebind {

// Reads the XML that the Android app "SMS Backup & Restore" writes:
//
//   <smses count="…">
//     <sms address="95555" date="1699950000000" type="1" body="…" …/>   type 1 received, 2 sent
//     <mms date="1699950000000" msg_box="1" address="…">                msg_box 1 received
//       <parts><part ct="text/plain" text="…"/> …</parts>
//       <addrs><addr address="…" type="137"/> …</addrs>                 137 from, 151 to
//     </mms>
//   </smses>
//
// Dates are milliseconds since 1970 (UTC); values below 10^11 are taken as seconds, which the
// phone's own MMS table uses and some exporters copy. An MMS's text is its text/plain parts,
// joined by newlines; its other party is the "from" address when received and the "to" address
// when sent, else the first of its address attribute. Messages without text are skipped.
//
// Streams through the device in 64 KiB reads into libxml2's SAX push parser (no tree is built),
// so memory does not grow with the file; a single element larger than 32 MiB (no SMS backup has
// one: MMS pictures are a few MiB) stops the reader rather than letting it buffer without bound.
// Bodies are capped (SmsBodyLimit), nesting deeper than 64 levels is refused, and so is any DTD:
// SMS backups never declare entities, and declared entities are how "billion laughs" files blow
// up parsers. Character references XML forbids, which the app writes for emoji, are repaired
// first (CharacterReferenceRepair). The file must be UTF-8, as the app always writes it (an
// encoding declaration is not heeded); reading stops at the first byte that is not (Utf8Check),
// or at anything else XML forbids (a NUL byte), keeping the messages before it.
//
// A file that breaks off or turns bad after some messages gives those messages and a warning;
// one that does so before the first message is an error.
class AndroidSmsBackupReader
{
    Q_DECLARE_TR_FUNCTIONS(AndroidSmsBackupReader)

public:
    // sink returns false to stop (the summary then says cancelled); progress gets the bytes read
    // from input so far, after every read.
    static Result<SmsReadSummary> read(QIODevice& input,
                                       const std::function<bool(const SmsMessage&)>& sink,
                                       const std::function<void(qint64 bytesRead)>& progress = {});
};

} // namespace rebind
