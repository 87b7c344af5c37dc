// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QCoreApplication>

namespace rebind {

// How a keychain failure reads for people: what happened, then what still works. The keychain
// service's own words (D-Bus error names, object paths under /org/freedesktop/secrets) are for
// developers and never reach the screen.
class KeychainError
{
    Q_DECLARE_TR_FUNCTIONS(KeychainError)

public:
    enum class Problem
    {
        NotAnswering,
        NoService,
        Refused,
        NoKeyring,
        Other
    };
    // What Rebind was doing, which decides what still works.
    enum class Operation
    {
        Probe,
        Store,
        Load,
        Remove
    };

    // KeychainUnavailable for a probe and for a keychain that is absent or silent (the
    // passphrase path is the way on), Keychain otherwise.
    static Error make(Problem problem, Operation operation);
};

} // namespace rebind
