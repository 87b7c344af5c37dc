// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "NullKeyStore.h"

namespace rebind {

Error NullKeyStore::unavailable()
{
    return makeError(
        ErrorCode::KeychainUnavailable,
        tr("No keychain is available on this computer, so the passphrase cannot be remembered."));
}

Result<void> NullKeyStore::probe()
{
    return unavailable();
}
Result<void> NullKeyStore::store(const QString&, const SecureBytes&)
{
    return unavailable();
}
Result<SecureBytes> NullKeyStore::load(const QString&)
{
    return unavailable();
}
Result<void> NullKeyStore::remove(const QString&)
{
    return {};
}

} // namespace rebind
