// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStatusBar>

namespace rebind {

// A status bar whose temporary message never runs into the permanent widgets on its right:
// a message too long for the room left is elided, and its tool tip reads it whole.
// currentMessage() stays the full text.
class ElidingStatusBar : public QStatusBar
{
    Q_OBJECT

public:
    explicit ElidingStatusBar(QWidget* parent = nullptr);

    // Where the temporary message is drawn: from the left edge to just before the leftmost
    // visible permanent widget.
    QRect messageRect() const;
    // The message as drawn (elided to messageRect()); empty when there is none.
    QString shownMessage() const;

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;
};

} // namespace rebind
