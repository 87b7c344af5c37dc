#include "SmsFileReader.h"

#include "AndroidSmsBackupReader.h"
#include "IosSmsDbReader.h"
#include "SmsCsvReader.h"

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
    if (QFileInfo(path).isDir()) {
        return makeError(ErrorCode::InvalidInput,
                         SmsFileReader::tr("%1 is a folder. Choose the backup file inside it.")
                             .arg(QDir::toNativeSeparators(path)));
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return cannotOpen(path, file);
    }
    const QByteArray head = file.peek(SmsFormatDetector::kHeadBytes);
    if (head.isEmpty()) {
        return makeError(ErrorCode::InvalidInput, SmsFileReader::tr("The file is empty."));
    }
    const std::optional<SmsFormat> format = SmsFormatDetector::detect(head, path);
    if (!format) {
        return makeError(ErrorCode::InvalidInput,
                         SmsFileReader::tr("Rebind cannot read this file as SMS messages. It "
                                           "reads: %1.")
                             .arg(SmsFileReader::supportedFormats()));
    }
    return *format;
}

} // namespace

QString SmsFileReader::supportedFormats()
{
    return tr("SMS Backup & Restore XML (Android), sms.db from an iPhone backup, CSV with date, "
              "sender and body columns");
}

Result<SmsFormat> SmsFileReader::detect(const QString& path)
{
    QFile file(path);
    return detectOpen(path, file);
}

Result<SmsReadSummary> SmsFileReader::read(const QString& path,
                                           const std::function<bool(const SmsMessage&)>& sink,
                                           const std::function<void(qint64)>& progress)
{
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
    case SmsFormat::IosSmsDb: {
        file.close();
        Result<SmsReadSummary> summary = IosSmsDbReader::read(path, sink);
        if (summary && progress) {
            progress(QFileInfo(path).size());
        }
        return summary;
    }
    }
    return makeError(ErrorCode::Internal, tr("Unknown SMS format."));
}

} // namespace rebind
