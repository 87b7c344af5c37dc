// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QString>

namespace rebind {

// A QR code (libqrencode) as a black-on-white image with the quiet zone the standard asks for,
// so that phone cameras read it off paper and off screens. One bit per pixel (Format_Mono,
// black first in the colour table): what a PDF stores losslessly and smallest.
class QrCode
{
public:
    // moduleSize: pixels per module. Null image when text is empty or too long to encode.
    static QImage image(const QString& text, int moduleSize = 8);
};

} // namespace rebind
