// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <QObject>

namespace rebind {

// Tells when the desktop session is being locked or the machine is about to sleep, so the vault
// can lock with it. One implementation per platform: D-Bus (freedesktop/GNOME screen savers,
// logind) on Linux and other Unix desktops, session and power messages on Windows, distributed
// notifications and IOKit power messages on macOS.
class SessionLockMonitor : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // The monitor for the platform this was built for; one that never fires where none exists.
    static std::unique_ptr<SessionLockMonitor> createDefault();

Q_SIGNALS:
    // The screen was locked or the machine is going to sleep.
    void lockRequested();
};

} // namespace rebind
