// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionLockMonitor.h"

#if defined(Q_OS_WIN)
#include "WinSessionLockMonitor.h"
#elif defined(Q_OS_MACOS)
#include "MacSessionLockMonitor.h"
#elif defined(REBIND_HAVE_DBUS)
#include "DBusSessionLockMonitor.h"

#include <QDBusConnection>
#endif

namespace rebind {

std::unique_ptr<SessionLockMonitor> SessionLockMonitor::createDefault()
{
#if defined(Q_OS_WIN)
    return std::make_unique<WinSessionLockMonitor>();
#elif defined(Q_OS_MACOS)
    return std::make_unique<MacSessionLockMonitor>();
#elif defined(REBIND_HAVE_DBUS)
    return std::make_unique<DBusSessionLockMonitor>(QDBusConnection::sessionBus(),
                                                    QDBusConnection::systemBus());
#else
    return std::make_unique<SessionLockMonitor>();
#endif
}

} // namespace rebind
