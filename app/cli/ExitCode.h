#pragma once

namespace rebind::cli {

// rebind-cli's exit status. 0, 1 and 2 are the documented contract; the others say which kind of
// failure stopped a command, so that scripts can tell them apart.
enum class ExitCode : int
{
    Success = 0,
    Usage = 1, // unknown command or option, missing argument, invalid value
    VaultUnavailable =
        2,        // the vault cannot be opened: wrong passphrase, missing, damaged, not a vault
    NotFound = 3, // the person or number named on the command line is not in the vault, or the
                  // service is not in the catalog
    Blocked = 3,  // status: the number is not yet safe to cancel
    AlreadyExists = 4, // the vault file, person, number or entry exists already
    NoPassphrase = 5,  // no usable new passphrase: none given, empty, or the two entries differ
    Failed = 6,        // anything else: the vault could not be written, out of memory, …
};

} // namespace rebind::cli
