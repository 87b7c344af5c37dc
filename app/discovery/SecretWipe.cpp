// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretWipe.h"

#include <sodium.h>

namespace rebind {

void SecretWipe::wipe(char* data, qsizetype size)
{
    if (data != nullptr && size > 0) {
        sodium_memzero(data, static_cast<std::size_t>(size));
    }
}

} // namespace rebind
