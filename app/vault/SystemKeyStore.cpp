// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SystemKeyStore.h"

#include <algorithm>
#include <initializer_list>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLoggingCategory>
#include <qt6keychain/keychain.h>

namespace rebind {

namespace {

Q_LOGGING_CATEGORY(keychainLog, "rebind.keychain", QtWarningMsg)

// D-Bus gives up on a service that never replies after 25 s. Its words for that are translated
// by GLib, so the time taken tells it more reliably than the text.
constexpr qint64 kNoReplyMs = 20000;

// Waits for job; returns how long it took in milliseconds.
template <typename Job> qint64 runToEnd(Job& job)
{
    job.setAutoDelete(false);
    QElapsedTimer clock;
    clock.start();
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    return clock.elapsed();
}

bool mentionsAny(const QString& detail, std::initializer_list<const char*> words)
{
    return std::any_of(words.begin(), words.end(), [&detail](const char* word) {
        return detail.contains(QLatin1String(word), Qt::CaseInsensitive);
    });
}

KeychainError::Problem problemOf(int code, const QString& detail, qint64 elapsedMs)
{
    using Problem = KeychainError::Problem;
    switch (code) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return Problem::NoService;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return Problem::Refused;
    case QKeychain::EntryNotFound:
        // Only a write gets here: libsecret's "no such object" is the missing default keyring.
        return Problem::NoKeyring;
    default:
        break;
    }
    if (elapsedMs >= kNoReplyMs || mentionsAny(detail, {"NoReply", "Timeout", "timed out"})) {
        return Problem::NotAnswering;
    }
    if (mentionsAny(detail, {"ServiceUnknown", "not provided by any .service", "autolaunch",
                             "Could not connect", "D-Bus is not running", "NoServer"})) {
        return Problem::NoService;
    }
    if (mentionsAny(detail, {"does not exist at path", "NoSuchObject", "No such keyring"})) {
        return Problem::NoKeyring;
    }
    if (mentionsAny(detail, {"IsLocked", "locked"})) {
        return Problem::Refused;
    }
    return Problem::Other;
}

} // namespace

SystemKeyStore::SystemKeyStore(QString service) : m_service(std::move(service)) {}

QString SystemKeyStore::entryName(const QString& vaultId)
{
    return QStringLiteral("vault-key-") + vaultId;
}

Error SystemKeyStore::failure(KeychainError::Operation operation, int code, const QString& detail,
                              qint64 elapsedMs)
{
    if (code == QKeychain::EntryNotFound && operation == KeychainError::Operation::Load) {
        return makeError(ErrorCode::NotFound,
                         tr("Nothing is remembered for this vault on this computer."));
    }
    // For whoever debugs a keychain (QT_LOGGING_RULES="rebind.keychain.info=true"); the service's
    // words hold no key.
    qCInfo(keychainLog, "keychain error %d after %lld ms: %s", code,
           static_cast<long long>(elapsedMs), qUtf8Printable(detail));
    return KeychainError::make(problemOf(code, detail, elapsedMs), operation);
}

Result<void> SystemKeyStore::probe()
{
    QKeychain::ReadPasswordJob job(m_service);
    job.setKey(QStringLiteral("probe"));
    const qint64 elapsed = runToEnd(job);
    if (job.error() == QKeychain::NoError || job.error() == QKeychain::EntryNotFound) {
        return {};
    }
    return failure(KeychainError::Operation::Probe, job.error(), job.errorString(), elapsed);
}

Result<void> SystemKeyStore::store(const QString& vaultId, const SecureBytes& key)
{
    QKeychain::WritePasswordJob job(m_service);
    job.setKey(entryName(vaultId));
    QByteArray transient(key.chars(), static_cast<qsizetype>(key.size()));
    job.setBinaryData(transient);
    wipe(transient);
    const qint64 elapsed = runToEnd(job);
    if (job.error() != QKeychain::NoError) {
        return failure(KeychainError::Operation::Store, job.error(), job.errorString(), elapsed);
    }
    return {};
}

Result<SecureBytes> SystemKeyStore::load(const QString& vaultId)
{
    QKeychain::ReadPasswordJob job(m_service);
    job.setKey(entryName(vaultId));
    const qint64 elapsed = runToEnd(job);
    if (job.error() != QKeychain::NoError) {
        return failure(KeychainError::Operation::Load, job.error(), job.errorString(), elapsed);
    }
    QByteArray transient = job.binaryData();
    return SecureBytes::takeFrom(transient);
}

Result<void> SystemKeyStore::remove(const QString& vaultId)
{
    QKeychain::DeletePasswordJob job(m_service);
    job.setKey(entryName(vaultId));
    const qint64 elapsed = runToEnd(job);
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound) {
        return failure(KeychainError::Operation::Remove, job.error(), job.errorString(), elapsed);
    }
    return {};
}

} // namespace rebind
