// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SessionLockMonitor.h"

namespace rebind {

// macOS: the "com.apple.screenIsLocked" distributed notification (CoreFoundation), and
// kIOMessageSystemWillSleep from IOKit's power management, both plain C APIs so that no
// Objective-C is needed. Compiled on macOS only.
class MacSessionLockMonitor : public SessionLockMonitor
{
    Q_OBJECT

public:
    explicit MacSessionLockMonitor(QObject* parent = nullptr);
    ~MacSessionLockMonitor() override;

    // Called from the C callbacks, on the main thread's run loop.
    void notifyLocked();
    // IOKit wants every sleep message acknowledged, or the machine waits 30 s before sleeping.
    void allowSleep(long messageArgument);

private:
    unsigned int m_rootPort = 0;  // io_connect_t
    void* m_notifyPort = nullptr; // IONotificationPortRef
    unsigned int m_notifier = 0;  // io_object_t
};

} // namespace rebind
