// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTextObjectInterface>

namespace rebind {

// Draws a checklist item's QR code (an image resource of its document, sized in the HTML) as
// that very QImage. Qt's own image handler turns the image into a new QPixmap for every
// document, which the PDF engine then sees as a new picture and compresses as a JPEG each
// time: a 1,000-item checklist spent a fifth of its time there and stored each code five times
// over. The same QImage drawn again is stored once and referenced.
class ChecklistQrObject : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    using QObject::QObject;

    QSizeF intrinsicSize(QTextDocument* document, int position, const QTextFormat& format) override;
    void drawObject(QPainter* painter, const QRectF& rect, QTextDocument* document, int position,
                    const QTextFormat& format) override;
};

} // namespace rebind
