// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;

namespace rebind {

// An indeterminate progress bar with a sentence, shown while a key is derived.
class BusyIndicator : public QWidget
{
    Q_OBJECT

public:
    explicit BusyIndicator(QWidget* parent = nullptr);

    void start(const QString& text);
    void stop();
    bool isBusy() const { return m_busy; }

private:
    QLabel* m_label;
    QProgressBar* m_bar;
    bool m_busy = false;
};

} // namespace rebind
