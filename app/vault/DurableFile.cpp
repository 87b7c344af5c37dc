// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DurableFile.h"

#include <cerrno>
#include <cstring>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <fcntl.h>
#include <unistd.h>
#endif

namespace rebind {

namespace {

Error ioError(const QString& what, int errorNumber)
{
    if (errorNumber == ENOSPC) {
        return makeError(
            ErrorCode::DiskFull,
            DurableFile::tr(
                "The disk is full. Nothing was changed; free some space and try again."));
    }
    return makeError(ErrorCode::Unwritable,
                     DurableFile::tr("%1 failed: %2")
                         .arg(what, QString::fromLocal8Bit(std::strerror(errorNumber))));
}

} // namespace

Result<void> DurableFile::sync(const QString& path)
{
#ifdef Q_OS_WIN
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite)) {
        return makeError(ErrorCode::Unwritable,
                         tr("%1 cannot be opened to be saved: %2")
                             .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    if (!FlushFileBuffers(reinterpret_cast<HANDLE>(_get_osfhandle(file.handle())))) {
        return makeError(
            ErrorCode::Unwritable,
            tr("%1 could not be saved to the disk.").arg(QDir::toNativeSeparators(path)));
    }
    return {};
#else
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        return ioError(tr("Opening %1").arg(QDir::toNativeSeparators(path)), errno);
    }
    const int rc = ::fsync(fd);
    const int savedErrno = errno;
    ::close(fd);
    if (rc != 0) {
        return ioError(tr("Saving %1 to the disk").arg(QDir::toNativeSeparators(path)), savedErrno);
    }
    return {};
#endif
}

Result<void> DurableFile::syncFolder(const QString& folder)
{
#ifdef Q_OS_WIN
    // Windows documents no way to flush a folder (FlushFileBuffers takes a file or a volume).
    // Nothing is lost: NTFS journals its metadata, and replace() renames with
    // MOVEFILE_WRITE_THROUGH, which returns only once the rename is on the disk.
    Q_UNUSED(folder);
    return {};
#else
    const int fd =
        ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) {
        return ioError(tr("Opening the folder %1").arg(QDir::toNativeSeparators(folder)), errno);
    }
    const int rc = ::fsync(fd);
    const int savedErrno = errno;
    ::close(fd);
    // Some file systems cannot sync a folder (EINVAL): the rename is as durable as they allow.
    if (rc != 0 && savedErrno != EINVAL) {
        return ioError(tr("Saving the folder %1").arg(QDir::toNativeSeparators(folder)),
                       savedErrno);
    }
    return {};
#endif
}

Result<void> DurableFile::replace(const QString& from, const QString& to)
{
#ifdef Q_OS_WIN
    if (!MoveFileExW(reinterpret_cast<const wchar_t*>(QDir::toNativeSeparators(from).utf16()),
                     reinterpret_cast<const wchar_t*>(QDir::toNativeSeparators(to).utf16()),
                     MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH)) {
        return makeError(ErrorCode::Unwritable,
                         tr("%1 could not be replaced.").arg(QDir::toNativeSeparators(to)));
    }
    return {};
#else
    if (::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0) {
        return ioError(tr("Replacing %1").arg(QDir::toNativeSeparators(to)), errno);
    }
    return syncFolder(QFileInfo(to).absolutePath());
#endif
}

Result<void> DurableFile::copy(const QString& from, const QString& to, qint64 maxBytes)
{
    QFile source(from);
    if (!source.open(QIODevice::ReadOnly)) {
        return makeError(
            ErrorCode::Unwritable,
            tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(from), source.errorString()));
    }
    QFile target(to);
    if (!target.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        return makeError(
            ErrorCode::Unwritable,
            tr("%1 cannot be created: %2").arg(QDir::toNativeSeparators(to), target.errorString()));
    }
    target.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const auto fail = [&target](Error error) -> Result<void> {
        target.close();
        target.remove();
        return error;
    };
    constexpr qint64 kChunk = 1 << 20;
    qint64 copied = 0;
    while (true) {
        const QByteArray chunk = source.read(kChunk);
        if (chunk.isEmpty()) {
            if (source.error() != QFileDevice::NoError) {
                return fail(
                    makeError(ErrorCode::Unwritable,
                              tr("%1 cannot be read: %2")
                                  .arg(QDir::toNativeSeparators(from), source.errorString())));
            }
            break;
        }
        copied += chunk.size();
        if (copied > maxBytes) {
            return fail(makeError(ErrorCode::InvalidInput,
                                  tr("%1 is larger than expected; it was not copied.")
                                      .arg(QDir::toNativeSeparators(from))));
        }
        if (target.write(chunk) != chunk.size()) {
            const bool full = target.error() == QFileDevice::ResourceError;
            return fail(
                full ? ioError(QString(), ENOSPC)
                     : makeError(ErrorCode::Unwritable,
                                 tr("%1 cannot be written: %2")
                                     .arg(QDir::toNativeSeparators(to), target.errorString())));
        }
    }
    if (!target.flush()) {
        return fail(makeError(ErrorCode::Unwritable,
                              tr("%1 cannot be written: %2")
                                  .arg(QDir::toNativeSeparators(to), target.errorString())));
    }
    target.close();
    if (auto synced = sync(to); !synced) {
        QFile::remove(to);
        return synced;
    }
    return {};
}

QString DurableFile::temporaryNameBeside(const QString& path, const QString& purpose)
{
    return path + QLatin1Char('.') + purpose + QLatin1Char('-') +
           QUuid::createUuid().toString(QUuid::Id128).left(12) + QStringLiteral(".tmp");
}

} // namespace rebind
