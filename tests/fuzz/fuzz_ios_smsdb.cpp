// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the iPhone sms.db reader. SQLite reads files, so each input is written to
// one scratch file first.
#include "FuzzSupport.h"
#include "IosSmsDbReader.h"

#include <QFile>
#include <QTemporaryDir>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sms.db"));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            return 0;
        }
        file.write(rebind::fuzz::bytes(data, size));
    }
    (void)rebind::IosSmsDbReader::read(path, [](const rebind::SmsMessage& message) {
        rebind::fuzz::collector().addSms(message);
        return true;
    });
    return 0;
}
