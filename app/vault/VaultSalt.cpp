// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "VaultSalt.h"

#include <QCryptographicHash>
#include <sodium.h>

namespace rebind {

VaultSalt VaultSalt::generate(const KdfParams& params)
{
    QByteArray bytes(kSize, '\0');
    randombytes_buf(bytes.data(), 12);
    bytes[12] = static_cast<char>(kLayoutVersion);
    bytes[13] = static_cast<char>(params.opsLimit);
    bytes[14] = static_cast<char>(params.memLog2KiB);
    bytes[15] = static_cast<char>(params.algorithm);
    return VaultSalt(bytes);
}

std::optional<VaultSalt> VaultSalt::fromHeader(const QByteArray& firstBytes)
{
    if (firstBytes.size() < kSize) {
        return std::nullopt;
    }
    VaultSalt salt(firstBytes.left(kSize));
    if (static_cast<unsigned char>(salt.m_bytes.at(12)) != kLayoutVersion ||
        !salt.params().isSupported()) {
        return std::nullopt;
    }
    return salt;
}

KdfParams VaultSalt::params() const
{
    KdfParams params;
    params.opsLimit = static_cast<unsigned char>(m_bytes.at(13));
    params.memLog2KiB = static_cast<unsigned char>(m_bytes.at(14));
    params.algorithm = static_cast<unsigned char>(m_bytes.at(15));
    return params;
}

QString VaultSalt::vaultId() const
{
    return QString::fromLatin1(
        QCryptographicHash::hash(m_bytes, QCryptographicHash::Sha256).toHex().left(24));
}

} // namespace rebind
