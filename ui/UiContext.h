#pragma once

#include "KdfParams.h"
#include "KeyStore.h"
#include "Result.h"

#include <functional>

namespace rebind {

// What the dialogs and the controller need from outside, so that tests can substitute it: the
// keychain ("Remember on this computer") and how the key derivation cost of a new key is chosen.
class UiContext
{
public:
    // kdfParams empty: VaultKey::tune(), about half a second on this machine.
    explicit UiContext(KeyStore& keyStore, std::function<KdfParams()> kdfParams = {});

    KeyStore& keyStore() const { return *m_keyStore; }
    // Slow (it measures the machine): call it from runInBackground.
    KdfParams newKdfParams() const;

    // Asks the keychain whether it answers; keychainStatus() keeps the answer for the dialogs.
    void probeKeychain();
    const Result<void>& keychainStatus() const { return m_keychainStatus; }
    bool keychainAvailable() const { return m_keychainStatus.ok(); }

private:
    KeyStore* m_keyStore;
    std::function<KdfParams()> m_kdfParams;
    Result<void> m_keychainStatus;
};

} // namespace rebind
