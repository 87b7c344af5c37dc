// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <QObject>
#include <QTimer>

namespace rebind {

// Says when nobody has touched the application for a while: every key, mouse button, mouse
// move, wheel turn or touch anywhere in it (an event filter on the application) starts the wait
// again, and a tick compares the time since with the timeout. The clock is injected so that
// tests can let ten minutes pass at once; the default one is the wall clock, which keeps running
// while the machine sleeps (a monotonic clock may stop then, and the time away would not count).
class IdleLockTimer : public QObject
{
    Q_OBJECT

public:
    // Milliseconds; only differences matter.
    using Clock = std::function<qint64()>;

    explicit IdleLockTimer(QObject* parent = nullptr);
    ~IdleLockTimer() override;

    void setClock(Clock clock);
    // 0: never.
    void setTimeoutMinutes(int minutes);
    int timeoutMinutes() const { return m_minutes; }
    // How often the time is checked (default 5 s; tests shorten it).
    void setTickInterval(int milliseconds);

    // Watches input from now on, counting from now; stop() ends that (the vault is locked).
    void start();
    void stop();
    bool isWatching() const { return m_watching; }
    // The time of the last input seen (of start() when there was none), on the clock.
    qint64 lastInput() const { return m_lastInput; }

public Q_SLOTS:
    // Input was seen: the wait starts again.
    void reset();
    // Emits idle() once when the timeout has passed (and stops watching).
    void check();

Q_SIGNALS:
    void idle();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateTicking();

    Clock m_clock;
    QTimer m_tick;
    int m_minutes = 0;
    bool m_watching = false;
    qint64 m_lastInput = 0;
};

} // namespace rebind
