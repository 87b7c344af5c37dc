// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ElidingStatusBar.h"

#include <algorithm>
#include <QEvent>
#include <QHelpEvent>
#include <QPainter>
#include <QSizeGrip>
#include <QStyleOption>
#include <QToolTip>

namespace rebind {

namespace {
constexpr int kMargin = 6;
// Between the message's last character and the permanent widgets.
constexpr int kGap = 16;
} // namespace

ElidingStatusBar::ElidingStatusBar(QWidget* parent) : QStatusBar(parent)
{
    setObjectName(QStringLiteral("statusBar"));
}

QRect ElidingStatusBar::messageRect() const
{
    // QStatusBar keeps which widgets are permanent to itself; only permanent ones stay visible
    // while a message shows, so the visible children are those.
    int right = width() - kMargin;
    const auto children = findChildren<QWidget*>(QString(), Qt::FindDirectChildrenOnly);
    for (const QWidget* child : children) {
        if (child->isVisible() && qobject_cast<const QSizeGrip*>(child) == nullptr) {
            right = std::min(right, child->x() - kGap);
        }
    }
    return QRect(QPoint(kMargin, 0), QPoint(std::max(kMargin, right), height() - 1));
}

QString ElidingStatusBar::shownMessage() const
{
    const QString message = currentMessage();
    if (message.isEmpty()) {
        return QString();
    }
    // A message of several lines shows its first, as QStatusBar's own painting does.
    const QString line = message.section(QLatin1Char('\n'), 0, 0);
    return fontMetrics().elidedText(line, Qt::ElideRight, messageRect().width());
}

void ElidingStatusBar::paintEvent(QPaintEvent* event)
{
    const QString shown = shownMessage();
    if (shown.isEmpty()) {
        QStatusBar::paintEvent(event);
        return;
    }
    // What QStatusBar::paintEvent draws, with the message elided and kept clear of the
    // permanent widgets.
    QPainter painter(this);
    QStyleOption option;
    option.initFrom(this);
    style()->drawPrimitive(QStyle::PE_PanelStatusBar, &option, &painter, this);
    const auto children = findChildren<QWidget*>(QString(), Qt::FindDirectChildrenOnly);
    for (QWidget* child : children) {
        if (!child->isVisible() || qobject_cast<QSizeGrip*>(child) != nullptr) {
            continue;
        }
        QStyleOption item;
        item.rect = child->geometry().adjusted(-2, -1, 2, 1);
        item.palette = palette();
        item.state = QStyle::State_None;
        style()->drawPrimitive(QStyle::PE_FrameStatusBarItem, &item, &painter, child);
    }
    painter.setPen(palette().windowText().color());
    painter.setClipRect(messageRect());
    painter.drawText(messageRect(), Qt::AlignLeading | Qt::AlignVCenter | Qt::TextSingleLine,
                     shown);
}

bool ElidingStatusBar::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QString message = currentMessage();
        if (!message.isEmpty() && messageRect().contains(help->pos()) &&
            shownMessage() != message) {
            QToolTip::showText(help->globalPos(), message, this, messageRect());
            return true;
        }
    }
    return QStatusBar::event(event);
}

} // namespace rebind
