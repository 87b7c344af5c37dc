// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MacSessionLockMonitor.h"

#include <CoreFoundation/CoreFoundation.h>
#include <IOKit/IOMessage.h>
#include <IOKit/pwr_mgt/IOPMLib.h>

namespace rebind {

namespace {

void screenLocked(CFNotificationCenterRef, void* observer, CFNotificationName, const void*,
                  CFDictionaryRef)
{
    static_cast<MacSessionLockMonitor*>(observer)->notifyLocked();
}

void powerChanged(void* context, io_service_t, natural_t messageType, void* messageArgument)
{
    auto* monitor = static_cast<MacSessionLockMonitor*>(context);
    switch (messageType) {
    case kIOMessageSystemWillSleep:
        monitor->notifyLocked();
        monitor->allowSleep(reinterpret_cast<long>(messageArgument));
        break;
    case kIOMessageCanSystemSleep:
        monitor->allowSleep(reinterpret_cast<long>(messageArgument));
        break;
    default:
        break;
    }
}

} // namespace

MacSessionLockMonitor::MacSessionLockMonitor(QObject* parent) : SessionLockMonitor(parent)
{
    CFNotificationCenterAddObserver(CFNotificationCenterGetDistributedCenter(), this, &screenLocked,
                                    CFSTR("com.apple.screenIsLocked"), nullptr,
                                    CFNotificationSuspensionBehaviorDeliverImmediately);
    IONotificationPortRef port = nullptr;
    io_object_t notifier = 0;
    m_rootPort = IORegisterForSystemPower(this, &port, &powerChanged, &notifier);
    if (m_rootPort != 0) {
        m_notifyPort = port;
        m_notifier = notifier;
        CFRunLoopAddSource(CFRunLoopGetMain(), IONotificationPortGetRunLoopSource(port),
                           kCFRunLoopCommonModes);
    }
}

MacSessionLockMonitor::~MacSessionLockMonitor()
{
    CFNotificationCenterRemoveEveryObserver(CFNotificationCenterGetDistributedCenter(), this);
    if (m_rootPort != 0) {
        auto* port = static_cast<IONotificationPortRef>(m_notifyPort);
        CFRunLoopRemoveSource(CFRunLoopGetMain(), IONotificationPortGetRunLoopSource(port),
                              kCFRunLoopCommonModes);
        io_object_t notifier = m_notifier;
        IODeregisterForSystemPower(&notifier);
        IOServiceClose(m_rootPort);
        IONotificationPortDestroy(port);
    }
}

void MacSessionLockMonitor::notifyLocked()
{
    // Both callbacks run on the main run loop, which is Qt's; the vault must be locked before
    // the machine is allowed to sleep, so not queued.
    Q_EMIT lockRequested();
}

void MacSessionLockMonitor::allowSleep(long messageArgument)
{
    IOAllowPowerChange(m_rootPort, messageArgument);
}

} // namespace rebind
