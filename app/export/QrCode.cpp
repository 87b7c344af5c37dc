// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "QrCode.h"

#include <memory>
#include <qrencode.h>

namespace rebind {

namespace {
constexpr int kQuietZone = 4; // modules of white around the code (ISO/IEC 18004)
}

QImage QrCode::image(const QString& text, int moduleSize)
{
    const QByteArray utf8 = text.toUtf8();
    if (utf8.isEmpty() || moduleSize < 1) {
        return {};
    }
    // Level M: survives some smudging on paper without making the code much denser.
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1), &QRcode_free);
    if (!code) {
        return {};
    }
    // One pixel per module, then scaled up without smoothing: setting every pixel of the
    // large image one by one made QR codes the slowest part of a long PDF.
    const int width = code->width;
    const int side = width + 2 * kQuietZone;
    QImage modules(side, side, QImage::Format_Grayscale8);
    modules.fill(255);
    for (int y = 0; y < width; ++y) {
        uchar* line = modules.scanLine(y + kQuietZone);
        const unsigned char* row = code->data + static_cast<std::ptrdiff_t>(y) * width;
        for (int x = 0; x < width; ++x) {
            // Bit 0 of each byte is the module's colour (1 = dark).
            if ((row[x] & 1) != 0) {
                line[x + kQuietZone] = 0;
            }
        }
    }
    const QImage image = modules.scaled(side * moduleSize, side * moduleSize, Qt::IgnoreAspectRatio,
                                        Qt::FastTransformation);
    return image;
}

} // namespace rebind
