// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SmsBodyLimit.h"

namespace rebind {

QString SmsBodyLimit::cap(QStringView text, bool* cut)
{
    *cut = false;
    // A UTF-16 unit is at most 3 bytes of UTF-8 (a surrogate pair is 4 for two units).
    if (text.size() <= kMaxBytes / 3) {
        return text.toString();
    }
    qsizetype bytes = 0;
    qsizetype i = 0;
    while (i < text.size()) {
        const char16_t unit = text.at(i).unicode();
        qsizetype units = 1;
        qsizetype width = 3;
        if (unit < 0x80) {
            width = 1;
        } else if (unit < 0x800) {
            width = 2;
        } else if (QChar::isHighSurrogate(unit) && i + 1 < text.size() &&
                   text.at(i + 1).isLowSurrogate()) {
            units = 2;
            width = 4;
        }
        if (bytes + width > kMaxBytes) {
            *cut = true;
            return text.first(i).toString();
        }
        bytes += width;
        i += units;
    }
    return text.toString();
}

qsizetype SmsBodyLimit::wholeUtf8Prefix(QByteArrayView bytes)
{
    const qsizetype size = bytes.size();
    // Find where the last sequence starts: at most three continuation bytes (10xxxxxx) back.
    qsizetype start = size;
    for (qsizetype back = 1; back <= 4 && back <= size; ++back) {
        const auto byte = static_cast<unsigned char>(bytes.at(size - back));
        if ((byte & 0xC0) != 0x80) {
            start = size - back;
            break;
        }
    }
    if (start == size) {
        return size; // empty, or only continuation bytes: invalid either way, leave it whole
    }
    const auto lead = static_cast<unsigned char>(bytes.at(start));
    qsizetype length = 1;
    if ((lead & 0xE0) == 0xC0) {
        length = 2;
    } else if ((lead & 0xF0) == 0xE0) {
        length = 3;
    } else if ((lead & 0xF8) == 0xF0) {
        length = 4;
    }
    return start + length > size ? start : size;
}

} // namespace rebind
