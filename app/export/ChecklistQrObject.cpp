// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChecklistQrObject.h"

#include <cmath>
#include <QImage>
#include <QPainter>
#include <QTextDocument>
#include <QTextFormat>
#include <QUrl>

namespace rebind {

QSizeF ChecklistQrObject::intrinsicSize(QTextDocument* /*document*/, int /*position*/,
                                        const QTextFormat& format)
{
    // As Qt's handler sizes an image whose width and height the HTML gives: whole pixels.
    const QTextImageFormat image = format.toImageFormat();
    return {std::round(image.width()), std::round(image.height())};
}

void ChecklistQrObject::drawObject(QPainter* painter, const QRectF& rect, QTextDocument* document,
                                   int /*position*/, const QTextFormat& format)
{
    const QImage image =
        document->resource(QTextDocument::ImageResource, QUrl(format.toImageFormat().name()))
            .value<QImage>();
    if (image.isNull()) {
        return;
    }
    painter->save();
    // A one-bit picture is painted in the pen's colour.
    painter->setPen(Qt::black);
    painter->drawImage(rect, image);
    painter->restore();
}

} // namespace rebind
