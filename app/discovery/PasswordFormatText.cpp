// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PasswordFormatText.h"

#include "SecretCsvRecordReader.h"

#include <QStringList>

namespace rebind {

QString PasswordFormatText::name(PasswordFormat format)
{
    switch (format) {
    case PasswordFormat::Chrome:
        return tr("Chrome or Edge (CSV)");
    case PasswordFormat::Firefox:
        return tr("Firefox (CSV)");
    case PasswordFormat::BitwardenCsv:
        return tr("Bitwarden (CSV)");
    case PasswordFormat::BitwardenJson:
        return tr("Bitwarden (unencrypted JSON)");
    case PasswordFormat::KeePassXc:
        return tr("KeePassXC (CSV)");
    case PasswordFormat::OnePassword:
        return tr("1Password (CSV)");
    case PasswordFormat::ApplePasswords:
        return tr("Apple Passwords or Safari (CSV)");
    case PasswordFormat::Unknown:
        break;
    }
    return tr("unknown format");
}

QString PasswordFormatText::supportedList()
{
    const QStringList names{
        name(PasswordFormat::Chrome),         name(PasswordFormat::Firefox),
        name(PasswordFormat::BitwardenCsv),   name(PasswordFormat::BitwardenJson),
        name(PasswordFormat::KeePassXc),      name(PasswordFormat::OnePassword),
        name(PasswordFormat::ApplePasswords),
    };
    return names.join(tr(", ", "between the names of password exports"));
}

Error PasswordFormatText::unsupportedFile()
{
    return makeError(ErrorCode::InvalidInput,
                     tr("This is not a password export Rebind can read. Rebind reads the files "
                        "these programs export: %1. Export your passwords again from one of "
                        "them and choose that file.")
                         .arg(supportedList()));
}

Error PasswordFormatText::tooLarge()
{
    return makeError(ErrorCode::InvalidInput,
                     tr("This file is larger than %1 MiB, which no password export is, so Rebind "
                        "stopped reading it.")
                         .arg(SecretCsvRecordReader::kMaxInputBytes / (1024 * 1024)));
}

} // namespace rebind
