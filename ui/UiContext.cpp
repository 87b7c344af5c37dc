#include "UiContext.h"

#include "VaultKey.h"

#include <QThread>
#include <QTimer>

namespace rebind {

UiContext::UiContext(KeyStore& keyStore, std::function<KdfParams()> kdfParams, QObject* parent)
    : QObject(parent), m_keyStore(&keyStore), m_kdfParams(std::move(kdfParams)),
      m_keychainStatus(makeError(ErrorCode::KeychainUnavailable,
                                 tr("Checking whether this computer's keychain answers…")))
{}

UiContext::~UiContext()
{
    if (m_probe != nullptr) {
        disconnect(m_probe, nullptr, this, nullptr);
        m_probe->wait();
        delete m_probe;
    }
}

KdfParams UiContext::newKdfParams() const
{
    return m_kdfParams ? m_kdfParams() : VaultKey::tune();
}

void UiContext::probeKeychain()
{
    if (m_probe != nullptr) {
        return; // the probe under way answers this request too
    }
    m_checking = true;
    m_keychainStatus = makeError(ErrorCode::KeychainUnavailable,
                                 tr("Checking whether this computer's keychain answers…"));
    Q_EMIT keychainStatusChanged();

    auto answer = std::make_shared<Result<void>>();
    m_probeAnswer = answer;
    KeyStore* store = m_keyStore;
    m_probe = QThread::create([store, answer] { *answer = store->probe(); });
    connect(m_probe, &QThread::finished, this, &UiContext::probeFinished);
    m_probe->start();

    QTimer::singleShot(kProbeTimeoutMs, this, [this, probe = m_probe] {
        if (m_probe != probe || !m_checking) {
            return;
        }
        m_checking = false;
        m_keychainStatus =
            makeError(ErrorCode::KeychainUnavailable,
                      tr("The keychain of this computer did not answer within %n second(s), so "
                         "the passphrase cannot be remembered now. Everything else works as "
                         "usual.",
                         "", kProbeTimeoutMs / 1000));
        Q_EMIT keychainStatusChanged();
    });
}

void UiContext::probeFinished()
{
    m_probe->wait();
    delete m_probe;
    m_probe = nullptr;
    m_keychainStatus = *m_probeAnswer;
    m_probeAnswer.reset();
    m_checking = false;
    Q_EMIT keychainStatusChanged();
}

} // namespace rebind
