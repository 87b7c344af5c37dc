// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DBusSessionLockMonitor.h"

#include <QString>

namespace rebind {

namespace {
struct ScreenSaver
{
    const char* service;
    const char* path;
};

// Each desktop's screen saver announces locking as ActiveChanged(true) on its own interface,
// named like its service.
constexpr ScreenSaver kScreenSavers[] = {
    {"org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver"},
    {"org.gnome.ScreenSaver", "/org/gnome/ScreenSaver"},
    {"org.cinnamon.ScreenSaver", "/org/cinnamon/ScreenSaver"},
    {"org.mate.ScreenSaver", "/org/mate/ScreenSaver"},
    {"org.xfce.ScreenSaver", "/org/xfce/ScreenSaver"},
};
} // namespace

DBusSessionLockMonitor::DBusSessionLockMonitor(const QDBusConnection& sessionBus,
                                               const QDBusConnection& systemBus, QObject* parent)
    : SessionLockMonitor(parent)
{
    if (sessionBus.isConnected()) {
        QDBusConnection bus = sessionBus;
        for (const ScreenSaver& saver : kScreenSavers) {
            const QString service = QString::fromLatin1(saver.service);
            if (bus.connect(service, QString::fromLatin1(saver.path), service,
                            QStringLiteral("ActiveChanged"), this,
                            SLOT(screenSaverActiveChanged(bool)))) {
                ++m_subscriptions;
            }
        }
    }
    if (systemBus.isConnected()) {
        QDBusConnection bus = systemBus;
        if (bus.connect(QStringLiteral("org.freedesktop.login1"),
                        QStringLiteral("/org/freedesktop/login1"),
                        QStringLiteral("org.freedesktop.login1.Manager"),
                        QStringLiteral("PrepareForSleep"), this, SLOT(prepareForSleep(bool)))) {
            ++m_subscriptions;
        }
    }
}

void DBusSessionLockMonitor::screenSaverActiveChanged(bool active)
{
    if (active) {
        Q_EMIT lockRequested();
    }
}

void DBusSessionLockMonitor::prepareForSleep(bool sleeping)
{
    // Sent with true before suspending and with false after waking up.
    if (sleeping) {
        Q_EMIT lockRequested();
    }
}

} // namespace rebind
