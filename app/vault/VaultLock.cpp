#include "VaultLock.h"

#include <QFileInfo>
#include <QLockFile>
#include <QSysInfo>

namespace rebind {

namespace {

// A holder that has not touched its lock file for this long and whose process is gone is stale.
// QLockFile also checks the pid, so a live holder is never taken over however old its lock.
constexpr int kStaleMs = 0;

std::unique_ptr<QLockFile> lockFileFor(const QString& vaultPath)
{
    auto file = std::make_unique<QLockFile>(VaultLock::lockFilePath(vaultPath));
    // 0: never judge by age alone; a lock is stale only when its process no longer runs.
    file->setStaleLockTime(kStaleMs);
    return file;
}

} // namespace

VaultLock::VaultLock(std::unique_ptr<QLockFile> file) : m_file(std::move(file)) {}

VaultLock::~VaultLock()
{
    if (m_file) {
        m_file->unlock();
    }
}

QString VaultLock::lockFilePath(const QString& vaultPath)
{
    return QFileInfo(vaultPath).absoluteFilePath() + QStringLiteral(".lock");
}

Result<std::unique_ptr<VaultLock>> VaultLock::acquire(const QString& vaultPath,
                                                      std::chrono::milliseconds wait)
{
    auto file = lockFileFor(vaultPath);
    if (file->tryLock(int(wait.count()))) {
        return std::unique_ptr<VaultLock>(new VaultLock(std::move(file)));
    }
    switch (file->error()) {
    case QLockFile::LockFailedError: {
        const auto held = holder(vaultPath);
        const QString who = held ? describe(*held) : tr("another program");
        return makeError(ErrorCode::InUse,
                         tr("The vault is in use by %1. Close Rebind there or lock it (Ctrl+L), "
                            "then try again.")
                             .arg(who));
    }
    case QLockFile::PermissionError:
        return makeError(ErrorCode::Unwritable,
                         tr("The vault's folder is not writable, so Rebind cannot mark the vault "
                            "as in use (%1).")
                             .arg(QFileInfo(vaultPath).absolutePath()));
    default:
        return makeError(
            ErrorCode::Unwritable,
            tr("The vault's lock file %1 cannot be created.").arg(lockFilePath(vaultPath)));
    }
}

std::optional<VaultLock::Holder> VaultLock::holder(const QString& vaultPath)
{
    auto file = lockFileFor(vaultPath);
    Holder held;
    if (!file->getLockInfo(&held.pid, &held.hostName, &held.appName)) {
        return std::nullopt;
    }
    // getLockInfo reads whatever is there; a free lock can be taken, so try it briefly.
    if (file->tryLock(0)) {
        file->unlock();
        return std::nullopt;
    }
    return held;
}

QString VaultLock::describe(const Holder& holder)
{
    const QString app = holder.appName.isEmpty() ? tr("another program") : holder.appName;
    if (!holder.hostName.isEmpty() && holder.hostName != QSysInfo::machineHostName()) {
        return tr("%1 (process %2 on %3)").arg(app).arg(holder.pid).arg(holder.hostName);
    }
    return tr("%1 (process %2)").arg(app).arg(holder.pid);
}

} // namespace rebind
