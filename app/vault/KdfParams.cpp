// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "KdfParams.h"

#include <sodium.h>

namespace rebind {

KdfParams KdfParams::interactive()
{
    static_assert(crypto_pwhash_argon2id_MEMLIMIT_INTERACTIVE == (1u << 16) * 1024u,
                  "memLog2KiB = 16 must equal libsodium's interactive memory limit");
    KdfParams params;
    params.opsLimit = crypto_pwhash_argon2id_OPSLIMIT_INTERACTIVE;
    params.memLog2KiB = 16;
    return params;
}

bool KdfParams::isSupported() const
{
    // Reading accepts more than creating produces, so that vaults from any version still open;
    // the upper bounds keep a hostile header from asking for absurd memory or time.
    return algorithm == kAlgorithmArgon2id13 && opsLimit >= 1 && opsLimit <= 255 &&
           memLog2KiB >= 13 && memLog2KiB <= 22;
}

} // namespace rebind
