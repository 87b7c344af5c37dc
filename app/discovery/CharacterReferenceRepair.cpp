// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CharacterReferenceRepair.h"

#include <cstring>

namespace rebind {

namespace {

// Longest digit run looked at; a longer one is left for the XML parser to report.
constexpr qsizetype kMaxDigits = 8;
const QByteArray kReplacement = QByteArrayLiteral("&#xFFFD;");

struct Reference
{
    enum class Kind
    {
        Valid,      // a well-formed reference; value holds the code point
        Malformed,  // not a reference we understand: left alone
        Incomplete, // the data ends inside it
    };
    Kind kind = Kind::Malformed;
    quint32 value = 0;
    qsizetype end = 0; // one past the ';'
};

// The reference starting at data[at] ("&#"), if it is one.
Reference parseReference(const QByteArray& data, qsizetype at)
{
    Reference ref;
    const qsizetype size = data.size();
    qsizetype i = at + 2;
    const bool hex = i < size && (data.at(i) == 'x' || data.at(i) == 'X');
    if (hex) {
        ++i;
    }
    const qsizetype digitsStart = i;
    for (; i < size; ++i) {
        const char c = data.at(i);
        if (c == ';') {
            if (i == digitsStart) {
                return ref;
            }
            ref.kind = Reference::Kind::Valid;
            ref.end = i + 1;
            return ref;
        }
        if (i - digitsStart >= kMaxDigits) {
            return ref;
        }
        quint32 digit = 0;
        if (c >= '0' && c <= '9') {
            digit = quint32(c - '0');
        } else if (hex && c >= 'a' && c <= 'f') {
            digit = quint32(c - 'a' + 10);
        } else if (hex && c >= 'A' && c <= 'F') {
            digit = quint32(c - 'A' + 10);
        } else {
            return ref;
        }
        ref.value = ref.value * (hex ? 16U : 10U) + digit;
    }
    ref.kind = Reference::Kind::Incomplete;
    return ref;
}

bool allowedInXml(quint32 c)
{
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) ||
           (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
}

bool isHighSurrogate(quint32 c)
{
    return c >= 0xD800 && c <= 0xDBFF;
}

bool isLowSurrogate(quint32 c)
{
    return c >= 0xDC00 && c <= 0xDFFF;
}

QByteArray hexReference(quint32 codePoint)
{
    return QByteArrayLiteral("&#x") + QByteArray::number(codePoint, 16) + ';';
}

} // namespace

QByteArray CharacterReferenceRepair::feed(const QByteArray& chunk)
{
    QByteArray data = m_pending.isEmpty() ? chunk : m_pending + chunk;
    m_pending.clear();
    return process(std::move(data), false);
}

QByteArray CharacterReferenceRepair::finish()
{
    QByteArray data = std::move(m_pending);
    m_pending.clear();
    return process(std::move(data), true);
}

QByteArray CharacterReferenceRepair::process(QByteArray data, bool final)
{
    const qsizetype size = data.size();
    QByteArray out;        // built only once something changes
    qsizetype copied = 0;  // data before this is already in out
    qsizetype hold = size; // data from here on waits for the next chunk
    qsizetype i = 0;
    while (i < size) {
        const void* found = std::memchr(data.constData() + i, '&', size_t(size - i));
        if (found == nullptr) {
            break;
        }
        i = static_cast<const char*>(found) - data.constData();
        if (i + 1 >= size) {
            if (!final) {
                hold = i;
            }
            break;
        }
        if (data.at(i + 1) != '#') {
            ++i;
            continue;
        }
        const Reference ref = parseReference(data, i);
        if (ref.kind == Reference::Kind::Incomplete && !final) {
            hold = i;
            break;
        }
        if (ref.kind != Reference::Kind::Valid || allowedInXml(ref.value)) {
            i += 2;
            continue;
        }
        QByteArray replacement = kReplacement;
        qsizetype end = ref.end;
        if (isHighSurrogate(ref.value)) {
            if (end + 1 >= size && !final) {
                hold = i; // its partner may be in the next chunk
                break;
            }
            if (end + 1 < size && data.at(end) == '&' && data.at(end + 1) == '#') {
                const Reference low = parseReference(data, end);
                if (low.kind == Reference::Kind::Incomplete && !final) {
                    hold = i;
                    break;
                }
                if (low.kind == Reference::Kind::Valid && isLowSurrogate(low.value)) {
                    const quint32 codePoint =
                        0x10000 + ((ref.value - 0xD800) << 10) + (low.value - 0xDC00);
                    replacement = hexReference(codePoint);
                    end = low.end;
                }
            }
        }
        out.append(data.constData() + copied, i - copied);
        out.append(replacement);
        copied = end;
        i = end;
    }
    if (hold < size) {
        m_pending = data.mid(hold);
    }
    if (copied == 0) {
        if (hold < size) {
            data.truncate(hold);
        }
        return data;
    }
    out.append(data.constData() + copied, hold - copied);
    return out;
}

} // namespace rebind
