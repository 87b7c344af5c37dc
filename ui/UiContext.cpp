// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "UiContext.h"

#include "KeychainError.h"
#include "VaultKey.h"

#include <mutex>
#include <QCoreApplication>
#include <QEventLoop>
#include <QThread>
#include <QTimer>

namespace rebind {

namespace {

QThread* g_keychainThread = nullptr;
QObject* g_keychainWorker = nullptr;

// At the application's end: a thread stuck in D-Bus is left to end with the process.
void stopKeychainThread()
{
    g_keychainThread->quit();
    if (g_keychainThread->wait(500)) {
        delete g_keychainWorker;
        delete g_keychainThread;
    }
    g_keychainThread = nullptr;
    g_keychainWorker = nullptr;
}

// One thread for the whole process (see UiContext), started on first use.
void onKeychainThread(std::function<void()> task)
{
    if (g_keychainWorker == nullptr) {
        g_keychainThread = new QThread;
        g_keychainThread->setObjectName(QStringLiteral("keychain"));
        g_keychainWorker = new QObject;
        g_keychainWorker->moveToThread(g_keychainThread);
        g_keychainThread->start();
        qAddPostRoutine(stopKeychainThread);
    }
    QMetaObject::invokeMethod(g_keychainWorker, std::move(task), Qt::QueuedConnection);
}

// The answer of one call, and the event loop that waits for it as long as one waits.
template <typename T> struct Pending
{
    std::mutex mutex;
    std::optional<T> answer;
    QEventLoop* waiting = nullptr;
};

} // namespace

// What the keychain thread may reach of a UiContext: nothing once it is gone.
struct UiContext::Link
{
    std::mutex mutex;
    UiContext* context = nullptr;
    KeyStore* store = nullptr;

    KeyStore* openStore()
    {
        std::lock_guard lock(mutex);
        return store;
    }
    // Runs what on the GUI thread, if the context is still there by then.
    void deliver(std::function<void(UiContext&)> what)
    {
        std::lock_guard lock(mutex);
        if (context != nullptr) {
            QMetaObject::invokeMethod(
                context, [target = context, what = std::move(what)] { what(*target); },
                Qt::QueuedConnection);
        }
    }
};

UiContext::UiContext(KeyStore& keyStore, std::function<KdfParams()> kdfParams, QObject* parent)
    : QObject(parent), m_keyStore(&keyStore), m_kdfParams(std::move(kdfParams)),
      m_keychainStatus(makeError(ErrorCode::KeychainUnavailable,
                                 tr("Checking whether this computer's keychain answers…"))),
      m_link(std::make_shared<Link>())
{
    m_link->context = this;
    m_link->store = m_keyStore;
}

UiContext::~UiContext()
{
    std::lock_guard lock(m_link->mutex);
    m_link->context = nullptr;
    m_link->store = nullptr;
}

KdfParams UiContext::newKdfParams() const
{
    return m_kdfParams ? m_kdfParams() : VaultKey::tune();
}

void UiContext::setStatus(Result<void> status, bool checking)
{
    m_keychainStatus = std::move(status);
    m_checking = checking;
    Q_EMIT keychainStatusChanged();
}

void UiContext::probeKeychain()
{
    if (m_probe != 0) {
        return; // the probe under way answers this request too
    }
    const quint64 probe = ++m_probes;
    m_probe = probe;
    setStatus(makeError(ErrorCode::KeychainUnavailable,
                        tr("Checking whether this computer's keychain answers…")),
              true);
    onKeychainThread([link = m_link, probe] {
        KeyStore* store = link->openStore();
        if (store == nullptr) {
            return;
        }
        const Result<void> answer = store->probe();
        link->deliver(
            [probe, answer](UiContext& context) { context.probeAnswered(probe, answer); });
    });
    QTimer::singleShot(m_timeoutMs, this, [this, probe] { probeTimedOut(probe); });
}

void UiContext::probeTimedOut(quint64 probe)
{
    if (probe != m_probe || !m_checking) {
        return;
    }
    // The probe goes on: a late answer still turns "Remember" on.
    setStatus(
        KeychainError::make(KeychainError::Problem::NotAnswering, KeychainError::Operation::Probe),
        false);
}

void UiContext::probeAnswered(quint64 probe, const Result<void>& answer)
{
    if (probe != m_probe) {
        return;
    }
    m_probe = 0;
    setStatus(answer, false);
}

void UiContext::answeredLate(bool ok)
{
    if (ok && !keychainAvailable()) {
        probeKeychain();
    }
}

template <typename T> std::optional<T> UiContext::call(std::function<T(KeyStore&)> work)
{
    auto pending = std::make_shared<Pending<T>>();
    QEventLoop loop;
    pending->waiting = &loop;
    onKeychainThread([link = m_link, pending, work = std::move(work)] {
        KeyStore* store = link->openStore();
        if (store == nullptr) {
            return;
        }
        T answer = work(*store);
        std::lock_guard lock(pending->mutex);
        if (pending->waiting != nullptr) {
            pending->answer.emplace(std::move(answer));
            QMetaObject::invokeMethod(pending->waiting, &QEventLoop::quit, Qt::QueuedConnection);
            return;
        }
        link->deliver([ok = answer.ok()](UiContext& context) { context.answeredLate(ok); });
    });
    QTimer::singleShot(m_timeoutMs, &loop, &QEventLoop::quit);
    loop.exec(QEventLoop::ExcludeUserInputEvents);

    std::lock_guard lock(pending->mutex);
    pending->waiting = nullptr;
    if (!pending->answer) {
        setStatus(KeychainError::make(KeychainError::Problem::NotAnswering,
                                      KeychainError::Operation::Probe),
                  false);
    }
    return std::move(pending->answer);
}

Result<SecureBytes> UiContext::loadKey(const QString& vaultId)
{
    auto answer =
        call<Result<SecureBytes>>([vaultId](KeyStore& store) { return store.load(vaultId); });
    if (!answer) {
        return KeychainError::make(KeychainError::Problem::NotAnswering,
                                   KeychainError::Operation::Load);
    }
    return std::move(*answer);
}

Result<void> UiContext::storeKey(const QString& vaultId, const SecureBytes& key)
{
    auto copy = std::make_shared<SecureBytes>(key.clone());
    auto answer = call<Result<void>>(
        [vaultId, copy](KeyStore& store) { return store.store(vaultId, *copy); });
    if (!answer) {
        // Queued behind the write: a key that lands late is taken away again.
        onKeychainThread([link = m_link, vaultId] {
            if (KeyStore* store = link->openStore()) {
                (void)store->remove(vaultId);
            }
        });
        return KeychainError::make(KeychainError::Problem::NotAnswering,
                                   KeychainError::Operation::Store);
    }
    return std::move(*answer);
}

Result<void> UiContext::removeKey(const QString& vaultId)
{
    auto answer = call<Result<void>>([vaultId](KeyStore& store) { return store.remove(vaultId); });
    if (!answer) {
        return KeychainError::make(KeychainError::Problem::NotAnswering,
                                   KeychainError::Operation::Remove);
    }
    return std::move(*answer);
}

} // namespace rebind
