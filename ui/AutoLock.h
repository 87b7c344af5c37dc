// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "IdleLockTimer.h"

#include <memory>
#include <QObject>
#include <QPointer>

class QWidget;

namespace rebind {

class SessionLockMonitor;

// Decides when the vault locks by itself, from AppSettings: after N minutes without input
// (IdleLockTimer), when the desktop session locks or the machine suspends (SessionLockMonitor),
// and, if wanted, when the window is minimised. Only while started (the vault is open). A
// trigger that comes while a question or a file chooser runs its own event loop closes that
// first (as if cancelled) and locks once back in the main loop, because the code waiting for
// the answer expects the vault still open; background work (a passphrase change) is waited for.
class AutoLock : public QObject
{
    Q_OBJECT

public:
    // window: the one whose minimising counts. The session monitor is the platform's.
    explicit AutoLock(QWidget* window, QObject* parent = nullptr);
    ~AutoLock() override;

    IdleLockTimer* idleTimer() { return &m_idle; }
    void setSessionLockMonitor(std::unique_ptr<SessionLockMonitor> monitor);
    SessionLockMonitor* sessionLockMonitor() const { return m_monitor.get(); }

    void start();
    void stop();
    bool isActive() const { return m_active; }

public Q_SLOTS:
    // Reads the three settings again (after the Settings dialog saved them).
    void applySettings();
    // A trigger: locks now, or as soon as no nested event loop runs.
    void request();

Q_SIGNALS:
    void lockRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void sessionLocked();

    QPointer<QWidget> m_window;
    IdleLockTimer m_idle;
    std::unique_ptr<SessionLockMonitor> m_monitor;
    bool m_active = false;
    bool m_retryPending = false;
    bool m_onScreenLock = true;
    bool m_onMinimize = false;
};

} // namespace rebind
