// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "KdfParams.h"

#include <optional>
#include <QByteArray>
#include <QString>

namespace rebind {

// The 16 bytes at the start of every vault file: SQLCipher's salt, which also records the
// Argon2id parameters (layout documented in KdfParams.h).
class VaultSalt
{
public:
    static constexpr int kSize = 16;
    static constexpr unsigned char kLayoutVersion = 1;

    static VaultSalt generate(const KdfParams& params);
    // nullopt when the bytes cannot be a Rebind vault header.
    static std::optional<VaultSalt> fromHeader(const QByteArray& firstBytes);

    const QByteArray& bytes() const { return m_bytes; }
    KdfParams params() const;
    // A public identifier of this vault file (for the keychain entry); changes on rekey.
    QString vaultId() const;

private:
    explicit VaultSalt(QByteArray bytes) : m_bytes(std::move(bytes)) {}
    QByteArray m_bytes;
};

} // namespace rebind
