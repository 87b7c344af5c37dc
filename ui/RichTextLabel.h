// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QHash>
#include <QLabel>

namespace rebind {

// A word-wrapped QLabel that lays its text out once per width. Layouts ask a label for its
// height at a width many times while a window is shown or resized, and QLabel lays out its
// whole text again each time: a hundred-line list of a number's blockers cost most of the
// first paint of the main window.
class RichTextLabel : public QLabel
{
    Q_OBJECT

public:
    explicit RichTextLabel(QWidget* parent = nullptr);

    int heightForWidth(int width) const override;

protected:
    void changeEvent(QEvent* event) override;

private:
    // What the heights were measured for; anything else and they are measured again.
    mutable QString m_text;
    mutable QFont m_font;
    mutable QMargins m_margins;
    mutable QHash<int, int> m_heights;
};

} // namespace rebind
