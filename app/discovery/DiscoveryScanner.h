// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Finding.h"
#include "PhoneNumber.h"
#include "Result.h"

#include <functional>
#include <QCoreApplication>

namespace rebind {

class Catalog;

// Scans one file the user picked (an SMS backup or a password manager's export; the content
// decides which), or an iPhone backup folder, for the services tied to their number. Only
// findings come out: message bodies and passwords stay inside the readers.
class DiscoveryScanner
{
    Q_DECLARE_TR_FUNCTIONS(DiscoveryScanner)

public:
    enum class Source
    {
        Sms,
        Passwords
    };
    struct Result
    {
        Source source = Source::Sms;
        QList<Finding> findings;
        qint64 items = 0; // messages or logins read
        QStringList warnings;
        bool cancelled = false;
    };
    // progress: 0–1000 (per mille of the file read); returning false from it cancels.
    using Progress = std::function<bool(int perMille)>;

    // number: the user's number, to recognise logins that use it; null: any mobile number.
    static rebind::Result<Result> scan(const QString& path, const Catalog& catalog,
                                       const PhoneNumber& number = {},
                                       const Progress& progress = {});
};

} // namespace rebind
