// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlistBoolean.h"

#include <QXmlStreamReader>

namespace rebind {

namespace {

const QByteArrayView kBinaryMagic("bplist00");
constexpr qsizetype kTrailerBytes = 32;

class BinaryPlist
{
public:
    explicit BinaryPlist(QByteArrayView data) : m_data(data) {}

    std::optional<bool> find(const QString& key)
    {
        if (!m_data.startsWith(kBinaryMagic) ||
            m_data.size() < kBinaryMagic.size() + kTrailerBytes) {
            return std::nullopt;
        }
        const qsizetype trailer = m_data.size() - kTrailerBytes;
        m_offsetWidth = quint8(m_data.at(trailer + 6));
        m_refWidth = quint8(m_data.at(trailer + 7));
        const auto objects = unsignedAt(trailer + 8, 8);
        const auto top = unsignedAt(trailer + 16, 8);
        const auto table = unsignedAt(trailer + 24, 8);
        if (!validWidth(m_offsetWidth) || !validWidth(m_refWidth) || !objects || !top || !table ||
            *top >= *objects || *table < quint64(kBinaryMagic.size()) ||
            *table > quint64(trailer) ||
            *objects > (quint64(trailer) - *table) / quint64(m_offsetWidth)) {
            return std::nullopt;
        }
        m_objects = *objects;
        m_table = qsizetype(*table);
        m_end = m_table; // objects lie between the header and the offset table

        const std::optional<qsizetype> dict = objectAt(*top);
        if (!dict) {
            return std::nullopt;
        }
        const auto [kind, count, start] = header(*dict);
        if (kind != 0xD || start < 0 || count > (m_end - start) / (2 * m_refWidth)) {
            return std::nullopt;
        }
        for (qsizetype i = 0; i < count; ++i) {
            const auto keyRef = unsignedAt(start + i * m_refWidth, m_refWidth);
            if (!keyRef || !isString(*keyRef, key)) {
                continue;
            }
            const auto valueRef = unsignedAt(start + (count + i) * m_refWidth, m_refWidth);
            const std::optional<qsizetype> value = valueRef ? objectAt(*valueRef) : std::nullopt;
            if (!value) {
                return std::nullopt;
            }
            const quint8 marker = quint8(m_data.at(*value));
            if (marker == 0x08 || marker == 0x09) {
                return marker == 0x09;
            }
            return std::nullopt;
        }
        return std::nullopt;
    }

private:
    struct Header
    {
        int kind = -1;        // the marker's high nibble
        qsizetype count = 0;  // its low nibble, or the integer after it
        qsizetype start = -1; // where the contents begin
    };

    static bool validWidth(int width)
    {
        return width == 1 || width == 2 || width == 4 || width == 8;
    }

    std::optional<quint64> unsignedAt(qsizetype at, int width) const
    {
        if (at < 0 || width > m_data.size() || at > m_data.size() - width) {
            return std::nullopt;
        }
        quint64 value = 0;
        for (int i = 0; i < width; ++i) {
            value = (value << 8) | quint8(m_data.at(at + i));
        }
        return value;
    }

    // Where object number `index` starts, inside the object area.
    std::optional<qsizetype> objectAt(quint64 index) const
    {
        if (index >= m_objects) {
            return std::nullopt;
        }
        const auto offset = unsignedAt(m_table + qsizetype(index) * m_offsetWidth, m_offsetWidth);
        if (!offset || *offset < quint64(kBinaryMagic.size()) || *offset >= quint64(m_end)) {
            return std::nullopt;
        }
        return qsizetype(*offset);
    }

    Header header(qsizetype at) const
    {
        Header result;
        const quint8 marker = quint8(m_data.at(at));
        result.kind = marker >> 4;
        result.count = marker & 0x0f;
        result.start = at + 1;
        if (result.count == 0x0f) {
            // The count as an integer object: 0x1n, then 2^n big-endian bytes.
            if (result.start >= m_end || (quint8(m_data.at(result.start)) >> 4) != 0x1) {
                return Header{};
            }
            const int width = 1 << (quint8(m_data.at(result.start)) & 0x0f);
            const auto count = width <= 8 && result.start + 1 + width <= m_end
                                   ? unsignedAt(result.start + 1, width)
                                   : std::nullopt;
            if (!count || *count > quint64(m_end)) {
                return Header{};
            }
            result.count = qsizetype(*count);
            result.start += 1 + width;
        }
        return result;
    }

    bool isString(quint64 index, const QString& wanted) const
    {
        const std::optional<qsizetype> at = objectAt(index);
        if (!at) {
            return false;
        }
        const Header string = header(*at);
        if (string.kind == 0x5) {
            return string.count <= m_end - string.start &&
                   QString::fromLatin1(m_data.sliced(string.start, string.count)) == wanted;
        }
        if (string.kind == 0x6) {
            if (string.count > (m_end - string.start) / 2) {
                return false;
            }
            QString text(string.count, Qt::Uninitialized);
            for (qsizetype i = 0; i < string.count; ++i) {
                const qsizetype byte = string.start + 2 * i;
                text[i] =
                    QChar(char16_t((quint8(m_data.at(byte)) << 8) | quint8(m_data.at(byte + 1))));
            }
            return text == wanted;
        }
        return false;
    }

    QByteArrayView m_data;
    int m_offsetWidth = 0;
    int m_refWidth = 0;
    quint64 m_objects = 0;
    qsizetype m_table = 0;
    qsizetype m_end = 0;
};

std::optional<bool> findInXml(QByteArrayView data, const QString& key)
{
    QXmlStreamReader xml(data.toByteArray());
    if (!xml.readNextStartElement() || xml.name() != QLatin1String("plist") ||
        !xml.readNextStartElement() || xml.name() != QLatin1String("dict")) {
        return std::nullopt;
    }
    while (xml.readNextStartElement()) {
        if (xml.name() != QLatin1String("key")) {
            xml.skipCurrentElement();
            continue;
        }
        const bool wanted = xml.readElementText() == key;
        if (!xml.readNextStartElement()) {
            return std::nullopt;
        }
        if (wanted) {
            if (xml.name() == QLatin1String("true")) {
                return true;
            }
            if (xml.name() == QLatin1String("false")) {
                return false;
            }
            return std::nullopt;
        }
        xml.skipCurrentElement();
    }
    return std::nullopt;
}

} // namespace

std::optional<bool> PlistBoolean::find(QByteArrayView plist, const QString& key)
{
    if (plist.startsWith(kBinaryMagic)) {
        return BinaryPlist(plist).find(key);
    }
    return findInXml(plist, key);
}

} // namespace rebind
