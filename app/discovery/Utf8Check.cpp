// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Utf8Check.h"

#include "SmsBodyLimit.h"

#include <cstring>

namespace rebind {

namespace {

// Sequence by sequence: exact about where the valid part ends.
qsizetype scan(QByteArrayView bytes, bool* invalid)
{
    *invalid = false;
    const auto* data = reinterpret_cast<const unsigned char*>(bytes.data());
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    while (i < size) {
        // Sixteen ASCII bytes at a time: most of an SMS backup is ASCII markup.
        if (i + 16 <= size) {
            quint64 words[2];
            std::memcpy(words, data + i, sizeof words);
            if (((words[0] | words[1]) & 0x8080808080808080ULL) == 0) {
                i += 16;
                continue;
            }
        }
        const unsigned char lead = data[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        qsizetype length = 0;
        unsigned char low = 0x80; // the allowed range of the second byte
        unsigned char high = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            low = lead == 0xE0 ? 0xA0 : 0x80;  // no overlong forms
            high = lead == 0xED ? 0x9F : 0xBF; // no surrogates
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            low = lead == 0xF0 ? 0x90 : 0x80;  // no overlong forms
            high = lead == 0xF4 ? 0x8F : 0xBF; // nothing past U+10FFFF
        } else {
            *invalid = true;
            return i;
        }
        for (qsizetype k = 1; k < length; ++k) {
            if (i + k >= size) {
                return i; // cut off by the end: maybe whole with the next block
            }
            const unsigned char c = data[i + k];
            const bool ok = k == 1 ? (c >= low && c <= high) : (c >= 0x80 && c <= 0xBF);
            if (!ok) {
                *invalid = true;
                return i;
            }
        }
        i += length;
    }
    return i;
}

} // namespace

qsizetype Utf8Check::validPrefix(QByteArrayView bytes, bool* invalid)
{
    // Nearly every block is valid up to a sequence its end cuts off. Qt's check says so in half
    // the time of the scan, which then only looks at that cut-off end (at most three bytes), or
    // at a block that is not valid, to find where it goes wrong.
    const qsizetype whole = SmsBodyLimit::wholeUtf8Prefix(bytes);
    if (bytes.first(whole).isValidUtf8()) {
        return whole + scan(bytes.sliced(whole), invalid);
    }
    return scan(bytes, invalid);
}

} // namespace rebind
