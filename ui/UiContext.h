// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "KdfParams.h"
#include "KeyStore.h"
#include "Result.h"

#include <functional>
#include <memory>
#include <optional>
#include <QObject>

namespace rebind {

// What the dialogs and the controller need from outside, so that tests can substitute it: the
// keychain ("Remember on this computer") and how the key derivation cost of a new key is chosen.
//
// The key store is only ever called on one thread of its own, never on the GUI thread: a Secret
// Service that is installed but stuck takes D-Bus 25 s (a read twice that) to fail, and no
// window may wait for that. QtKeychain also queues all jobs of a process through one object that
// lives on the thread of its first job, so that thread has to outlive every later job.
class UiContext : public QObject
{
    Q_OBJECT

public:
    // kdfParams empty: VaultKey::tune(), about half a second on this machine.
    explicit UiContext(KeyStore& keyStore, std::function<KdfParams()> kdfParams = {},
                       QObject* parent = nullptr);
    // Never waits for a keychain call under way: its answer is dropped, and a call stuck in
    // D-Bus ends with the process.
    ~UiContext() override;

    // Slow (it measures the machine): call it from runInBackground.
    KdfParams newKdfParams() const;

    // Asks the keychain whether it answers and returns at once. Until the answer (or
    // keychainTimeout()) isCheckingKeychain() is true and the status says so;
    // keychainStatusChanged() follows every change, including a late answer.
    void probeKeychain();
    bool isCheckingKeychain() const { return m_checking; }
    const Result<void>& keychainStatus() const { return m_keychainStatus; }
    bool keychainAvailable() const { return m_keychainStatus.ok(); }

    // How long Rebind waits for one answer of the keychain before it goes on without it.
    void setKeychainTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    int keychainTimeout() const { return m_timeoutMs; }
    static constexpr int kKeychainTimeoutMs = 4000;

    // The key store's calls. Each waits for its answer while this thread keeps painting (user
    // input is held back), but no longer than keychainTimeout(): then it answers that the
    // keychain did not answer, the status turns to that reason (so "Remember" is off and says
    // why), and a late answer that shows the keychain works turns it on again. A write that
    // timed out is undone when it lands, so what Rebind said stays true.
    Result<SecureBytes> loadKey(const QString& vaultId);
    Result<void> storeKey(const QString& vaultId, const SecureBytes& key);
    Result<void> removeKey(const QString& vaultId);

Q_SIGNALS:
    void keychainStatusChanged();

private:
    struct Link;
    // Runs work on the keychain thread and waits as described above; nullopt when it timed out.
    template <typename T> std::optional<T> call(std::function<T(KeyStore&)> work);
    void probeAnswered(quint64 probe, const Result<void>& answer);
    void probeTimedOut(quint64 probe);
    void answeredLate(bool ok);
    void setStatus(Result<void> status, bool checking);

    KeyStore* m_keyStore;
    std::function<KdfParams()> m_kdfParams;
    Result<void> m_keychainStatus;
    bool m_checking = false;
    int m_timeoutMs = kKeychainTimeoutMs;
    // The probe under way (0: none); a timed-out one still counts until it answers.
    quint64 m_probe = 0;
    quint64 m_probes = 0;
    std::shared_ptr<Link> m_link;
};

} // namespace rebind
