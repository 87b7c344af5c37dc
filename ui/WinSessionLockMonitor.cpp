// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WinSessionLockMonitor.h"

#include <QCoreApplication>
#include <QWindow>

// clang-format off
#include <windows.h>
#include <wtsapi32.h>
// clang-format on

namespace rebind {

WinSessionLockMonitor::WinSessionLockMonitor(QObject* parent)
    : SessionLockMonitor(parent), m_window(std::make_unique<QWindow>())
{
    m_window->create();
    const auto hwnd = reinterpret_cast<HWND>(m_window->winId());
    m_registered = WTSRegisterSessionNotification(hwnd, NOTIFY_FOR_THIS_SESSION) != FALSE;
    QCoreApplication::instance()->installNativeEventFilter(this);
}

WinSessionLockMonitor::~WinSessionLockMonitor()
{
    if (QCoreApplication::instance() != nullptr) {
        QCoreApplication::instance()->removeNativeEventFilter(this);
    }
    if (m_registered) {
        WTSUnRegisterSessionNotification(reinterpret_cast<HWND>(m_window->winId()));
    }
}

bool WinSessionLockMonitor::nativeEventFilter(const QByteArray& eventType, void* message,
                                              qintptr* /*result*/)
{
    if (eventType != "windows_generic_MSG" && eventType != "windows_dispatcher_MSG") {
        return false;
    }
    const MSG* msg = static_cast<const MSG*>(message);
    if (msg->message == WM_WTSSESSION_CHANGE &&
        (msg->wParam == WTS_SESSION_LOCK || msg->wParam == WTS_CONSOLE_DISCONNECT ||
         msg->wParam == WTS_REMOTE_DISCONNECT)) {
        Q_EMIT lockRequested();
    } else if (msg->message == WM_POWERBROADCAST && msg->wParam == PBT_APMSUSPEND) {
        Q_EMIT lockRequested();
    }
    return false; // others may want these messages too
}

} // namespace rebind
