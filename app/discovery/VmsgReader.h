// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "SmsMessage.h"
#include "SmsReadSummary.h"

#include <functional>
#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QIODevice>

namespace rebind {

// Reads vMessage files (.vmsg, .vmg), the IrMC text format for short messages. Many Android
// phones sold in China write it: the Messages app's "export to storage", and the backup app
// that MediaTek ships and phone makers rebrand (OPPO, vivo, Meizu, ZTE, Lenovo … keep
// Backup/Data/<date>/sms/sms.vmsg); Nokia's PC Suite wrote it as .vmg. One file holds any number
// of messages:
//
//   BEGIN:VMSG
//   VERSION:1.1
//   BEGIN:VCARD
//   TEL:95555                        also FROMTEL:; the other party for Android writers
//   END:VCARD
//   BEGIN:VBODY
//   X-BOX:INBOX                      INBOX received; SENDBOX, SENT, OUTBOX, DRAFT sent
//   X-READ:READ / X-SIMID:0 / X-LOCKED:UNLOCKED / X-TYPE:SMS
//   Date:2023/11/14 16:20:00         local time; "GMT" after it means UTC
//   Subject;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:=E3=80=90…=
//   …continued after a soft line break
//   END:VBODY
//   END:VMSG
//
// The variants seen in the field are read too: X-IRMC-BOX or X-MESSAGE-TYPE (DELIVER received,
// SUBMIT sent) at the top of the message; the IrMC layout where the recipient's VCARD sits in a
// BEGIN:VENV and the text follows the Date: line as plain lines; a Subject that is declared
// quoted-printable but written raw over several lines (a line "/END:VBODY" in it stands for
// "END:VBODY"); BASE64 values; MMS with BEGIN:VPART parts, whose text/plain parts
// (X-MMS-PART-TEXT, or base64 X-MMS-PART-DATA) are the text. Dates: yyyy/MM/dd HH:mm[:ss]
// (also with - or .), dd.MM.yyyy HH:mm:ss, an hour of 24 (Android's "kk"), milliseconds or
// seconds since 1970, and X-NOK-DT's 20091022T064825Z when there is no Date:.
//
// UTF-8 or UTF-16 (VmsgLineReader). Streamed line by line: a line is kept up to 256 KiB (longer
// ones are MMS pictures, which are skipped), a message's text up to SmsBodyLimit, nesting up to
// 16 levels. A file that breaks off inside a message gives the messages before it and a warning.
class VmsgReader
{
    Q_DECLARE_TR_FUNCTIONS(VmsgReader)

public:
    // sink returns false to stop (the summary then says cancelled); progress gets the bytes read
    // from input so far.
    static Result<SmsReadSummary> read(QIODevice& input,
                                       const std::function<bool(const SmsMessage&)>& sink,
                                       const std::function<void(qint64 bytesRead)>& progress = {});

    // Whether head (a file's first bytes) is vMessage: BEGIN:VMSG (any case) after an optional
    // byte order mark and blank lines, in UTF-8 or UTF-16.
    static bool recognises(const QByteArray& head);

    // A Date: value in one of the forms above; invalid when it is none of them.
    static QDateTime parseDate(const QString& text);
};

} // namespace rebind
