// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "InventorySnapshot.h"
#include "KdfParams.h"
#include "Result.h"

#include <QCoreApplication>
#include <QString>

namespace rebind {

// A snapshot sealed with a passphrase, to hand an inventory to someone else (or to another
// computer) as one file. Byte layout of version 1, integers big-endian:
//
//   offset size
//        0    8  magic "REBINDHO"
//        8    1  format version (1)
//        9    1  KDF algorithm (KdfParams::kAlgorithmArgon2id13)
//       10    4  Argon2id passes (KdfParams::opsLimit)
//       14    1  Argon2id memory, log2 of KiB (KdfParams::memLog2KiB)
//       15   16  salt (random)
//       31    8  length of the plaintext (the SnapshotJson document) in bytes
//       39   24  crypto_secretstream_xchacha20poly1305 header
//       63    …  the plaintext in chunks of 64 KiB (the last one shorter, and at least one
//                chunk), each sealed by the secret stream: chunk + 17 bytes. The last chunk is
//                tagged FINAL, the others MESSAGE. Bytes 0-62 are the additional data of the
//                first chunk, so any change to the header fails authentication.
//
// The key is Argon2id(passphrase, salt) with the recorded cost. The recorded length lets a
// truncated file be told apart from a changed one before anything is decrypted.
class HandoffFile
{
    Q_DECLARE_TR_FUNCTIONS(HandoffFile)

public:
    static constexpr unsigned char kVersion = 1;
    static constexpr qint64 kMaxFileBytes = qint64(256) * 1024 * 1024;

    // Written under a temporary name and renamed into place (QSaveFile).
    static Result<void> write(const QString& path, const InventorySnapshot& snapshot,
                              const QString& passphrase, const KdfParams& params);
    // Nothing is returned unless every byte authenticates and the contents are valid.
    static Result<InventorySnapshot> read(const QString& path, const QString& passphrase);
};

} // namespace rebind
