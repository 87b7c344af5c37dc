#pragma once

#include "KdfParams.h"
#include "KeyStore.h"
#include "Result.h"

#include <functional>
#include <memory>
#include <QObject>

class QThread;

namespace rebind {

// What the dialogs and the controller need from outside, so that tests can substitute it: the
// keychain ("Remember on this computer") and how the key derivation cost of a new key is chosen.
class UiContext : public QObject
{
    Q_OBJECT

public:
    // kdfParams empty: VaultKey::tune(), about half a second on this machine.
    explicit UiContext(KeyStore& keyStore, std::function<KdfParams()> kdfParams = {},
                       QObject* parent = nullptr);
    // Waits for a keychain probe still under way: it uses the key store.
    ~UiContext() override;

    KeyStore& keyStore() const { return *m_keyStore; }
    // Slow (it measures the machine): call it from runInBackground.
    KdfParams newKdfParams() const;

    // Asks the keychain whether it answers, on a worker thread, and returns at once: a Secret
    // Service that is installed but stuck takes D-Bus' 25 s to fail, and no window may wait for
    // that. Until the answer (or kProbeTimeoutMs) isCheckingKeychain() is true and the status
    // says so; keychainStatusChanged() follows every change, including a late answer. While a
    // probe runs the key store must not be used from this thread (nothing offers it meanwhile:
    // the status is not ok).
    void probeKeychain();
    bool isCheckingKeychain() const { return m_checking; }
    const Result<void>& keychainStatus() const { return m_keychainStatus; }
    bool keychainAvailable() const { return m_keychainStatus.ok(); }

    static constexpr int kProbeTimeoutMs = 5000;

Q_SIGNALS:
    void keychainStatusChanged();

private:
    void probeFinished();

    KeyStore* m_keyStore;
    std::function<KdfParams()> m_kdfParams;
    Result<void> m_keychainStatus;
    bool m_checking = false;
    QThread* m_probe = nullptr;
    std::shared_ptr<Result<void>> m_probeAnswer;
};

} // namespace rebind
