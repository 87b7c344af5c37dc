// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Outcome.h"

namespace rebind::cli {

Outcome Outcome::fromError(const Error& error)
{
    switch (error.code) {
    case ErrorCode::InvalidInput:
        return usage(error.message);
    case ErrorCode::NotFound:
        return failure(ExitCode::NotFound, error.message);
    case ErrorCode::AlreadyExists:
    case ErrorCode::Duplicate:
        return failure(ExitCode::AlreadyExists, error.message);
    case ErrorCode::Cancelled:
        return failure(ExitCode::NoPassphrase, error.message);
    case ErrorCode::WrongPassphrase:
    case ErrorCode::NotAVault:
    case ErrorCode::Damaged:
    case ErrorCode::Missing:
    case ErrorCode::NoCipher:
    case ErrorCode::TooNew:
        return failure(ExitCode::VaultUnavailable, error.message);
    case ErrorCode::InUse:
    case ErrorCode::Locked:
        return failure(ExitCode::InUse, error.message);
    case ErrorCode::Unwritable:
    case ErrorCode::DiskFull:
    case ErrorCode::KeychainUnavailable:
    case ErrorCode::Keychain:
    case ErrorCode::Internal:
        break;
    }
    return failure(ExitCode::Failed, error.message);
}

} // namespace rebind::cli
