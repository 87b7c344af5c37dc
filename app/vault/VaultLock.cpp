// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "VaultLock.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSysInfo>
#include <QThread>

#ifndef Q_OS_WIN
#include <sys/file.h>
#endif

namespace rebind {

namespace {

// QLockFile judges a lock stale when its process is gone; an age limit would also take over
// the lock of a window that has been open for hours, so there is none (0).
constexpr int kStaleMs = 0;
// A lock file that names no process was left by a holder killed between creating it and writing
// its pid, unless its creator is still in that instant: QLockFile takes flock() on the file
// before it writes the pid, and the kernel drops a dead process's flock. So an unnamed file that
// nobody has flocked, and that is older than this, is abandoned.
constexpr qint64 kUnnamedStaleMs = 100;

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

bool VaultLock::isAbandonedUnnamed(const QString& vaultPath)
{
    qint64 pid = 0;
    QString host;
    QString app;
    if (lockFileFor(vaultPath)->getLockInfo(&pid, &host, &app) && pid > 0) {
        return false;
    }
    const QFileInfo info(lockFilePath(vaultPath));
    if (!info.exists()) {
        return false;
    }
    // Give a creator that may be between open() and flock() the moment it needs.
    const qint64 age = info.lastModified().msecsTo(QDateTime::currentDateTime());
    if (age >= 0 && age <= kUnnamedStaleMs) {
        QThread::msleep(static_cast<unsigned long>(kUnnamedStaleMs - age + 1));
    }
#ifdef Q_OS_WIN
    return true;
#else
    QFile file(lockFilePath(vaultPath));
    if (!file.open(QIODevice::ReadOnly)) {
        return false;
    }
    if (::flock(file.handle(), LOCK_EX | LOCK_NB) != 0) {
        return false; // a live process holds it
    }
    ::flock(file.handle(), LOCK_UN);
    return true;
#endif
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
    if (file->error() == QLockFile::LockFailedError && isAbandonedUnnamed(vaultPath)) {
        file->removeStaleLockFile();
        if (file->tryLock(0)) {
            return std::unique_ptr<VaultLock>(new VaultLock(std::move(file)));
        }
    }
    switch (file->error()) {
    case QLockFile::LockFailedError: {
        const auto held = holder(vaultPath);
        const QString who = held ? describe(*held) : tr("another program");
        return makeError(
            ErrorCode::InUse,
            tr("The vault is in use by %1. Close Rebind or lock it (Ctrl+L), or let the "
               "command finish, then try again.")
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
