// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace rebind::cli {

// rebind-cli's exit status, one table for every command (the README and --help say the same), so
// that scripts can tell failures apart.
enum class ExitCode : int
{
    Success = 0,
    Usage = 1, // unknown command or option, missing argument, invalid value
    VaultUnavailable =
        2,       // the vault cannot be opened: wrong passphrase, missing, damaged, not a vault
    Blocked = 3, // status: the number is not yet safe to cancel
    AlreadyExists = 4, // the vault file, person, number or entry exists already
    NoPassphrase = 5,  // no usable new passphrase: none given, empty, or the two entries differ
    Failed = 6,        // anything else: the vault could not be written, out of memory, …
    NotFound = 7,      // the person, number, service or backup named is not in the vault (or the
                       // catalog)
    InUse = 8,         // the vault is in use by another program (a Rebind window or command)
};

} // namespace rebind::cli
