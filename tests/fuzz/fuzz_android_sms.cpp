// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the Android "SMS Backup & Restore" XML reader (and the matcher behind it).
#include "AndroidSmsBackupReader.h"
#include "FuzzSupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    QByteArray input = rebind::fuzz::bytes(data, size);
    QBuffer buffer(&input);
    buffer.open(QIODevice::ReadOnly);
    (void)rebind::AndroidSmsBackupReader::read(buffer, [](const rebind::SmsMessage& message) {
        rebind::fuzz::collector().addSms(message);
        return true;
    });
    return 0;
}
