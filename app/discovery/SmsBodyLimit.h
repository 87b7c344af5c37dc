// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringView>

namespace rebind {

// The cap on one message's text. Real SMS are at most a few KiB even when concatenated; a body
// of megabytes is a damaged or hostile file, and carrying it on would let one message hold the
// memory that streaming saves.
class SmsBodyLimit
{
public:
    static constexpr qsizetype kMaxBytes = 64 * 1024; // of UTF-8

    // text, cut at a character boundary to at most kMaxBytes of UTF-8; *cut says whether it was.
    static QString cap(QStringView text, bool* cut);
    // How many of bytes make whole UTF-8 sequences: a sequence cut off at the end is dropped,
    // so that a field truncated by bytes does not end in a replacement character.
    static qsizetype wholeUtf8Prefix(QByteArrayView bytes);
};

} // namespace rebind
