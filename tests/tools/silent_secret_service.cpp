// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
// silent_secret_service: owns org.freedesktop.secrets on the session bus and never answers a
// call, like a keyring daemon that hangs. Callers wait until D-Bus gives up (25 s by default).
//
//   silent_secret_service        prints "ready" once the name is owned, then runs until killed

#include <cstdio>
#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusError>
#include <QDBusVirtualObject>

namespace {

class Silence : public QDBusVirtualObject
{
public:
    QString introspect(const QString& /*path*/) const override { return {}; }
    // Handled, and no reply is ever sent: every call on every path times out.
    bool handleMessage(const QDBusMessage& /*message*/,
                       const QDBusConnection& /*connection*/) override
    {
        return true;
    }
};

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        std::fprintf(stderr, "silent_secret_service: no session bus\n");
        return 1;
    }
    Silence silence;
    if (!bus.registerVirtualObject(QStringLiteral("/"), &silence, QDBusConnection::SubPath)) {
        std::fprintf(stderr, "silent_secret_service: cannot register the object tree\n");
        return 1;
    }
    if (!bus.registerService(QStringLiteral("org.freedesktop.secrets"))) {
        std::fprintf(stderr, "silent_secret_service: cannot own org.freedesktop.secrets: %s\n",
                     qPrintable(bus.lastError().message()));
        return 1;
    }
    std::printf("ready\n");
    std::fflush(stdout);
    return QCoreApplication::exec();
}
