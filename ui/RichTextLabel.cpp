// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RichTextLabel.h"

#include <QEvent>

namespace rebind {

RichTextLabel::RichTextLabel(QWidget* parent) : QLabel(parent) {}

int RichTextLabel::heightForWidth(int width) const
{
    const QString shown = text();
    // The same string (shared) most of the time: then no character needs comparing.
    const bool sameText = shown.constData() == m_text.constData() || shown == m_text;
    if (!sameText || font() != m_font || contentsMargins() != m_margins) {
        m_heights.clear();
        m_text = shown;
        m_font = font();
        m_margins = contentsMargins();
    }
    const auto found = m_heights.constFind(width);
    if (found != m_heights.cend()) {
        return *found;
    }
    const int height = QLabel::heightForWidth(width);
    // A few widths are asked for while a window settles; a resize by dragging asks for many.
    if (m_heights.size() > 64) {
        m_heights.clear();
    }
    m_heights.insert(width, height);
    return height;
}

void RichTextLabel::changeEvent(QEvent* event)
{
    switch (event->type()) {
    case QEvent::FontChange:
    case QEvent::StyleChange:
    case QEvent::LayoutDirectionChange:
        m_heights.clear();
        break;
    default:
        break;
    }
    QLabel::changeEvent(event);
}

} // namespace rebind
