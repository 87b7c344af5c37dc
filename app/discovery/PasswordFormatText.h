// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PasswordFormat.h"
#include "Result.h"

#include <QCoreApplication>
#include <QString>

namespace rebind {

// The names of the password exports and the messages that list them, shared by the readers.
class PasswordFormatText
{
    Q_DECLARE_TR_FUNCTIONS(PasswordFormatText)

public:
    static QString name(PasswordFormat format);
    // "Chrome or Edge (CSV), Firefox (CSV), …": every export Rebind reads.
    static QString supportedList();
    // The file is none of the supported exports.
    static Error unsupportedFile();
    // The file goes on past SecretCsvRecordReader::kMaxInputBytes.
    static Error tooLarge();
};

} // namespace rebind
