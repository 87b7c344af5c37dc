// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PasswordEntry.h"
#include "PasswordReadSummary.h"
#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>

class QIODevice;

namespace rebind {

// Reads an unencrypted Bitwarden JSON export:
//   {"encrypted": false, "folders": […], "items": [{"type": 1, "name": …,
//    "login": {"uris": [{"uri": …}], "username": …, "password": …}}]}
// Only logins (type 1) are entries, one per login with all its web addresses. An encrypted export
// ("encrypted": true, with or without a password of its own) is refused with a message saying
// how to export unencrypted.
//
// QJsonDocument needs the whole file in memory, so files over kMaxBytes are refused. Before
// parsing, every string value in the raw bytes except names, web addresses and user names is
// overwritten in place, so passwords, TOTP secrets, notes and custom fields never reach the
// parsed document; the raw bytes are wiped afterwards.
class BitwardenJsonReader
{
    Q_DECLARE_TR_FUNCTIONS(BitwardenJsonReader)

public:
    static constexpr qint64 kMaxBytes = 64 * 1024 * 1024;

    static Result<PasswordReadSummary> read(QIODevice& input, const PasswordEntrySink& sink);

    // Overwrites, byte for byte, the text of every JSON string value that is not the value of
    // a "name", "uri" or "username" key; the JSON stays valid and keeps its layout.
    static void scrubSecrets(QByteArray& json);
};

} // namespace rebind
