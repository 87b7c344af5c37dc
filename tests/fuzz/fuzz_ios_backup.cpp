// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: what an iPhone backup folder adds to sms.db, read from bytes the user's
// files hold: message.attributedBody (TypedStreamText) and Manifest.plist's IsEncrypted
// (PlistBoolean, XML or binary). Any text found goes through the matcher too.
#include "FuzzSupport.h"
#include "PlistBoolean.h"
#include "TypedStreamText.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    // An exact-size copy, so that AddressSanitizer sees any read past the end.
    const QByteArray input = rebind::fuzz::bytes(data, size);
    if (const std::optional<QString> text = rebind::TypedStreamText::text(input)) {
        rebind::SmsMessage message;
        message.sender = QStringLiteral("95555");
        message.body = *text;
        if (!message.body.isEmpty()) {
            rebind::fuzz::collector().addSms(message);
        }
    }
    (void)rebind::PlistBoolean::find(input, QStringLiteral("IsEncrypted"));
    return 0;
}
