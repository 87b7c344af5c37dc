// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "VaultKey.h"

#include <algorithm>
#include <cmath>
#include <QElapsedTimer>
#include <sodium.h>

namespace rebind {

Result<SecureBytes> VaultKey::derive(const QString& passphrase, const VaultSalt& salt)
{
    if (sodium_init() < 0) {
        return makeError(ErrorCode::Internal, tr("The cryptography library could not start."));
    }
    const KdfParams params = salt.params();
    if (!params.isSupported()) {
        return makeError(ErrorCode::NotAVault,
                         tr("The key derivation settings of this file are not supported."));
    }
    QByteArray utf8 = passphrase.toUtf8();
    SecureBytes key(kKeyBytes);
    const int rc = crypto_pwhash(
        key.data(), key.size(), utf8.constData(), static_cast<unsigned long long>(utf8.size()),
        reinterpret_cast<const unsigned char*>(salt.bytes().constData()), params.opsLimit,
        static_cast<size_t>(params.memLimitBytes()), crypto_pwhash_ALG_ARGON2ID13);
    wipe(utf8);
    if (rc != 0) {
        return makeError(ErrorCode::Internal,
                         tr("Not enough memory to derive the key (%1 MiB needed).")
                             .arg(params.memLimitBytes() / (1024 * 1024)));
    }
    return key;
}

KdfParams VaultKey::tune(int targetMs)
{
    KdfParams params = KdfParams::interactive();
    if (sodium_init() < 0) {
        return params;
    }
    const auto msFor = [](const KdfParams& probe) {
        const VaultSalt probeSalt = VaultSalt::generate(probe);
        QElapsedTimer timer;
        timer.start();
        (void)derive(QStringLiteral("calibration"), probeSalt);
        return std::max(1.0, double(timer.nsecsElapsed()) / 1e6);
    };
    const auto clampPasses = [](double passes) {
        return static_cast<std::uint32_t>(std::clamp(
            std::lround(passes), long(crypto_pwhash_argon2id_OPSLIMIT_INTERACTIVE), 255L));
    };
    // Each derivation has a fixed cost (allocating and touching the memory) besides the passes,
    // and the machine may be busy: estimate from the cheapest cost, then measure the estimate
    // once and correct it, rather than trusting one extrapolation.
    const double floorMs = msFor(params);
    if (floorMs >= targetMs) {
        return params;
    }
    params.opsLimit = clampPasses(double(params.opsLimit) * targetMs / floorMs);
    params.opsLimit = clampPasses(double(params.opsLimit) * targetMs / msFor(params));
    return params;
}

SecureBytes VaultKey::sqlcipherLiteral(const SecureBytes& key, const VaultSalt& salt)
{
    // x' + 64 hex + 32 hex + ' and a terminating NUL that SQLCipher does not count.
    const std::size_t hexLen = (key.size() + static_cast<std::size_t>(VaultSalt::kSize)) * 2;
    SecureBytes literal(hexLen + 4);
    char* out = literal.chars();
    out[0] = 'x';
    out[1] = '\'';
    sodium_bin2hex(out + 2, key.size() * 2 + 1, key.data(), key.size());
    sodium_bin2hex(out + 2 + key.size() * 2, VaultSalt::kSize * 2 + 1,
                   reinterpret_cast<const unsigned char*>(salt.bytes().constData()),
                   VaultSalt::kSize);
    out[2 + hexLen] = '\'';
    out[3 + hexLen] = '\0';
    return literal;
}

} // namespace rebind
