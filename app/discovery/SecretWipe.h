// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace rebind {

// Overwrites bytes that held a password before their memory is reused or freed, with
// libsodium's sodium_memzero, which the optimiser may not remove as it may a plain memset on
// memory about to be freed. Best effort only: it cannot reach copies made by the operating
// system, the QIODevice's own buffer or an earlier reallocation.
class SecretWipe
{
public:
    static void wipe(char* data, qsizetype size);

    // Wipes the array's bytes in place (callers keep fixed-size buffers, so the size is the
    // allocation). An array shared with another QByteArray is left alone: writing would detach
    // and wipe a private copy instead.
    static void wipe(QByteArray& bytes)
    {
        if (!bytes.isEmpty() && bytes.isDetached()) {
            wipe(bytes.data(), bytes.size());
        }
    }
};

} // namespace rebind
