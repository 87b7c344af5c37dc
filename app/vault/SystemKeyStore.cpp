#include "SystemKeyStore.h"

#include <QEventLoop>
#include <qt6keychain/keychain.h>

namespace rebind {

namespace {

template <typename Job> void runToEnd(Job& job)
{
    job.setAutoDelete(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
}

} // namespace

SystemKeyStore::SystemKeyStore(QString service) : m_service(std::move(service)) {}

QString SystemKeyStore::entryName(const QString& vaultId)
{
    return QStringLiteral("vault-key-") + vaultId;
}

Error SystemKeyStore::failure(int code, const QString& detail) const
{
    switch (code) {
    case QKeychain::EntryNotFound:
        return makeError(ErrorCode::NotFound,
                         tr("Nothing is remembered for this vault on this computer."));
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return makeError(
            ErrorCode::KeychainUnavailable,
            tr("No keychain service is running on this computer (%1), so the passphrase "
               "cannot be remembered.")
                .arg(detail));
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return makeError(ErrorCode::Keychain, tr("The keychain refused access (%1).").arg(detail));
    default:
        return makeError(ErrorCode::Keychain, tr("The keychain reported an error: %1").arg(detail));
    }
}

Result<void> SystemKeyStore::probe()
{
    QKeychain::ReadPasswordJob job(m_service);
    job.setKey(QStringLiteral("probe"));
    runToEnd(job);
    if (job.error() == QKeychain::NoError || job.error() == QKeychain::EntryNotFound) {
        return {};
    }
    const Error error = failure(job.error(), job.errorString());
    if (error.code == ErrorCode::Keychain) {
        return makeError(ErrorCode::KeychainUnavailable, error.message);
    }
    return error;
}

Result<void> SystemKeyStore::store(const QString& vaultId, const SecureBytes& key)
{
    QKeychain::WritePasswordJob job(m_service);
    job.setKey(entryName(vaultId));
    QByteArray transient(key.chars(), static_cast<qsizetype>(key.size()));
    job.setBinaryData(transient);
    wipe(transient);
    runToEnd(job);
    if (job.error() != QKeychain::NoError) {
        return failure(job.error(), job.errorString());
    }
    return {};
}

Result<SecureBytes> SystemKeyStore::load(const QString& vaultId)
{
    QKeychain::ReadPasswordJob job(m_service);
    job.setKey(entryName(vaultId));
    runToEnd(job);
    if (job.error() != QKeychain::NoError) {
        return failure(job.error(), job.errorString());
    }
    QByteArray transient = job.binaryData();
    return SecureBytes::takeFrom(transient);
}

Result<void> SystemKeyStore::remove(const QString& vaultId)
{
    QKeychain::DeletePasswordJob job(m_service);
    job.setKey(entryName(vaultId));
    runToEnd(job);
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound) {
        return failure(job.error(), job.errorString());
    }
    return {};
}

} // namespace rebind
