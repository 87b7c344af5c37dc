// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AutoLock.h"

#include "AppSettings.h"
#include "SessionLockMonitor.h"

#include <QApplication>
#include <QDialog>
#include <QEvent>
#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>
#include <QWidget>

namespace rebind {

namespace {
// QApplication::exec() is one loop; a second one belongs to a modal question or background work.
bool insideNestedLoop()
{
    return QThread::currentThread()->loopLevel() > 1;
}
} // namespace

AutoLock::AutoLock(QWidget* window, QObject* parent)
    : QObject(parent), m_window(window), m_monitor(SessionLockMonitor::createDefault())
{
    connect(&m_idle, &IdleLockTimer::idle, this, &AutoLock::request);
    connect(m_monitor.get(), &SessionLockMonitor::lockRequested, this, &AutoLock::sessionLocked);
    if (m_window) {
        m_window->installEventFilter(this);
    }
    applySettings();
}

AutoLock::~AutoLock() = default;

void AutoLock::setSessionLockMonitor(std::unique_ptr<SessionLockMonitor> monitor)
{
    m_monitor = std::move(monitor);
    if (m_monitor) {
        connect(m_monitor.get(), &SessionLockMonitor::lockRequested, this,
                &AutoLock::sessionLocked);
    }
}

void AutoLock::applySettings()
{
    const AppSettings settings;
    m_idle.setTimeoutMinutes(settings.autoLockMinutes());
    m_onScreenLock = settings.lockOnScreenLock();
    m_onMinimize = settings.lockOnMinimize();
}

void AutoLock::start()
{
    applySettings();
    m_active = true;
    m_idle.start();
}

void AutoLock::stop()
{
    m_active = false;
    m_idle.stop();
}

void AutoLock::sessionLocked()
{
    if (m_onScreenLock) {
        request();
    }
}

void AutoLock::request()
{
    if (!m_active) {
        return;
    }
    if (insideNestedLoop()) {
        // Popups (menus) first, then questions and choosers: each ends its loop as if cancelled.
        if (QWidget* popup = QApplication::activePopupWidget()) {
            popup->close();
        } else if (auto* modal = qobject_cast<QDialog*>(QApplication::activeModalWidget());
                   modal != nullptr && (qobject_cast<QMessageBox*>(modal) != nullptr ||
                                        qobject_cast<QInputDialog*>(modal) != nullptr ||
                                        qobject_cast<QFileDialog*>(modal) != nullptr ||
                                        qobject_cast<QProgressDialog*>(modal) != nullptr)) {
            modal->reject();
        }
        if (!m_retryPending) {
            m_retryPending = true;
            QTimer::singleShot(200, this, [this] {
                m_retryPending = false;
                request();
            });
        }
        return;
    }
    Q_EMIT lockRequested();
}

bool AutoLock::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_window && event->type() == QEvent::WindowStateChange && m_active &&
        m_onMinimize && m_window->isMinimized()) {
        // Not from inside the window's own state change: locking hides the window.
        QTimer::singleShot(0, this, &AutoLock::request);
    }
    return QObject::eventFilter(watched, event);
}

} // namespace rebind
