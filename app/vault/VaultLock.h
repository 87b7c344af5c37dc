// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <chrono>
#include <memory>
#include <optional>
#include <QCoreApplication>
#include <QString>

class QLockFile;

namespace rebind {

// The one-writer rule between processes: a lock file beside the vault (<vault>.lock), held by
// every process that has the vault open for writing (the GUI from unlock to lock, rebind-cli for
// one command). QLockFile records who holds it and detects a lock left by a crashed process.
class VaultLock
{
    Q_DECLARE_TR_FUNCTIONS(VaultLock)

public:
    struct Holder
    {
        qint64 pid = 0;
        QString hostName;
        QString appName;
    };

    ~VaultLock();
    VaultLock(const VaultLock&) = delete;
    VaultLock& operator=(const VaultLock&) = delete;

    static QString lockFilePath(const QString& vaultPath);
    // Waits up to `wait` for another holder to let go; ErrorCode::InUse (naming the holder) after
    // that. A lock whose process is gone is taken over.
    static Result<std::unique_ptr<VaultLock>> acquire(const QString& vaultPath,
                                                      std::chrono::milliseconds wait);
    // Who holds the vault now, if anyone (a stale lock counts as nobody).
    static std::optional<Holder> holder(const QString& vaultPath);
    // "Rebind (process 1234)" / "rebind-cli (process 1234 on laptop)", for messages.
    static QString describe(const Holder& holder);

private:
    explicit VaultLock(std::unique_ptr<QLockFile> file);
    static bool isAbandonedUnnamed(const QString& vaultPath);
    std::unique_ptr<QLockFile> m_file;
};

} // namespace rebind
