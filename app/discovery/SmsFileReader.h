// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "SmsMessage.h"
#include "SmsReadSummary.h"
#include "SmsSource.h"

#include <functional>
#include <QCoreApplication>
#include <QString>

namespace rebind {

// The one entry point for a file the user picked: detects its format (SmsFormatDetector) and
// hands it to the matching reader. A folder is taken as an iPhone backup (IosBackupFolder
// finds its sms.db).
class SmsFileReader
{
    Q_DECLARE_TR_FUNCTIONS(SmsFileReader)

public:
    static Result<SmsFormat> detect(const QString& path);

    // progress gets bytes read so far (for sms.db, which SQLite reads itself, once at the end).
    static Result<SmsReadSummary> read(const QString& path,
                                       const std::function<bool(const SmsMessage&)>& sink,
                                       const std::function<void(qint64 bytesRead)>& progress = {});

    // "SMS Backup & Restore XML (Android), an unencrypted iPhone backup folder …", translated.
    static QString supportedFormats();
};

} // namespace rebind
