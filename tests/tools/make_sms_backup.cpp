// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Writes a large synthetic "SMS Backup & Restore" XML backup (see SmsBackupGenerator.h), for
// trying the SMS readers on a realistic volume:
//
//   make_sms_backup [--utf8-emoji] OUTPUT [COUNT] [SEED]    COUNT defaults to 200000 (~70 MB)
//
// --utf8-emoji writes emoji as UTF-8 rather than as the app's surrogate references, which makes
// the file well-formed XML that strict parsers (xmllint) read to the end.
#include "SmsBackupGenerator.h"

#include <cstdio>
#include <QCoreApplication>
#include <QFile>
#include <QStringList>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments();
    const bool utf8Emoji = args.removeAll(QStringLiteral("--utf8-emoji")) > 0;
    if (args.size() < 2 || args.size() > 4) {
        std::fprintf(stderr, "usage: make_sms_backup [--utf8-emoji] OUTPUT [COUNT] [SEED]\n");
        return 1;
    }
    bool countOk = true;
    bool seedOk = true;
    const qint64 count = args.size() > 2 ? args.at(2).toLongLong(&countOk) : 200000;
    const quint64 seed = args.size() > 3 ? args.at(3).toULongLong(&seedOk) : 20231114;
    if (!countOk || !seedOk || count < 0) {
        std::fprintf(stderr, "COUNT and SEED must be whole numbers\n");
        return 1;
    }
    QFile file(args.at(1));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(args.at(1)), qPrintable(file.errorString()));
        return 2;
    }
    const auto emoji = utf8Emoji ? rebind::SmsBackupGenerator::Emoji::Utf8
                                 : rebind::SmsBackupGenerator::Emoji::SurrogateReferences;
    if (!rebind::SmsBackupGenerator(seed, emoji).write(file, count) || !file.flush()) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(args.at(1)), qPrintable(file.errorString()));
        return 2;
    }
    std::printf("%lld messages, %lld bytes\n", static_cast<long long>(count),
                static_cast<long long>(file.size()));
    return 0;
}
