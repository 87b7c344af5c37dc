// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SessionLockMonitor.h"

#include <QDBusConnection>

namespace rebind {

// Linux and other freedesktop desktops: ActiveChanged(true) of the screen savers on the session
// bus (org.freedesktop.ScreenSaver, which KDE and others offer, and GNOME's, Cinnamon's, MATE's
// and Xfce's own), and logind's PrepareForSleep(true) on the system bus. Only the services' own
// names are listened to. The buses are passed in so that a test can send real signals on a
// private bus; a bus that is not connected is simply not listened to.
class DBusSessionLockMonitor : public SessionLockMonitor
{
    Q_OBJECT

public:
    DBusSessionLockMonitor(const QDBusConnection& sessionBus, const QDBusConnection& systemBus,
                           QObject* parent = nullptr);

    // How many signals are subscribed (0: neither bus answers).
    int subscriptions() const { return m_subscriptions; }

private Q_SLOTS:
    void screenSaverActiveChanged(bool active);
    void prepareForSleep(bool sleeping);

private:
    int m_subscriptions = 0;
};

} // namespace rebind
