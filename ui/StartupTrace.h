// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QSet>

namespace rebind {

// What start-up spends its time on, on the logging category "rebind.startup", which is off
// unless QT_LOGGING_RULES="rebind.startup.info=true": the milliseconds since main() began at each
// step, and "shown <object name>" once a top-level window has been painted for the first time and
// the event loop is free again. tests/bench/bench_startup times the real binary by that line, and
// whoever wonders why a start is slow can read the steps. A logging category rather than a
// variable of its own: Qt's switch, and nothing is watched or measured while it is off.
class StartupTrace : public QObject
{
    Q_OBJECT

public:
    // Starts the clock: first thing in main().
    static void begin();
    static void mark(const char* step);
    // Once the QApplication exists: reports the first paint of each top-level window.
    static void watchWindows();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    explicit StartupTrace(QObject* parent);

    QSet<const QObject*> m_painted;
};

} // namespace rebind
