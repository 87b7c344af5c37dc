// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ExitCode.h"
#include "Result.h"

#include <QString>

namespace rebind::cli {

// How a command ended: an exit code and, for failures, the (translated) message for stderr.
class Outcome
{
public:
    static Outcome success() { return Outcome(ExitCode::Success, QString()); }
    static Outcome failure(ExitCode code, QString message)
    {
        return Outcome(code, std::move(message));
    }
    static Outcome usage(QString message) { return failure(ExitCode::Usage, std::move(message)); }
    // A failure to open an existing vault: 2 (wrong passphrase, damaged, missing, not a
    // vault), 8 when another program holds it, 6 when its folder or disk refuses to be written.
    static Outcome vaultUnavailable(const Error& error)
    {
        switch (error.code) {
        case ErrorCode::InUse:
        case ErrorCode::Locked:
            return failure(ExitCode::InUse, error.message);
        case ErrorCode::Unwritable:
        case ErrorCode::DiskFull:
            return failure(ExitCode::Failed, error.message);
        default:
            return failure(ExitCode::VaultUnavailable, error.message);
        }
    }
    // A failure while working in an open vault (or creating one), mapped by its ErrorCode.
    static Outcome fromError(const Error& error);

    bool ok() const { return m_code == ExitCode::Success; }
    ExitCode code() const { return m_code; }
    QString message() const { return m_message; }

private:
    Outcome(ExitCode code, QString message) : m_code(code), m_message(std::move(message)) {}

    ExitCode m_code;
    QString m_message;
};

} // namespace rebind::cli
