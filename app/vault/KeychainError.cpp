// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeychainError.h"

namespace rebind {

namespace {

QString whatHappened(KeychainError::Problem problem)
{
    using Problem = KeychainError::Problem;
    switch (problem) {
    case Problem::NotAnswering:
        return KeychainError::tr("The keychain of this computer did not answer.");
    case Problem::NoService:
        return KeychainError::tr("No keychain service is running on this computer.");
    case Problem::Refused:
        return KeychainError::tr("The keychain of this computer is locked or refused access.");
    case Problem::NoKeyring:
        return KeychainError::tr(
            "The keychain of this computer has no keyring set up to keep the passphrase in.");
    case Problem::Other:
        break;
    }
    return KeychainError::tr("The keychain of this computer reported a problem.");
}

QString whatStillWorks(KeychainError::Operation operation)
{
    using Operation = KeychainError::Operation;
    switch (operation) {
    case Operation::Probe:
        return KeychainError::tr("Rebind works as usual; you type your passphrase each time.");
    case Operation::Store:
        return KeychainError::tr("The passphrase is not remembered: Rebind works as usual and "
                                 "asks for it each time.");
    case Operation::Load:
        return KeychainError::tr("Please type your passphrase.");
    case Operation::Remove:
        break;
    }
    return KeychainError::tr(
        "The remembered passphrase may still be kept there; please try again later.");
}

} // namespace

Error KeychainError::make(Problem problem, Operation operation)
{
    const bool absent = problem == Problem::NotAnswering || problem == Problem::NoService;
    const ErrorCode code = operation == Operation::Probe || absent ? ErrorCode::KeychainUnavailable
                                                                   : ErrorCode::Keychain;
    return makeError(code, tr("%1 %2", "what happened, then what still works")
                               .arg(whatHappened(problem), whatStillWorks(operation)));
}

} // namespace rebind
