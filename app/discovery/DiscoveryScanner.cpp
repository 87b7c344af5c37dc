// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DiscoveryScanner.h"

#include "DiscoveryCollector.h"
#include "LoginMatcher.h"
#include "PasswordExportReader.h"
#include "PasswordFormatText.h"
#include "SmsFileReader.h"
#include "SmsReadAhead.h"
#include "SmsSource.h"
#include "VendorBackupNotice.h"

#include <QFile>
#include <QFileInfo>

namespace rebind {

rebind::Result<DiscoveryScanner::Result> DiscoveryScanner::scan(const QString& path,
                                                                const Catalog& catalog,
                                                                const PhoneNumber& number,
                                                                const Progress& progress)
{
    const ServiceIndex index(catalog);
    DiscoveryCollector collector(index);
    Result result;
    const qint64 size = std::max<qint64>(1, QFileInfo(path).size());
    bool keepGoing = true;
    const auto report = [&](qint64 bytes) {
        if (progress && keepGoing) {
            keepGoing = progress(static_cast<int>(std::min<qint64>(1000, bytes * 1000 / size)));
        }
    };

    // The content decides (a file name can lie): an SMS backup's own marks, else a password
    // export's header, else neither.
    // A folder can only be an iPhone backup; SmsFileReader says why when it is not one.
    bool sms = QFileInfo(path).isDir();
    QFile probe(path);
    if (!sms && !probe.open(QIODevice::ReadOnly)) {
        return makeError(ErrorCode::Missing,
                         tr("Could not read %1: %2").arg(path, probe.errorString()));
    }
    sms =
        sms ||
        SmsFormatDetector::detect(probe.read(SmsFormatDetector::kHeadBytes), QString()).has_value();
    probe.close();
    if (sms) {
        // Parsing and matching each get a thread (SmsReadAhead), so they overlap.
        auto read = SmsReadAhead::read(
            path,
            [&](const SmsMessage& message) {
                collector.addSms(message);
                return keepGoing;
            },
            report);
        if (!read) {
            return read.error();
        }
        result.source = Source::Sms;
        result.items = read->messages;
        result.warnings = read->warnings;
        result.cancelled = read->cancelled || !keepGoing;
        result.findings = collector.findings();
        return result;
    }

    // A phone backup Rebind knows but cannot read: say so, and what works instead.
    if (probe.open(QIODevice::ReadOnly)) {
        std::optional<Error> notice =
            VendorBackupNotice::check(probe.read(SmsFormatDetector::kHeadBytes), path);
        probe.close();
        if (notice) {
            return *std::move(notice);
        }
    }

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        return makeError(ErrorCode::Missing,
                         tr("Could not read %1: %2").arg(path, file.errorString()));
    }
    LoginMatcher logins(catalog, index, number);
    auto read = PasswordExportReader::read(file, [&](const PasswordEntry& entry) {
        report(file.pos());
        if (const std::optional<Finding> finding = logins.take(entry)) {
            collector.add(*finding);
        }
        return keepGoing;
    });
    if (!read) {
        // Neither kind of file: say what is supported, of both.
        if (read.message() == PasswordFormatText::unsupportedFile().message) {
            return makeError(ErrorCode::InvalidInput,
                             tr("%1 is not a file Rebind can scan. It reads SMS backups (%2) and "
                                "password exports (%3).")
                                 .arg(QFileInfo(path).fileName(), SmsFileReader::supportedFormats(),
                                      PasswordFormatText::supportedList()));
        }
        return read.error();
    }
    result.source = Source::Passwords;
    result.items = read->rows;
    result.warnings = read->warnings;
    result.cancelled = read->cancelled || !keepGoing;
    result.findings = collector.findings();
    return result;
}

} // namespace rebind
