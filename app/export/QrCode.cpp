// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "QrCode.h"

#include <cstring>
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
    // One bit per pixel, black and white: the PDF engine stores such an image losslessly as a
    // one-bit picture (any other format it compresses as a JPEG, slowly and with blur around
    // the modules), and repeats it by reference wherever the same image is drawn again.
    const int width = code->width;
    const int side = (width + 2 * kQuietZone) * moduleSize;
    QImage image(side, side, QImage::Format_Mono);
    image.setColorTable({qRgb(0, 0, 0), qRgb(255, 255, 255)}); // the PDF engine's order
    image.fill(1);
    for (int y = 0; y < width; ++y) {
        const unsigned char* row = code->data + static_cast<std::ptrdiff_t>(y) * width;
        uchar* first = image.scanLine((y + kQuietZone) * moduleSize);
        for (int x = 0; x < width; ++x) {
            // Bit 0 of each byte is the module's colour (1 = dark).
            if ((row[x] & 1) == 0) {
                continue;
            }
            const int left = (x + kQuietZone) * moduleSize;
            for (int i = left; i < left + moduleSize; ++i) {
                first[i >> 3] &= static_cast<uchar>(~(0x80U >> (i & 7)));
            }
        }
        // The module's other pixel rows are copies of its first.
        for (int i = 1; i < moduleSize; ++i) {
            std::memcpy(image.scanLine((y + kQuietZone) * moduleSize + i), first,
                        static_cast<std::size_t>(image.bytesPerLine()));
        }
    }
    return image;
}

} // namespace rebind
