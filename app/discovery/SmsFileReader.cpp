// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SmsFileReader.h"

#include "AndroidSmsBackupReader.h"
#include "AndroidSmsDbReader.h"
#include "IosBackupFolder.h"
#include "IosSmsDbReader.h"
#include "SmsCsvReader.h"
#include "VendorBackupNotice.h"
#include "VmsgReader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace rebind {

namespace {

Error cannotOpen(const QString& path, const QFile& file)
{
    return makeError(file.exists() ? ErrorCode::Unwritable : ErrorCode::Missing,
                     SmsFileReader::tr("%1 cannot be opened: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString()));
}

Result<SmsFormat> detectOpen(const QString& path, QFile& file)
{
    if (!file.open(QIODevice::ReadOnly)) {
        return cannotOpen(path, file);
    }
    const QByteArray head = file.peek(SmsFormatDetector::kHeadBytes);
    if (head.isEmpty()) {
        return makeError(ErrorCode::InvalidInput, SmsFileReader::tr("The file is empty."));
    }
    if (std::optional<Error> notice = VendorBackupNotice::check(head, path)) {
        return *std::move(notice);
    }
    const std::optional<SmsFormat> format = SmsFormatDetector::detect(head, path);
    if (format == SmsFormat::IosSmsDb && AndroidSmsDbReader::recognises(path)) {
        return SmsFormat::AndroidSmsDb;
    }
    if (!format) {
        return makeError(ErrorCode::InvalidInput,
                         SmsFileReader::tr("Rebind cannot read this file as SMS messages. It "
                                           "reads: %1.")
                             .arg(SmsFileReader::supportedFormats()));
    }
    return *format;
}

Result<SmsReadSummary> readSmsDb(const QString& path,
                                 const std::function<bool(const SmsMessage&)>& sink,
                                 const std::function<void(qint64)>& progress)
{
    Result<SmsReadSummary> summary = IosSmsDbReader::read(path, sink);
    if (summary && progress) {
        progress(QFileInfo(path).size());
    }
    return summary;
}

} // namespace

QString SmsFileReader::supportedFormats()
{
    return tr("SMS Backup & Restore XML (Android), vMessage (.vmsg, the export of many Android "
              "phones), an Android message database (mmssms.db, or sms.db from a Huawei backup "
              "that is not encrypted), an unencrypted iPhone backup folder or its sms.db, CSV "
              "with date, sender and body columns");
}

Result<SmsFormat> SmsFileReader::detect(const QString& path)
{
    // A folder can only be an iPhone backup: the messages in it are its sms.db.
    if (QFileInfo(path).isDir()) {
        if (std::optional<Error> notice = VendorBackupNotice::checkFolder(path)) {
            return *std::move(notice);
        }
        const Result<QString> smsDb = IosBackupFolder::smsDb(path);
        return smsDb ? Result<SmsFormat>(SmsFormat::IosSmsDb) : Result<SmsFormat>(smsDb.error());
    }
    QFile file(path);
    return detectOpen(path, file);
}

Result<SmsReadSummary> SmsFileReader::read(const QString& path,
                                           const std::function<bool(const SmsMessage&)>& sink,
                                           const std::function<void(qint64)>& progress)
{
    if (QFileInfo(path).isDir()) {
        if (std::optional<Error> notice = VendorBackupNotice::checkFolder(path)) {
            return *std::move(notice);
        }
        const Result<QString> smsDb = IosBackupFolder::smsDb(path);
        if (!smsDb) {
            return smsDb.error();
        }
        return readSmsDb(*smsDb, sink, progress);
    }
    QFile file(path);
    const Result<SmsFormat> format = detectOpen(path, file);
    if (!format) {
        return format.error();
    }
    switch (*format) {
    case SmsFormat::AndroidXml:
        return AndroidSmsBackupReader::read(file, sink, progress);
    case SmsFormat::Csv:
        return SmsCsvReader::read(file, sink, progress);
    case SmsFormat::IosSmsDb:
        file.close();
        return readSmsDb(path, sink, progress);
    case SmsFormat::Vmsg:
        return VmsgReader::read(file, sink, progress);
    case SmsFormat::AndroidSmsDb: {
        file.close();
        Result<SmsReadSummary> summary = AndroidSmsDbReader::read(path, sink);
        if (summary && progress) {
            progress(QFileInfo(path).size());
        }
        return summary;
    }
    }
    return makeError(ErrorCode::Internal, tr("Unknown SMS format."));
}

} // namespace rebind
