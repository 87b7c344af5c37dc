// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Writes an iPhone backup folder with sample messages (see IosBackupGenerator.h), for trying
// `rebind-cli scan` and the discovery dialog on one by hand:
//
//   make_ios_backup [--flat] [--encrypted] [--unlisted] OUTPUT_FOLDER
//
// --flat writes the layout of backups before iOS 10 (Manifest.mbdb, files at the top),
// --encrypted an encrypted backup, --unlisted a Manifest.db without a row for sms.db.
#include "IosBackupGenerator.h"

#include <cstdio>
#include <QCoreApplication>
#include <QDir>
#include <QStringList>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments();
    rebind::IosBackupGenerator::Options options;
    if (args.removeAll(QStringLiteral("--flat")) > 0) {
        options.layout = rebind::IosBackupGenerator::Layout::Flat;
    }
    options.encrypted = args.removeAll(QStringLiteral("--encrypted")) > 0;
    options.listSmsDb = args.removeAll(QStringLiteral("--unlisted")) == 0;
    if (args.size() != 2) {
        std::fprintf(stderr,
                     "usage: make_ios_backup [--flat] [--encrypted] [--unlisted] OUTPUT_FOLDER\n");
        return 1;
    }
    const QString folder = args.at(1);
    if (!QDir().mkpath(folder) || !QDir(folder).isEmpty()) {
        std::fprintf(stderr, "%s: cannot be made, or is not empty\n", qPrintable(folder));
        return 2;
    }
    if (!rebind::IosBackupGenerator::write(folder, options)) {
        std::fprintf(stderr, "%s: the backup could not be written\n", qPrintable(folder));
        return 2;
    }
    std::printf("%s\n", qPrintable(QDir::toNativeSeparators(folder)));
    return 0;
}
