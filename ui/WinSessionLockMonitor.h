// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SessionLockMonitor.h"

#include <memory>
#include <QAbstractNativeEventFilter>

class QWindow;

namespace rebind {

// Windows: WM_WTSSESSION_CHANGE (WTS_SESSION_LOCK, WTS_CONSOLE_DISCONNECT) for a hidden window
// registered with WTSRegisterSessionNotification, and WM_POWERBROADCAST with PBT_APMSUSPEND,
// read by a native event filter. Compiled on Windows only.
class WinSessionLockMonitor : public SessionLockMonitor, public QAbstractNativeEventFilter
{
    Q_OBJECT

public:
    explicit WinSessionLockMonitor(QObject* parent = nullptr);
    ~WinSessionLockMonitor() override;

    bool nativeEventFilter(const QByteArray& eventType, void* message, qintptr* result) override;

private:
    // Session notifications go to one window; the main window comes and goes with the lock.
    std::unique_ptr<QWindow> m_window;
    bool m_registered = false;
};

} // namespace rebind
