// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QIcon>
#include <QPixmap>
#include <QString>

namespace rebind {

// A recognisable mark for a service without shipping logos: a circle in its category's colour
// with the first letter (or character) of its name.
class ServiceBadge
{
public:
    static QColor color(const QString& category);
    static QString letter(const QString& name);
    static QPixmap pixmap(const QString& name, const QString& category, int size,
                          qreal devicePixelRatio = 1.0);
    static QIcon icon(const QString& name, const QString& category, int size);
};

} // namespace rebind
