#include "DiscoveryScanner.h"

#include "DiscoveryCollector.h"
#include "LoginMatch.h"
#include "PasswordExportReader.h"
#include "PasswordFormatText.h"
#include "ServiceText.h"
#include "SmsFileReader.h"
#include "SmsSource.h"

#include <QFile>
#include <QFileInfo>

namespace rebind {

namespace {

bool looksLikeMobileNumber(const QString& username)
{
    if (username.contains(QLatin1Char('@'))) {
        return false;
    }
    auto parsed = PhoneNumber::parse(username);
    return parsed.ok() && parsed->e164().size() >= 10;
}

} // namespace

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
    QFile probe(path);
    if (!probe.open(QIODevice::ReadOnly)) {
        return makeError(ErrorCode::Missing,
                         tr("Could not read %1: %2").arg(path, probe.errorString()));
    }
    const bool sms =
        SmsFormatDetector::detect(probe.read(SmsFormatDetector::kHeadBytes), QString()).has_value();
    probe.close();
    if (sms) {
        auto read = SmsFileReader::read(
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

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        return makeError(ErrorCode::Missing,
                         tr("Could not read %1: %2").arg(path, file.errorString()));
    }
    auto read = PasswordExportReader::read(file, [&](const PasswordEntry& entry) {
        report(file.pos());
        const QString host = LoginMatch::hostOf(entry.url);
        const CatalogEntry* known = index.byDomain(host);
        if (known == nullptr) {
            known = index.byDomain(LoginMatch::domainOf(entry.url));
        }
        const bool phone = number.isNull() ? looksLikeMobileNumber(entry.username)
                                           : LoginMatch::isPhoneNumber(entry.username, number);
        // Sites the catalog does not know are only worth listing when the number is the login.
        if (known != nullptr || (phone && !host.isEmpty())) {
            Finding finding;
            finding.entry = known;
            finding.name = known != nullptr ? known->name(ServiceText::language())
                                            : LoginMatch::domainOf(entry.url);
            finding.evidenceKind = QStringLiteral("password");
            finding.evidence = known != nullptr ? host : LoginMatch::domainOf(entry.url);
            finding.count = 1;
            finding.loginIsPhone = phone;
            collector.add(finding);
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
