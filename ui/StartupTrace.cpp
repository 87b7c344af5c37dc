// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StartupTrace.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>
#include <QWidget>

namespace rebind {

namespace {

Q_LOGGING_CATEGORY(startupLog, "rebind.startup", QtWarningMsg)

QElapsedTimer& clock()
{
    static QElapsedTimer timer;
    return timer;
}

double elapsedMs()
{
    return clock().isValid() ? double(clock().nsecsElapsed()) / 1e6 : 0.0;
}

} // namespace

void StartupTrace::begin()
{
    clock().start();
}

void StartupTrace::mark(const char* step)
{
    if (startupLog().isInfoEnabled()) {
        qCInfo(startupLog, "%7.1f ms  %s", elapsedMs(), step);
    }
}

void StartupTrace::watchWindows()
{
    if (startupLog().isInfoEnabled() && qApp != nullptr) {
        qApp->installEventFilter(new StartupTrace(qApp));
    }
}

StartupTrace::StartupTrace(QObject* parent) : QObject(parent) {}

bool StartupTrace::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::Paint || !watched->isWidgetType() ||
        !static_cast<QWidget*>(watched)->isWindow() || m_painted.contains(watched)) {
        return false;
    }
    m_painted.insert(watched);
    connect(watched, &QObject::destroyed, this, [this, watched] { m_painted.remove(watched); });
    // Reported once the paint is done and the loop takes input again: what the person sees.
    QPointer<QObject> window = watched;
    QTimer::singleShot(0, this, [window] {
        if (window != nullptr) {
            qCInfo(startupLog, "%7.1f ms  shown %s", elapsedMs(),
                   qPrintable(window->objectName().isEmpty()
                                  ? QString::fromLatin1(window->metaObject()->className())
                                  : window->objectName()));
        }
    });
    return false;
}

} // namespace rebind
