// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServiceBadge.h"

#include <algorithm>
#include <QApplication>
#include <QFont>
#include <QHash>
#include <QPainter>

namespace rebind {

QColor ServiceBadge::color(const QString& category)
{
    // Dark enough for white letters (contrast at least 4.5:1), and told apart by hue. Fixed
    // whatever the theme: a badge carries its own background, so it reads in light and dark.
    static const QHash<QString, QColor> colors = {
        {QStringLiteral("payments"), QColor(0x15, 0x65, 0xc0)},
        {QStringLiteral("banking"), QColor(0xb7, 0x1c, 0x1c)},
        {QStringLiteral("credit-cards"), QColor(0x88, 0x0e, 0x4f)},
        {QStringLiteral("social"), QColor(0x2e, 0x7d, 0x32)},
        {QStringLiteral("shopping"), QColor(0xc4, 0x3e, 0x00)},
        {QStringLiteral("food"), QColor(0x8a, 0x5a, 0x00)},
        {QStringLiteral("travel"), QColor(0x00, 0x76, 0x80)},
        {QStringLiteral("government"), QColor(0x5d, 0x40, 0x37)},
        {QStringLiteral("telecom"), QColor(0x6a, 0x1b, 0x9a)},
        {QStringLiteral("email-cloud"), QColor(0x01, 0x57, 0x9b)},
        {QStringLiteral("work-education"), QColor(0x28, 0x35, 0x93)},
        {QStringLiteral("health"), QColor(0x00, 0x69, 0x5c)},
        {QStringLiteral("video-music"), QColor(0xad, 0x14, 0x57)},
        {QStringLiteral("gaming"), QColor(0x45, 0x27, 0xa0)},
        {QStringLiteral("loans-investment"), QColor(0x5f, 0x63, 0x00)},
        {QStringLiteral("utilities"), QColor(0x45, 0x5a, 0x64)},
    };
    return colors.value(category, QColor(0x61, 0x61, 0x61));
}

QString ServiceBadge::letter(const QString& name)
{
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        if (c.isHighSurrogate() && i + 1 < name.size()) {
            return name.mid(i, 2);
        }
        if (c.isLetterOrNumber()) {
            return QString(c.toUpper());
        }
    }
    return QStringLiteral("?");
}

QPixmap ServiceBadge::pixmap(const QString& name, const QString& category, int size,
                             qreal devicePixelRatio)
{
    QPixmap out(QSize(size, size) * devicePixelRatio);
    out.setDevicePixelRatio(devicePixelRatio);
    out.fill(Qt::transparent);
    QPainter painter(&out);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color(category));
    const QRectF circle(0.5, 0.5, size - 1.0, size - 1.0);
    painter.drawEllipse(circle);
    QFont font = QApplication::font();
    font.setBold(true);
    font.setPixelSize(std::max(8, size * 11 / 20));
    painter.setFont(font);
    painter.setPen(Qt::white);
    painter.drawText(circle, Qt::AlignCenter, letter(name));
    painter.end();
    return out;
}

QIcon ServiceBadge::icon(const QString& name, const QString& category, int size)
{
    QIcon icon;
    icon.addPixmap(pixmap(name, category, size, 1.0));
    icon.addPixmap(pixmap(name, category, size, 2.0));
    return icon;
}

} // namespace rebind
