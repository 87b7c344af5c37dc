// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>

namespace rebind {

// Argon2id cost of one vault.
//
// Design: a vault must open from the file alone plus the passphrase, on any machine, even after
// Rebind's defaults change. SQLCipher (3.4 and 4.x alike) keeps exactly one thing in plaintext:
// the 16-byte file salt at offset 0. So the salt is the record: bytes 0-11 are random, byte 12
// is the layout version, 13 the Argon2 pass count, 14 log2 of the memory in KiB, 15 the
// algorithm. The whole 16 bytes are the Argon2id salt as well, so the recorded cost is bound to
// the key: tampering with it yields a wrong key, never a weaker one. 96 random bits keep salts
// unique. See VaultSalt.
struct KdfParams
{
    static constexpr std::uint8_t kAlgorithmArgon2id13 = 1;

    std::uint32_t opsLimit = 0;  // Argon2 passes
    std::uint8_t memLog2KiB = 0; // memory = 2^memLog2KiB KiB
    std::uint8_t algorithm = kAlgorithmArgon2id13;

    std::uint64_t memLimitBytes() const { return (std::uint64_t(1) << memLog2KiB) * 1024u; }

    // libsodium's INTERACTIVE limits: the floor for any new vault (2 passes, 64 MiB).
    static KdfParams interactive();
    bool isSupported() const;
    bool operator==(const KdfParams& o) const
    {
        return opsLimit == o.opsLimit && memLog2KiB == o.memLog2KiB && algorithm == o.algorithm;
    }
};

} // namespace rebind
