// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>

namespace rebind {

// Where valid UTF-8 ends. Checking before the XML parser sees the bytes lets the reader give it
// exactly the good bytes and say which byte is bad (in the parser's words, a damaged file is
// "Input is not proper UTF-8", somewhere).
//
// As strict as Qt's decoder: overlong forms, UTF-16 surrogates and code points past U+10FFFF
// are invalid.
class Utf8Check
{
public:
    // The length of the longest prefix made of whole, valid sequences. *invalid tells whether
    // it stops at an invalid byte (false: at the end, or at a sequence the end cuts off).
    static qsizetype validPrefix(QByteArrayView bytes, bool* invalid);
};

} // namespace rebind
