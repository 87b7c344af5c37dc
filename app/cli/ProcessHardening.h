// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace rebind::cli {

// The CLI holds a decrypted vault and a passphrase in memory: keep them out of core dumps and
// away from other processes of the same user (ptrace), as KeePassXC does.
class ProcessHardening
{
public:
    static void apply();
};

} // namespace rebind::cli
