#include "UiContext.h"

#include "VaultKey.h"

namespace rebind {

UiContext::UiContext(KeyStore& keyStore, std::function<KdfParams()> kdfParams)
    : m_keyStore(&keyStore), m_kdfParams(std::move(kdfParams))
{}

KdfParams UiContext::newKdfParams() const
{
    return m_kdfParams ? m_kdfParams() : VaultKey::tune();
}

void UiContext::probeKeychain()
{
    m_keychainStatus = m_keyStore->probe();
}

} // namespace rebind
