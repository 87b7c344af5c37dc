// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "IdleLockTimer.h"

#include <algorithm>
#include <QCoreApplication>
#include <QDateTime>
#include <QEvent>

namespace rebind {

namespace {
bool isInput(QEvent::Type type)
{
    switch (type) {
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TouchEnd:
    case QEvent::TabletPress:
    case QEvent::TabletMove:
    case QEvent::InputMethod:
        return true;
    default:
        return false;
    }
}
} // namespace

IdleLockTimer::IdleLockTimer(QObject* parent)
    : QObject(parent), m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    m_tick.setInterval(5000);
    connect(&m_tick, &QTimer::timeout, this, &IdleLockTimer::check);
}

IdleLockTimer::~IdleLockTimer()
{
    stop();
}

void IdleLockTimer::setClock(Clock clock)
{
    m_clock = std::move(clock);
    m_lastInput = m_clock();
}

void IdleLockTimer::setTimeoutMinutes(int minutes)
{
    m_minutes = std::max(0, minutes);
    updateTicking();
}

void IdleLockTimer::setTickInterval(int milliseconds)
{
    m_tick.setInterval(milliseconds);
}

void IdleLockTimer::start()
{
    if (!m_watching) {
        QCoreApplication::instance()->installEventFilter(this);
    }
    m_watching = true;
    m_lastInput = m_clock();
    updateTicking();
}

void IdleLockTimer::stop()
{
    if (m_watching && QCoreApplication::instance() != nullptr) {
        QCoreApplication::instance()->removeEventFilter(this);
    }
    m_watching = false;
    updateTicking();
}

void IdleLockTimer::updateTicking()
{
    if (m_watching && m_minutes > 0) {
        if (!m_tick.isActive()) {
            m_tick.start();
        }
    } else {
        m_tick.stop();
    }
}

void IdleLockTimer::reset()
{
    m_lastInput = m_clock();
}

void IdleLockTimer::check()
{
    if (!m_watching || m_minutes <= 0) {
        return;
    }
    const qint64 now = m_clock();
    if (now < m_lastInput) {
        m_lastInput = now; // the clock was set back: count from here rather than never
        return;
    }
    if (now - m_lastInput >= qint64{m_minutes} * 60 * 1000) {
        stop();
        Q_EMIT idle();
    }
}

bool IdleLockTimer::eventFilter(QObject* watched, QEvent* event)
{
    if (isInput(event->type())) {
        m_lastInput = m_clock();
    }
    return QObject::eventFilter(watched, event);
}

} // namespace rebind
