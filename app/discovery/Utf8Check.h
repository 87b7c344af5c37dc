#pragma once

#include <QByteArrayView>

namespace rebind {

// Where valid UTF-8 ends. QXmlStreamReader decodes each block it is given in one go and, on the
// first bad byte, fails the whole block, so the messages before a damaged spot in the same block
// would be lost. Checking first lets the reader have exactly the good bytes.
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
